package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.prefs.AppearancePreferences;
import dev.parley.client.prefs.AppearancePreferences.Theme;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceViewModelTest {
    @TempDir
    Path config;

    @Test
    void chooseThemeAndLanguage_areAppliedAndRemembered() {
        Localization i18n = new Localization(Locale.ENGLISH);
        AppearanceViewModel vm = new AppearanceViewModel(i18n, new SameThreadTaskExecutor(), new AppearancePreferences(config));

        vm.chooseTheme(Theme.DARK);
        vm.chooseLanguage(Locale.forLanguageTag("pl-PL"));

        assertThat(i18n.get("login.password")).isEqualTo("Hasło");
        AppearancePreferences reread = new AppearancePreferences(config);
        assertThat(reread.theme()).isEqualTo(Theme.DARK);
        assertThat(reread.language().getLanguage()).isEqualTo("pl");
    }

    @Test
    void chooseLanguage_fallsBackToEnglishForUnsupported() {
        Localization i18n = new Localization(Locale.ENGLISH);
        AppearanceViewModel vm = new AppearanceViewModel(i18n, new SameThreadTaskExecutor(), new AppearancePreferences(config));

        vm.chooseLanguage(Locale.JAPANESE);

        assertThat(i18n.locale()).isEqualTo(Locale.ENGLISH);
    }
}
