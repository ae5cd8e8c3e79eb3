package dev.parley.client.ui;

/**
 * Style class names defined by the AtlantaFX theme stylesheets. They mirror
 * {@code atlantafx.base.theme.Styles}, which the client does not load: the AtlantaFX 2.1.0
 * classes are Java 21 bytecode while the client also runs on Java 17, so only the theme's CSS
 * files are used (see {@link AppShell}).
 */
public final class StyleClasses {
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String FLAT = "flat";
    public static final String BUTTON_ICON = "button-icon";
    public static final String TITLE_1 = "title-1";
    public static final String TITLE_3 = "title-3";
    public static final String TITLE_4 = "title-4";
    public static final String TEXT_MUTED = "text-muted";
    public static final String TEXT_SMALL = "text-small";

    private StyleClasses() {
    }
}
