package dev.parley.client.ui.moderation;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.ui.moderation.BanDialogViewModel.Preset;
import dev.parley.client.ui.moderation.BanDialogViewModel.Unit;
import dev.parley.protocol.model.RestrictionKind;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The ban dialog over a {@link BanDialogViewModel}: ban or mute, how long (presets, custom,
 * indefinitely where allowed), where (this room, or all rooms for admins) and why.
 */
public final class BanDialogView {
    private final Dialog<ButtonType> dialog;

    public BanDialogView(BanDialogViewModel vm, Localization i18n) {
        String name = vm.target().displayName() == null || vm.target().displayName().isBlank()
                ? vm.target().username() : vm.target().displayName();
        Label target = new Label();
        target.setId("banTarget");
        target.setWrapText(true);
        target.getStyleClass().add(Styles.TITLE_4);
        target.textProperty().bind(i18n.text("mod.ban.target", name, "#" + vm.room().name()));

        ToggleGroup kinds = new ToggleGroup();
        RadioButton ban = radio(null, "banKindBan", kinds);
        ban.textProperty().bind(i18n.text("mod.ban.kind.ban"));
        RadioButton mute = radio(null, "banKindMute", kinds);
        mute.textProperty().bind(i18n.text("mod.ban.kind.mute"));
        (vm.kindProperty().get() == RestrictionKind.MUTE ? mute : ban).setSelected(true);
        kinds.selectedToggleProperty().addListener((obs, old, now) ->
                vm.kindProperty().set(now == mute ? RestrictionKind.MUTE : RestrictionKind.BAN));
        Label kindHint = new Label();
        kindHint.setWrapText(true);
        kindHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        kindHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.kindProperty().get() == RestrictionKind.MUTE ? i18n.get("mod.ban.kind.mute.hint") : i18n.get("mod.ban.kind.ban.hint"),
                vm.kindProperty(), i18n.localeProperty()));

        ComboBox<Preset> duration = new ComboBox<>();
        duration.setId("banDuration");
        duration.getItems().setAll(vm.presets());
        duration.setCellFactory(lv -> presetCell(i18n));
        duration.setButtonCell(presetCell(i18n));
        duration.valueProperty().bindBidirectional(vm.presetProperty());
        TextField amount = new TextField();
        amount.setId("banCustomAmount");
        amount.setPrefColumnCount(5);
        amount.textProperty().bindBidirectional(vm.customAmountProperty());
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("banCustomUnit");
        unit.getItems().setAll(Unit.values());
        unit.setCellFactory(lv -> unitCell(i18n));
        unit.setButtonCell(unitCell(i18n));
        unit.valueProperty().bindBidirectional(vm.customUnitProperty());
        HBox custom = new HBox(6, amount, unit);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(vm.presetProperty().isEqualTo(Preset.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        VBox content = new VBox(8, target,
                CreateRoomView.label(i18n, "mod.ban.kind"), new HBox(12, ban, mute), kindHint,
                CreateRoomView.label(i18n, "mod.ban.duration"), duration, custom);
        if (vm.allRoomsAllowed()) {
            ToggleGroup scopes = new ToggleGroup();
            RadioButton here = radio(null, "banScopeRoom", scopes);
            here.textProperty().bind(i18n.text("mod.ban.scope.room"));
            RadioButton everywhere = radio(null, "banScopeAll", scopes);
            everywhere.textProperty().bind(i18n.text("mod.ban.scope.all"));
            (vm.allRoomsProperty().get() ? everywhere : here).setSelected(true);
            scopes.selectedToggleProperty().addListener((obs, old, now) -> vm.allRoomsProperty().set(now == everywhere));
            content.getChildren().addAll(CreateRoomView.label(i18n, "mod.ban.scope"), new HBox(12, here, everywhere));
        }
        TextArea reason = new TextArea();
        reason.setId("banReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        content.getChildren().addAll(CreateRoomView.label(i18n, "mod.ban.reason"), reason,
                Dialogs.error(i18n, vm.errorProperty(), "banError"));
        content.setPrefWidth(420);

        dialog = Dialogs.withAction(i18n, i18n.text("mod.ban.title"), i18n.get("mod.ban.submit"), "banSubmit",
                content, vm::submit, vm.busyProperty());
        vm.doneProperty().addListener((obs, was, now) -> {
            if (now) {
                Dialogs.done(dialog);
            }
        });
    }

    public void show(Window owner) {
        Dialogs.show(dialog, owner);
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private static ListCell<Preset> presetCell(Localization i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset preset, boolean empty) {
                super.updateItem(preset, empty);
                setText(empty || preset == null ? null : i18n.get(switch (preset) {
                    case TEN_MINUTES -> "mod.duration.ten_minutes";
                    case ONE_HOUR -> "mod.duration.one_hour";
                    case ONE_DAY -> "mod.duration.one_day";
                    case ONE_WEEK -> "mod.duration.one_week";
                    case CUSTOM -> "mod.duration.custom";
                    case INDEFINITELY -> "mod.duration.indefinitely";
                }));
            }
        };
    }

    private static ListCell<Unit> unitCell(Localization i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : i18n.get(switch (unit) {
                    case MINUTES -> "mod.duration.unit.minutes";
                    case HOURS -> "mod.duration.unit.hours";
                    case DAYS -> "mod.duration.unit.days";
                }));
            }
        };
    }
}
