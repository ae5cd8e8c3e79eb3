package dev.parley.client.ui.admin;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Building blocks the admin pages share, so they look alike: a page frame (title, tool bar,
 * error line, content), buttons, text fields and table columns whose texts follow the language,
 * and the translations of restriction kinds, audit actions and times. Views only; the
 * ViewModels stay free of JavaFX scene classes.
 */
final class AdminViews {
    private AdminViews() {
    }

    /** The frame of a page: a title, then the tool bars, the error line and the content below. */
    static BorderPane page(Localization i18n, String titleKey, AdminPageViewModel vm, Node content, Node... toolbars) {
        Label title = label(i18n, titleKey);
        title.getStyleClass().addAll(Styles.TITLE_3, "admin-title");
        Label error = new Label();
        error.setId("adminError");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().add("admin-error");
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(8, title);
        top.getChildren().addAll(toolbars);
        top.getChildren().add(error);
        top.getStyleClass().add("admin-top");
        BorderPane root = new BorderPane(content);
        root.setTop(top);
        root.getStyleClass().add("admin-page");
        root.getStylesheets().add(AdminViews.class.getResource("admin.css").toExternalForm());
        BorderPane.setMargin(content, new javafx.geometry.Insets(0, 16, 16, 16));
        return root;
    }

    /** A row of controls, left to right. */
    static HBox bar(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Pushes what follows it in a bar to the right. */
    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    static Label label(Localization i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    static Button button(Localization i18n, String key, Feather icon) {
        Button b = new Button(null, icon == null ? null : new FontIcon(icon));
        b.textProperty().bind(i18n.text(key));
        return b;
    }

    static TextField field(Localization i18n, String promptKey, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.promptTextProperty().bind(i18n.text(promptKey));
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A column as {@link #column(Localization, String, Function)}, {@code width} pixels wide to begin with. */
    static <T> TableColumn<T, String> column(Localization i18n, String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = column(i18n, key, text);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        return c;
    }

    /** A table column titled by {@code key}, showing {@code text} of each row in the current language. */
    static <T> TableColumn<T, String> column(Localization i18n, String key, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(cell -> {
            T row = cell.getValue();
            ObservableValue<String> value = Bindings.createStringBinding(() -> text.apply(row), i18n.localeProperty());
            return value;
        });
        return c;
    }

    /** A column holding one button per row (unless {@code shown} says no), e.g. "Unblock". */
    static <T> TableColumn<T, T> actionColumn(Localization i18n, String key, Feather icon, String styleClass,
                                              Function<T, Boolean> shown, java.util.function.Consumer<T> action) {
        TableColumn<T, T> c = new TableColumn<>();
        c.setSortable(false);
        c.setReorderable(false);
        // Fixed: the button's width, whatever room the other columns leave.
        c.setMinWidth(120);
        c.setMaxWidth(160);
        c.setPrefWidth(140);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button button = button(i18n, key, icon);

            {
                button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, styleClass);
                button.setOnAction(e -> action.accept(getItem()));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null || !shown.apply(item) ? null : button);
            }
        });
        return c;
    }

    static <T> TableView<T> table(javafx.collections.ObservableList<T> items, Localization i18n, String emptyKey) {
        TableView<T> t = new TableView<>(items);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setPlaceholder(label(i18n, emptyKey));
        t.getStyleClass().add(Styles.STRIPED);
        return t;
    }

    /** A user's name as the pages show it: the user name, which is what the filters take. */
    static String name(UserInfo user) {
        return user == null ? "" : user.username();
    }

    /** A date and time in the current language's format, in the system time zone. */
    static String dateTime(Localization i18n, Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .format(at.atZone(ZoneId.systemDefault()));
    }

    static String kind(Localization i18n, RestrictionKind kind) {
        return i18n.get(switch (kind) {
            case BAN -> "admin.kind.ban";
            case MUTE -> "admin.kind.mute";
            case NO_ROOMS -> "admin.kind.no_rooms";
        });
    }

    /** The translated name of every audit action (a missing one fails to compile: no default). */
    static String action(Localization i18n, AuditAction action) {
        return i18n.get(actionKey(action));
    }

    static String actionKey(AuditAction action) {
        return switch (action) {
            case BAN -> "admin.audit.action.ban";
            case MUTE -> "admin.audit.action.mute";
            case NO_ROOMS -> "admin.audit.action.no_rooms";
            case UNBAN -> "admin.audit.action.unban";
            case UNMUTE -> "admin.audit.action.unmute";
            case CANCEL -> "admin.audit.action.cancel";
            case AUTO_MUTE -> "admin.audit.action.auto_mute";
            case APPOINT -> "admin.audit.action.appoint";
            case DEMOTE -> "admin.audit.action.demote";
            case SET_ROLE -> "admin.audit.action.set_role";
            case CREATE_ROOM -> "admin.audit.action.create_room";
            case CLOSE_ROOM -> "admin.audit.action.close_room";
            case REOPEN_ROOM -> "admin.audit.action.reopen_room";
            case SLOWMODE -> "admin.audit.action.slowmode";
            case TOPIC -> "admin.audit.action.topic";
            case BLOCK_ADDRESS -> "admin.audit.action.block_address";
            case UNBLOCK_ADDRESS -> "admin.audit.action.unblock_address";
            case DELETE_MESSAGE -> "admin.audit.action.delete_message";
            case REVEAL_AUTHOR -> "admin.audit.action.reveal_author";
        };
    }

    /** A choice box whose items read {@code text(item)} in the current language. */
    static <T> ComboBox<T> combo(Localization i18n, T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setButtonCell(cell(text));
        box.setCellFactory(lv -> cell(text));
        // The button cell shows the chosen item's text from before; a new cell translates it again.
        i18n.localeProperty().addListener((obs, old, now) -> box.setButtonCell(cell(text)));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }
}
