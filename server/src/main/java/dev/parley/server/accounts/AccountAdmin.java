package dev.parley.server.accounts;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account administration outside the protocol (spec ID-5, S-4): creating the superuser and
 * resetting a password, for {@code parley admin} on a stopped server's data directory, and for
 * tests on a running one ({@code ParleyServer.accountAdmin()}). Passwords arrive as char arrays
 * read from a terminal or standard input, never as command-line arguments.
 */
public final class AccountAdmin implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountAdmin.class);
    private final Database db;
    private final boolean ownsDatabase;
    private final UserDirectory directory;
    private final Clock clock;
    private final Users users = new Users();
    private final Sessions sessions = new Sessions();
    private final PasswordHasher hasher = new PasswordHasher();

    /** On a running server's database; {@code directory} is told about role changes. */
    public AccountAdmin(Database db, UserDirectory directory, Clock clock) {
        this(db, false, directory, clock);
    }

    private AccountAdmin(Database db, boolean ownsDatabase, UserDirectory directory, Clock clock) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens the database in {@code dataDir} (migrating it if needed); close it afterwards. */
    public static AccountAdmin open(Path dataDir) {
        return new AccountAdmin(Database.openH2(dataDir), true, null, Clock.systemUTC());
    }

    /**
     * Creates the superuser. There is one: a second is refused ({@code forbidden}); the
     * superuser appoints admins in the client. The name and password follow the registration rules.
     */
    public UserInfo createSuperuser(String username, char[] password) {
        String name = AccountsService.checkUsername(username);
        String pw = new String(password);
        AccountsService.checkPassword(pw);
        String hash = hasher.hash(pw);
        Instant now = clock.instant();
        try {
            UserInfo created = db.inTransaction(c -> {
                if (!users.withRoles(c, Role.SUPERUSER).isEmpty()) {
                    throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "a superuser exists"));
                }
                String color = AccountsService.PALETTE.get(0);
                long id = users.insert(c, name, name, color, hash, Role.SUPERUSER, now);
                return new UserInfo(id, name, name, color);
            });
            LOG.info("superuser {} created as id {}", name, created.id());
            return created;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql && Database.isUniqueViolation(sql)) {
                throw new ParleyException(ErrorCode.USERNAME_TAKEN);
            }
            throw e;
        }
    }

    /** Sets a new password and ends every session of the user (their live connections end at their next request or resume). */
    public void resetPassword(String username, char[] password) {
        String pw = new String(password);
        AccountsService.checkPassword(pw);
        UserRecord user = find(username);
        String hash = hasher.hash(pw);
        db.inTransaction(c -> {
            users.updatePasswordHash(c, user.id(), hash);
            sessions.deleteAll(c, user.id());
            return null;
        });
        LOG.info("password of user {} reset by an administrator; sessions ended", user.id());
    }

    /** Sets a user's site role directly (admin or user); the superuser's role cannot change. */
    public void setRole(String username, Role role) {
        if (role != Role.ADMIN && role != Role.USER) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "role");
        }
        UserRecord user = find(username);
        if (user.role() == Role.SUPERUSER || user.role() == Role.GUEST) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        db.inTransaction(c -> {
            users.updateRole(c, user.id(), role);
            return null;
        });
        if (directory != null) {
            directory.invalidate(user.id());
        }
    }

    private UserRecord find(String username) {
        Optional<UserRecord> user = db.read(c -> users.findByUsername(c, username));
        return user.orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND));
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
