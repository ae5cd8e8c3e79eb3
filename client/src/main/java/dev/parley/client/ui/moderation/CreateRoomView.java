package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.Localization;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "new room" dialog over a {@link CreateRoomViewModel}: name and topic. */
public final class CreateRoomView {
    private final Dialog<ButtonType> dialog;

    public CreateRoomView(CreateRoomViewModel vm, Localization i18n) {
        TextField name = new TextField();
        name.setId("newRoomName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField topic = new TextField();
        topic.setId("newRoomTopic");
        topic.textProperty().bindBidirectional(vm.topicProperty());
        VBox content = new VBox(6, label(i18n, "room.create.name"), name, label(i18n, "room.create.topic"), topic,
                Dialogs.error(i18n, vm.errorProperty(), "createRoomError"));
        content.setPrefWidth(360);
        dialog = Dialogs.withAction(i18n, i18n.text("room.create.title"), i18n.get("room.create.submit"), "createRoomSubmit",
                content, vm::create, vm.busyProperty());
        dialog.setOnShown(e -> name.requestFocus());
        vm.doneProperty().addListener((obs, was, now) -> {
            if (now) {
                Dialogs.done(dialog);
            }
        });
    }

    /** Shows the dialog; it closes itself once the room was opened. */
    public void show(Window owner) {
        Dialogs.show(dialog, owner);
    }

    static Label label(Localization i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }
}
