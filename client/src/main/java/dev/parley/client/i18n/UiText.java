package dev.parley.client.i18n;

import java.util.List;

/**
 * A translatable text: a bundle key plus its arguments. ViewModels hold these instead of
 * finished strings, so a language switch re-translates what is already on screen and the
 * ViewModels stay free of bundles.
 */
public record UiText(String key, List<Object> args) {
    public UiText {
        args = List.copyOf(args);
    }

    public static UiText of(String key, Object... args) {
        return new UiText(key, List.of(args));
    }
}
