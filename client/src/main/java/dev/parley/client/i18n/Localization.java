package dev.parley.client.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current UI language and the texts in it. Views bind labels to {@link #text} so that a
 * language switch re-translates the whole UI at once; every text is a {@link MessageFormat}
 * pattern (so a literal apostrophe is written twice in the bundles). Dates use the locale's
 * own format: a {@link LocalDate} argument is written in the locale's medium date style (day
 * banners), which {@link MessageFormat} cannot do for {@code java.time} types by itself.
 */
public final class Localization {
    /** The languages the UI is translated into, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));
    private static final Logger LOG = LoggerFactory.getLogger(Localization.class);
    private static final String BUNDLE = "dev.parley.client.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();

    public Localization(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported locale closest to {@code wanted} (English when there is none). */
    public static Locale supported(Locale wanted) {
        if (wanted != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for {@code key} now; a missing key shows as the key itself and is logged. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            // Looked up on each call (ResourceBundle caches): a binding may be recomputed while
            // the locale's other listeners are still being told, so no field may lag behind.
            pattern = load(locale.get()).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing translation key {} for {}", key, locale.get());
            return key;
        }
        return new MessageFormat(pattern, locale.get()).format(localDates(args));
    }

    public String get(UiText text) {
        return text == null ? "" : get(text.key(), text.args().toArray());
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A text that follows both the language and the value (empty when the value is null). */
    public StringBinding text(ObservableValue<UiText> value) {
        return Bindings.createStringBinding(() -> get(value.getValue()), locale, value);
    }

    /** A time of day in the current locale's short format, in the system time zone. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.get())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A time of day in the current locale's short format, in {@code zone}. */
    public String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.get()).format(instant.atZone(zone));
    }

    /** A date and time in the current locale's medium format, in {@code zone}. */
    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale.get())
                .format(instant.atZone(zone));
    }

    private Object[] localDates(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.get()).format(d);
            }
        }
        return out;
    }

    private static ResourceBundle load(Locale l) {
        // ROOT fallback: an English system must not pick messages_pl for a Polish default locale.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
