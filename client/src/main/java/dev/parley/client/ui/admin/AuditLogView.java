package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.bar;
import static dev.parley.client.ui.admin.AdminViews.button;
import static dev.parley.client.ui.admin.AdminViews.column;
import static dev.parley.client.ui.admin.AdminViews.combo;
import static dev.parley.client.ui.admin.AdminViews.field;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Audit log page (MOD-10): time (in the user's locale), action, actor ("System" for the
 * server), target, room and details, filtered by action, actor and target, with "Load more".
 */
final class AuditLogView {
    private final Parent root;

    AuditLogView(AuditLogViewModel vm, Localization i18n) {
        List<AuditAction> actions = new ArrayList<>();
        // null stands for "all actions", first in the list.
        actions.add(null);
        actions.addAll(Arrays.asList(AuditAction.values()));
        ComboBox<AuditAction> action = combo(i18n, actions.toArray(AuditAction[]::new),
                a -> a == null ? i18n.get("admin.audit.all_actions") : AdminViews.action(i18n, a));
        action.setId("auditActionFilter");
        action.valueProperty().bindBidirectional(vm.actionProperty());
        TextField actor = field(i18n, "admin.audit.actor_prompt", vm.actorNameProperty());
        actor.setId("auditActorFilter");
        actor.setOnAction(e -> vm.apply());
        TextField target = field(i18n, "admin.audit.target_prompt", vm.targetNameProperty());
        target.setId("auditTargetFilter");
        target.setOnAction(e -> vm.apply());
        Button apply = button(i18n, "admin.filter.apply", Feather.SEARCH);
        apply.setId("auditFilterButton");
        apply.setOnAction(e -> vm.apply());
        Button clear = button(i18n, "admin.filter.clear", Feather.X);
        clear.setId("auditFilterClearButton");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> vm.clearFilter());

        TableView<AuditEntry> table = AdminViews.table(vm.entries(), i18n, "admin.audit.empty");
        table.setId("auditTable");
        table.getColumns().add(column(i18n, "admin.column.time", e -> AdminViews.dateTime(i18n, e.at())));
        table.getColumns().add(column(i18n, "admin.column.action", e -> AdminViews.action(i18n, e.action())));
        table.getColumns().add(column(i18n, "admin.column.actor",
                e -> e.actor() == null ? i18n.get("admin.system") : e.actor().username()));
        table.getColumns().add(column(i18n, "admin.column.target", e -> AdminViews.name(e.target())));
        table.getColumns().add(column(i18n, "admin.column.room_id", e -> e.room() == null ? "" : Long.toString(e.room())));
        table.getColumns().add(column(i18n, "admin.column.details", e -> e.details() == null ? "" : e.details()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button more = button(i18n, "admin.load_more", Feather.CHEVRONS_DOWN);
        more.setId("auditLoadMoreButton");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.busyProperty());
        more.setOnAction(e -> vm.loadMore());

        root = AdminViews.page(i18n, "admin.audit.title", vm, new VBox(8, table, more),
                bar(action, actor, target, apply, clear));
        vm.apply();
    }

    Parent root() {
        return root;
    }
}
