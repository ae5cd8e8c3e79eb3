package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.combo;
import static dev.parley.client.ui.admin.AdminViews.field;
import static dev.parley.client.ui.admin.AdminViews.label;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.ui.admin.BanUserViewModel.Duration;
import dev.parley.client.ui.admin.BanUserViewModel.Unit;
import dev.parley.protocol.model.RestrictionKind;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * "Ban user…" on the Ban history page: user name, kind (ban or mute in every room, or no
 * opening rooms), duration and reason. It stays open until the server accepts, showing the
 * server's answer (unknown user, not allowed) when it does not.
 */
final class BanUserDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    BanUserDialog(BanUserViewModel vm, Localization i18n, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("admin.ban.title"));
        dialog.setHeaderText(i18n.get("admin.ban.header"));
        dialog.getDialogPane().setId("banUserDialog");

        TextField user = field(i18n, "admin.ban.user_prompt", vm.usernameProperty());
        user.setId("banUserName");
        ComboBox<RestrictionKind> kind = combo(i18n, RestrictionKind.values(), k -> AdminViews.kind(i18n, k));
        kind.setId("banKind");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Duration> duration = combo(i18n, Duration.values(), d -> i18n.get(switch (d) {
            case TEN_MINUTES -> "admin.ban.duration.ten_minutes";
            case ONE_HOUR -> "admin.ban.duration.one_hour";
            case ONE_DAY -> "admin.ban.duration.one_day";
            case ONE_WEEK -> "admin.ban.duration.one_week";
            case CUSTOM -> "admin.ban.duration.custom";
            case INDEFINITELY -> "admin.ban.duration.indefinitely";
        }));
        duration.setId("banDuration");
        duration.valueProperty().bindBidirectional(vm.durationProperty());
        TextField amount = new TextField();
        amount.setId("banCustomAmount");
        amount.setPrefColumnCount(5);
        amount.textProperty().bindBidirectional(vm.customAmountProperty());
        ComboBox<Unit> unit = combo(i18n, Unit.values(), u -> i18n.get(switch (u) {
            case MINUTES -> "admin.ban.unit.minutes";
            case HOURS -> "admin.ban.unit.hours";
            case DAYS -> "admin.ban.unit.days";
        }));
        unit.setId("banCustomUnit");
        unit.valueProperty().bindBidirectional(vm.customUnitProperty());
        HBox custom = new HBox(6, amount, unit);
        custom.visibleProperty().bind(vm.durationProperty().isEqualTo(Duration.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        TextField reason = field(i18n, "admin.ban.reason_prompt", vm.reasonProperty());
        reason.setId("banReason");
        reason.setPrefColumnCount(28);

        Label error = new Label();
        error.setId("banUserError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label(i18n, "admin.ban.user"), user);
        form.addRow(1, label(i18n, "admin.ban.kind"), kind);
        form.addRow(2, label(i18n, "admin.ban.duration"), duration);
        form.add(custom, 1, 3);
        form.addRow(4, label(i18n, "admin.ban.reason"), reason);
        form.add(error, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);

        ButtonType banType = new ButtonType(i18n.get("admin.ban.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(banType, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(i18n.get("admin.ban.close"));
        Button ban = (Button) dialog.getDialogPane().lookupButton(banType);
        ban.setId("banSubmit");
        ban.getStyleClass().add(Styles.DANGER);
        ban.disableProperty().bind(vm.busyProperty());
        // The dialog would close on the button at once; it closes only once the server accepted.
        ban.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(() -> {
                dialog.setResult(banType);
                dialog.close();
            });
        });
    }

    void show() {
        dialog.show();
    }
}
