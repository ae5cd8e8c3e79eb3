package dev.parley.client.media;

import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * Translates media texts whose arguments are texts themselves ("{0} is larger than {1}" with two
 * sizes, each a {@link SizeFormat} text in the UI language), following language switches.
 */
final class MediaTexts {
    private MediaTexts() {
    }

    static String get(Localization i18n, UiText text) {
        if (text == null) {
            return "";
        }
        Object[] args = text.args().stream().map(a -> a instanceof UiText t ? get(i18n, t) : a).toArray();
        return i18n.get(text.key(), args);
    }

    static StringBinding text(Localization i18n, ObservableValue<UiText> value) {
        return Bindings.createStringBinding(() -> get(i18n, value.getValue()), i18n.localeProperty(), value);
    }
}
