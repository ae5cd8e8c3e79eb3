package dev.parley.client.i18n;

import java.util.Locale;

/**
 * The plural category of a count in the UI languages, after the CLDR plural rules, so that a
 * text can read "3 others" in English and "3 inne osoby" / "5 innych osób" in Polish. Java's
 * {@code ChoiceFormat} only compares ranges and cannot say Polish's "ends in 2–4 but not 12–14";
 * a full plural library (ICU4J, some 14 MB) would serve this one rule, so the rules of the two
 * supported languages are written out here: English has one and other; Polish has one (1), few
 * (2–4, 22–24, …, but not 12–14) and many (the other whole numbers).
 */
public final class Plurals {
    private Plurals() {
    }

    /** A CLDR plural category. */
    public enum Category {
        ONE,
        FEW,
        MANY,
        OTHER
    }

    /** The category of the whole number {@code n} in {@code locale}'s language. */
    public static Category of(Locale locale, long n) {
        long abs = Math.abs(n);
        if ("pl".equals(locale.getLanguage())) {
            if (abs == 1) {
                return Category.ONE;
            }
            long mod10 = abs % 10;
            long mod100 = abs % 100;
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return Category.FEW;
            }
            return Category.MANY;
        }
        return abs == 1 ? Category.ONE : Category.OTHER;
    }
}
