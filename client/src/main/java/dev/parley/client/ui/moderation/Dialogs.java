package dev.parley.client.ui.moderation;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The common frame of the moderation dialogs: a title, the content, and either an action button
 * that runs the ViewModel's command (the dialog stays open until the ViewModel reports success,
 * so a refusal can be shown in it) with Cancel, or only Close. Shown without blocking.
 */
final class Dialogs {
    private Dialogs() {
    }

    /** A dialog whose action button runs {@code onAction} instead of closing; disabled while {@code busy}. */
    static Dialog<ButtonType> withAction(Localization i18n, ObservableStringValue title, String actionText, String actionId,
                                         Node content, Runnable onAction, ObservableBooleanValue busy) {
        Dialog<ButtonType> dialog = base(title, content);
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("mod.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(action, cancel);
        Button button = (Button) dialog.getDialogPane().lookupButton(action);
        button.setId(actionId);
        button.getStyleClass().add(Styles.ACCENT);
        button.disableProperty().bind(busy);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            onAction.run();
        });
        dialog.getDialogPane().lookupButton(cancel).setId(actionId + "Cancel");
        return dialog;
    }

    /** A dialog with only a Close button. */
    static Dialog<ButtonType> closeOnly(Localization i18n, ObservableStringValue title, Node content) {
        Dialog<ButtonType> dialog = base(title, content);
        ButtonType close = new ButtonType(i18n.get("mod.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        return dialog;
    }

    /** Closes a dialog after its command succeeded. */
    static void done(Dialog<ButtonType> dialog) {
        dialog.setResult(ButtonType.OK);
        dialog.close();
    }

    static void show(Dialog<ButtonType> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.show();
    }

    /** A red error line bound to a ViewModel's error, hidden while there is none. */
    static Label error(Localization i18n, ObservableValue<UiText> error, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.DANGER);
        label.textProperty().bind(i18n.text(error));
        label.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> error.getValue() != null, error));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Dialog<ButtonType> base(ObservableStringValue title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.titleProperty().bind(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(
                Dialogs.class.getResource("/dev/parley/client/ui/chat/chat.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("moderation-dialog");
        return dialog;
    }
}
