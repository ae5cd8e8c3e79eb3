package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.MessageVersion;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The edit history of a message in a window of its own (spec M-4): every version with its time,
 * the original first; the newest is marked as the current text. The texts are plain labels,
 * never markup.
 */
final class VersionsView {
    private final Stage stage = new Stage();

    VersionsView(VersionsViewModel vm, Localization i18n, ZoneId zone) {
        ListView<MessageVersion> list = new ListView<>(vm.versions());
        list.setId("versionList");
        list.getStyleClass().add("version-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(MessageVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(null);
                if (empty || version == null) {
                    setGraphic(null);
                    return;
                }
                boolean original = getIndex() == 0;
                boolean current = getIndex() == getListView().getItems().size() - 1;
                Label when = new Label(i18n.dateTime(version.at(), zone) + (current ? "  \u00b7  " + i18n.get("versions.current")
                        : original ? "  \u00b7  " + i18n.get("versions.original") : ""));
                when.getStyleClass().addAll("version-time", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                Label text = new Label(version.text());
                text.getStyleClass().add("version-text");
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(new VBox(2, when, text));
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? i18n.get(vm.errorProperty().get()) : i18n.get("versions.loading"), vm.errorProperty(), i18n.localeProperty()));
        list.setPlaceholder(placeholder);
        BorderPane root = new BorderPane(list);
        root.getStyleClass().add("versions-window");
        root.getStylesheets().add(VersionsView.class.getResource("chat.css").toExternalForm());
        stage.titleProperty().bind(i18n.text("versions.title"));
        stage.setScene(new Scene(root, 460, 360));
    }

    void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
    }
}
