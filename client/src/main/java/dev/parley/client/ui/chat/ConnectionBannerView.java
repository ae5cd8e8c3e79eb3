package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.model.ConnectionState;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip over the message list that says what the connection is doing when it is not simply
 * up (spec UX-4): the countdown to the next attempt with "Retry now", "Reconnecting…", a short
 * "Connected again", or why it will not come back. Hidden otherwise; its colour follows the state.
 */
final class ConnectionBannerView {
    private final HBox root;

    ConnectionBannerView(ConnectionViewModel vm, Localization i18n) {
        Label text = new Label();
        text.setId("connectionBanner");
        text.setWrapText(true);
        text.textProperty().bind(i18n.text(vm.bannerProperty()));
        FontIcon icon = new FontIcon(Feather.WIFI_OFF);
        text.setGraphic(icon);
        Button retry = new Button();
        retry.setId("retryNowButton");
        retry.getStyleClass().addAll(Styles.SMALL);
        retry.textProperty().bind(i18n.text("connection.retry"));
        retry.visibleProperty().bind(vm.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> vm.retryNow());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(8, text, gap, retry);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("connection-banner");
        root.visibleProperty().bind(vm.bannerProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        vm.stateProperty().addListener((obs, old, now) -> style(icon, now));
        style(icon, vm.stateProperty().get());
    }

    HBox node() {
        return root;
    }

    private void style(FontIcon icon, ConnectionState state) {
        root.getStyleClass().removeAll("connected", "connecting", "disconnected", "reconnecting");
        root.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
        icon.setIconCode(state == ConnectionState.CONNECTED ? Feather.WIFI : Feather.WIFI_OFF);
    }
}
