package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.actionColumn;
import static dev.parley.client.ui.admin.AdminViews.bar;
import static dev.parley.client.ui.admin.AdminViews.button;
import static dev.parley.client.ui.admin.AdminViews.column;
import static dev.parley.client.ui.admin.AdminViews.field;
import static dev.parley.client.ui.admin.AdminViews.label;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.AddressBlock;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Address blocks page (MOD-9): blocked addresses with "Remove", a form to block one, and
 * on the right "Addresses of a user", whose addresses can be picked into the form.
 */
final class AddressBlocksView {
    private final Parent root;

    AddressBlocksView(AddressBlocksViewModel vm, Localization i18n) {
        TextField address = field(i18n, "admin.addresses.address_prompt", vm.addressProperty());
        address.setId("blockAddressField");
        TextField reason = field(i18n, "admin.addresses.reason_prompt", vm.reasonProperty());
        reason.setId("blockReasonField");
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setOnAction(e -> vm.add());
        Button add = button(i18n, "admin.addresses.add", Feather.SHIELD_OFF);
        add.setId("blockAddressButton");
        add.getStyleClass().add(Styles.DANGER);
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());

        TableView<AddressBlock> table = AdminViews.table(vm.blocks(), i18n, "admin.addresses.empty");
        table.setId("addressBlocksTable");
        table.getColumns().add(column(i18n, "admin.column.address", AddressBlock::address));
        table.getColumns().add(column(i18n, "admin.column.reason", b -> b.reason() == null ? "" : b.reason()));
        table.getColumns().add(column(i18n, "admin.column.by",
                b -> b.actor() == null ? i18n.get("admin.system") : b.actor().username()));
        table.getColumns().add(column(i18n, "admin.column.from", b -> AdminViews.dateTime(i18n, b.created())));
        table.getColumns().add(actionColumn(i18n, "admin.addresses.remove", Feather.TRASH_2, Styles.DANGER, b -> true, vm::remove));
        HBox.setHgrow(table, Priority.ALWAYS);

        root = AdminViews.page(i18n, "admin.addresses.title", vm, new HBox(12, table, lookup(vm, i18n)),
                bar(address, reason, add));
        vm.load();
    }

    Parent root() {
        return root;
    }

    private static VBox lookup(AddressBlocksViewModel vm, Localization i18n) {
        Label heading = label(i18n, "admin.addresses.lookup_title");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        TextField name = field(i18n, "admin.addresses.lookup_prompt", vm.lookupNameProperty());
        name.setId("addressLookupField");
        name.setOnAction(e -> vm.lookup());
        Button find = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.SEARCH));
        find.setId("addressLookupButton");
        find.setOnAction(e -> vm.lookup());
        Label whose = new Label();
        whose.getStyleClass().add(Styles.TEXT_MUTED);
        whose.setWrapText(true);
        whose.textProperty().bind(Bindings.createStringBinding(() -> vm.lookedUpProperty().get() == null
                        ? i18n.get("admin.addresses.lookup_hint")
                        : i18n.get("admin.addresses.lookup_result", vm.lookedUpProperty().get().username(), vm.userAddresses().size()),
                vm.lookedUpProperty(), vm.userAddresses(), i18n.localeProperty()));
        ListView<String> addresses = new ListView<>(vm.userAddresses());
        addresses.setId("userAddressesList");
        addresses.setPrefHeight(160);
        addresses.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.chooseAddress(now));
        VBox.setVgrow(addresses, Priority.ALWAYS);
        VBox box = new VBox(8, heading, bar(name, find), whose, addresses);
        box.setPrefWidth(240);
        box.setMinWidth(220);
        return box;
    }
}
