package dev.parley.client.model;

import dev.parley.client.i18n.UiText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Day banners between the messages of different days (spec M-9): "Today", "Yesterday",
 * "2 days ago", and for older days the date in the locale's medium format (the banner's
 * {@link UiText} carries the {@link LocalDate}, which {@link dev.parley.client.i18n.Localization}
 * formats for the language shown, so a language switch re-translates it).
 *
 * <p>Days are calendar days in the reader's time zone: a message belongs to the local date of
 * its first version (messages are ordered by their first version, so banners never go back in
 * time), and "today" is the local date now. Counting calendar days rather than 24-hour spans
 * keeps the labels right across a daylight-saving change (a 23- or 25-hour day) and a new year.
 * The labels roll over when the local date changes: {@link #apply} is called again then.
 */
public final class DayBanners {
    /** The oldest day still named relatively ("2 days ago"); older days show their date. */
    public static final int RELATIVE_DAYS = 2;

    private DayBanners() {
    }

    /** The label of {@code day} seen on {@code today}. A day after today (a clock ahead) shows its date. */
    public static UiText label(LocalDate day, LocalDate today) {
        long ago = ChronoUnit.DAYS.between(day, today);
        if (ago == 0) {
            return UiText.of("banner.today");
        }
        if (ago == 1) {
            return UiText.of("banner.yesterday");
        }
        if (ago > 1 && ago <= RELATIVE_DAYS) {
            return UiText.of("banner.days_ago", ago);
        }
        return UiText.of("banner.date", day);
    }

    /** The local date of {@code time} in {@code zone}. */
    public static LocalDate dayOf(Instant time, ZoneId zone) {
        return time.atZone(zone).toLocalDate();
    }

    /**
     * Sets the banner of every message: the first message and each one whose local date differs
     * from the message before it get the label of their day; the others none.
     */
    public static void apply(List<MessageItem> messages, LocalDate today, ZoneId zone) {
        LocalDate previous = null;
        for (MessageItem m : messages) {
            LocalDate day = dayOf(m.created(), zone);
            m.banner(day.equals(previous) ? null : label(day, today));
            previous = day;
        }
    }
}
