package dev.parley.client.ui.admin;

import dev.parley.protocol.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages the admin menu opens, in menu order, and who may see each. The server enforces the
 * same rules (docs/moderation.md); the menu only leaves out what would be refused anyway.
 */
public enum AdminPage {
    /** The personal block list (MOD-7): everyone. */
    BLOCKED_USERS,
    /** The whole ban history (MOD-6): admins and the superuser. */
    BAN_HISTORY,
    /** Blocked client addresses (MOD-9): admins and the superuser. */
    ADDRESS_BLOCKS,
    /** The audit log (MOD-10): admins and the superuser. */
    AUDIT_LOG,
    /** Appointing and removing admins (ID-5): the superuser only. */
    ADMINS;

    /** Whether someone with {@code role} may open this page. */
    public boolean allowedFor(Role role) {
        return switch (this) {
            case BLOCKED_USERS -> true;
            case BAN_HISTORY, ADDRESS_BLOCKS, AUDIT_LOG -> role != null && role.isAdmin();
            case ADMINS -> role == Role.SUPERUSER;
        };
    }

    /** The pages {@code role} may open, in menu order. */
    public static List<AdminPage> forRole(Role role) {
        List<AdminPage> pages = new ArrayList<>();
        for (AdminPage p : values()) {
            if (p.allowedFor(role)) {
                pages.add(p);
            }
        }
        return pages;
    }
}
