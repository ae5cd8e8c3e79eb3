package dev.parley.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import dev.parley.client.i18n.Localization;
import dev.parley.client.prefs.AppearancePreferences.Theme;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;

/**
 * The window's frame: the menu bar (profile, quit; theme; language) above whichever screen is shown,
 * login or chat. Applies the AtlantaFX Primer theme (light or dark) as the application-wide
 * user-agent stylesheet.
 */
public final class AppShell {
    private final BorderPane root = new BorderPane();

    private final MenuItem profile;
    private final MenuBar bar;

    public AppShell(AppearanceViewModel appearance, Localization i18n) {
        Menu app = menu(i18n, "menu.app");
        app.setId("appMenu");
        MenuItem quit = item(i18n, "menu.app.quit");
        quit.setOnAction(e -> Platform.exit());
        profile = item(i18n, "menu.app.profile");
        profile.setId("profileItem");
        profile.setVisible(false);
        app.getItems().addAll(profile, quit);

        Menu theme = menu(i18n, "menu.theme");
        theme.setId("themeMenu");
        ToggleGroup themes = new ToggleGroup();
        theme.getItems().addAll(
                radio(i18n, "theme.light", themes, appearance.themeProperty().get() == Theme.LIGHT, () -> appearance.chooseTheme(Theme.LIGHT)),
                radio(i18n, "theme.dark", themes, appearance.themeProperty().get() == Theme.DARK, () -> appearance.chooseTheme(Theme.DARK)));

        Menu language = menu(i18n, "menu.language");
        language.setId("languageMenu");
        ToggleGroup languages = new ToggleGroup();
        // Language names are written in their own language (same in every bundle), so users find theirs.
        RadioMenuItem english = new RadioMenuItem();
        english.textProperty().bind(i18n.text("language.english"));
        english.setId("languageEnglish");
        RadioMenuItem polish = new RadioMenuItem();
        polish.textProperty().bind(i18n.text("language.polish"));
        polish.setId("languagePolish");
        english.setToggleGroup(languages);
        polish.setToggleGroup(languages);
        english.setSelected("en".equals(appearance.language().getLanguage()));
        polish.setSelected("pl".equals(appearance.language().getLanguage()));
        english.setOnAction(e -> appearance.chooseLanguage(Locale.ENGLISH));
        polish.setOnAction(e -> appearance.chooseLanguage(Locale.forLanguageTag("pl")));
        language.getItems().addAll(english, polish);

        bar = new MenuBar(app, theme, language);
        bar.setId("menuBar");
        root.setTop(bar);

        apply(appearance.themeProperty().get());
        appearance.themeProperty().addListener((obs, old, now) -> apply(now));
    }

    public Parent root() {
        return root;
    }

    /** Offers "Profile…" in the app menu with {@code action}, or hides it (null: logged out, or a guest). */
    public void setProfileAction(Runnable action) {
        profile.setVisible(action != null);
        profile.setOnAction(action == null ? null : e -> action.run());
    }

    /** Adds a menu at the end of the menu bar (the notification list). */
    public void addMenu(Menu menu) {
        bar.getMenus().add(menu);
    }

    /** Shows a screen below the menu bar. */
    public void show(Parent screen) {
        root.setCenter(screen);
    }

    private static void apply(Theme theme) {
        atlantafx.base.theme.Theme primer = theme == Theme.DARK ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(primer.getUserAgentStylesheet());
    }

    private static Menu menu(Localization i18n, String key) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        return m;
    }

    private static MenuItem item(Localization i18n, String key) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.text(key));
        return m;
    }

    private static RadioMenuItem radio(Localization i18n, String key, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem m = new RadioMenuItem();
        m.textProperty().bind(i18n.text(key));
        m.setToggleGroup(group);
        m.setSelected(selected);
        m.setOnAction(e -> action.run());
        return m;
    }
}
