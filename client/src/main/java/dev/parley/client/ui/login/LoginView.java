package dev.parley.client.ui.login;

import dev.parley.client.i18n.Localization;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The connect / log in / register screen: a centred card bound to a {@link LoginViewModel},
 * with, while this client hosts a chat, its address and a stop button under "Host a chat", and
 * "Join as guest" when the server at the address lets guests in.
 * Holds no logic of its own; every text comes from the bundle through {@link Localization}.
 */
public final class LoginView {
    private final StackPane root = new StackPane();

    public LoginView(LoginViewModel vm, Localization i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.name"));
        title.getStyleClass().addAll(Styles.TITLE_1, "login-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("login.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        TextField address = new TextField();
        address.setId("serverAddress");
        address.textProperty().bindBidirectional(vm.serverAddressProperty());
        // Whether guests may join is the server's to say: ask once the address is entered.
        address.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.checkGuests();
            }
        });
        address.setOnAction(e -> vm.checkGuests());
        TextField username = new TextField();
        username.setId("username");
        username.textProperty().bindBidirectional(vm.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        CheckBox register = new CheckBox();
        register.setId("registerToggle");
        register.textProperty().bind(i18n.text("login.register"));
        register.selectedProperty().bindBidirectional(vm.registeringProperty());

        Button submit = new Button();
        submit.setId("loginButton");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.textProperty().bind(Bindings.when(vm.registeringProperty())
                .then(i18n.text("login.submit.register")).otherwise(i18n.text("login.submit.login")));
        submit.setOnAction(e -> vm.submit());

        Button guest = new Button();
        guest.setId("guestButton");
        guest.setGraphic(new FontIcon(Feather.USER));
        guest.setMaxWidth(Double.MAX_VALUE);
        guest.textProperty().bind(i18n.text("guest.join"));
        guest.setOnAction(e -> vm.joinAsGuest());
        guest.visibleProperty().bind(vm.guestsAllowedProperty());
        guest.managedProperty().bind(guest.visibleProperty());

        Button host = new Button();
        host.setId("hostButton");
        host.setGraphic(new FontIcon(Feather.SERVER));
        host.setMaxWidth(Double.MAX_VALUE);
        host.textProperty().bind(i18n.text("login.host"));
        host.setOnAction(e -> vm.hostChat());
        Label hostHint = new Label();
        hostHint.textProperty().bind(i18n.text("login.host.hint"));
        hostHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hostHint.setWrapText(true);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.textProperty().bind(i18n.text(vm.statusProperty()));
        HBox statusRow = new HBox(8, spinner, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(vm.busyProperty());
        statusRow.managedProperty().bind(vm.busyProperty());

        Label error = new Label();
        error.setId("loginError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label hosting = new Label();
        hosting.setId("hostingAddress");
        hosting.setWrapText(true);
        hosting.setGraphic(new FontIcon(Feather.SERVER));
        hosting.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("header.hosting", vm.hostingAddressProperty().get()),
                vm.hostingAddressProperty(), i18n.localeProperty()));
        Button stopHosting = new Button();
        stopHosting.setId("stopHostingButton");
        stopHosting.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        stopHosting.textProperty().bind(i18n.text("hosting.stop"));
        stopHosting.setOnAction(e -> vm.stopHosting());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox hostingRow = new HBox(8, hosting, gap, stopHosting);
        hostingRow.setAlignment(Pos.CENTER_LEFT);
        hostingRow.visibleProperty().bind(vm.hostingAddressProperty().isNotNull());
        hostingRow.managedProperty().bind(hostingRow.visibleProperty());

        VBox card = new VBox(6,
                title, subtitle,
                label(i18n, "login.server"), address,
                label(i18n, "login.username"), username,
                label(i18n, "login.password"), password,
                register, submit, guest, statusRow, error,
                new Separator(), host, hostHint, hostingRow);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(380);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.disableProperty().bind(vm.busyProperty());

        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        root.getStylesheets().add(LoginView.class.getResource("login.css").toExternalForm());
        vm.checkGuests();
    }

    public Parent root() {
        return root;
    }

    private static Label label(Localization i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add("field-label");
        return l;
    }
}
