package dev.parley.client.ui;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.TaskExecutor;
import dev.parley.client.prefs.AppearancePreferences;
import dev.parley.client.prefs.AppearancePreferences.Theme;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Theme and language, as chosen in the View menu. A change takes effect at once (the language
 * through {@link Localization}, the theme through whoever listens to {@link #themeProperty})
 * and is saved in the background, so it is remembered next time.
 */
public final class AppearanceViewModel {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final Localization i18n;
    private final TaskExecutor executor;
    private final AppearancePreferences preferences;

    public AppearanceViewModel(Localization i18n, TaskExecutor executor, AppearancePreferences preferences) {
        this.i18n = i18n;
        this.executor = executor;
        this.preferences = preferences;
        theme.set(preferences.theme());
        theme.addListener((obs, old, now) -> save());
        i18n.localeProperty().addListener((obs, old, now) -> save());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Locale language() {
        return i18n.locale();
    }

    // Commands

    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
    }

    /** Switches the UI language; unsupported locales fall back to English. */
    public void chooseLanguage(Locale locale) {
        i18n.localeProperty().set(Localization.supported(locale));
    }

    private void save() {
        Theme t = theme.get();
        Locale l = i18n.locale();
        executor.run(() -> {
            preferences.save(t, l);
            return Boolean.TRUE;
        }, ok -> { }, e -> { });
    }
}
