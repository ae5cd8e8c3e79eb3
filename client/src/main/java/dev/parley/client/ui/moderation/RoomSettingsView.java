package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.Localization;
import dev.parley.protocol.Limits;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The room settings dialog over a {@link RoomSettingsViewModel}: topic, slowmode, closed. */
public final class RoomSettingsView {
    private final Dialog<ButtonType> dialog;

    public RoomSettingsView(RoomSettingsViewModel vm, Localization i18n) {
        TextField topic = new TextField();
        topic.setId("settingsTopic");
        topic.textProperty().bindBidirectional(vm.topicProperty());
        Spinner<Integer> slowmode = new Spinner<>();
        slowmode.setId("settingsSlowmode");
        slowmode.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Limits.MAX_SLOWMODE_SECONDS, vm.slowmodeSecondsProperty().get(), 5);
        slowmode.setValueFactory(values);
        values.valueProperty().addListener((obs, old, now) -> vm.slowmodeSecondsProperty().set(now == null ? 0 : now));
        // An edited number counts once the field loses focus, as well as by the arrows.
        slowmode.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                slowmode.increment(0);
            }
        });
        CheckBox closed = new CheckBox();
        closed.setId("settingsClosed");
        closed.textProperty().bind(i18n.text("room.settings.closed"));
        closed.selectedProperty().bindBidirectional(vm.closedProperty());
        VBox content = new VBox(6,
                CreateRoomView.label(i18n, "room.settings.topic"), topic,
                CreateRoomView.label(i18n, "room.settings.slowmode"), slowmode,
                closed,
                Dialogs.error(i18n, vm.errorProperty(), "settingsError"));
        content.setPrefWidth(360);
        dialog = Dialogs.withAction(i18n, i18n.text("room.settings.title", vm.room().name()), i18n.get("room.settings.save"),
                "settingsSave", content, () -> {
                    slowmode.increment(0);
                    vm.save();
                }, vm.busyProperty());
        vm.doneProperty().addListener((obs, was, now) -> {
            if (now) {
                Dialogs.done(dialog);
            }
        });
    }

    public void show(Window owner) {
        Dialogs.show(dialog, owner);
    }
}
