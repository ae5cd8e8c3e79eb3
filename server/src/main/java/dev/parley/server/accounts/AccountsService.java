package dev.parley.server.accounts;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account rules (spec ID-1, ID-2): registration policy, password login with throttling,
 * session tokens (issued on login, stored hashed, resumed after reconnect, revoked on logout
 * and on password change) and password changes. Handlers call it; it calls the stores.
 */
public final class AccountsService {
    private static final Logger LOG = LoggerFactory.getLogger(AccountsService.class);
    /** A session unused for this long must log in with a password again. */
    static final Duration SESSION_IDLE_LIMIT = Duration.ofDays(30);
    /** Stored for guests: not a PHC string, so no password ever verifies against it. */
    static final String GUEST_PASSWORD_HASH = "!";
    private static final Pattern USERNAME = Pattern.compile(Limits.USERNAME_PATTERN);
    /**
     * Name colours: twelve distinct mid-tone hues that read on light and dark themes alike (no
     * pale yellow, no two greens), so neighbours in a conversation rarely look alike.
     */
    static final List<String> PALETTE = List.of("#e01e5a", "#2eb67d", "#1d9bd1", "#b8860b", "#9b59b6",
            "#e67e22", "#16a085", "#c0392b", "#5b5fc7", "#c2185b", "#d35400", "#0277bd");

    private final Database db;
    private final Users users;
    private final Sessions sessions = new Sessions();
    private final PasswordHasher hasher = new PasswordHasher();
    private final Tokens tokens = new Tokens();
    private final LoginThrottle throttle;
    private final Clock clock;
    private final boolean registrationOpen;
    private final SecureRandom random = new SecureRandom();

    private final GroupCommitter writer;
    private final UserDirectory directory;
    private final boolean guestsAllowed;

    /**
     * @param writer takes the writes a crash must not undo after their {@code ok}: a new account,
     *               a logout and a password change (a revoked token must stay revoked)
     */
    public AccountsService(Database db, GroupCommitter writer, Users users, Clock clock, boolean registrationOpen) {
        this(db, writer, users, null, clock, registrationOpen, false);
    }

    /**
     * @param directory      the cache to invalidate when a role or guest colour changes (may be null)
     * @param guestsAllowed  whether guest login is on (spec ID-3)
     */
    public AccountsService(Database db, GroupCommitter writer, Users users, UserDirectory directory, Clock clock,
                           boolean registrationOpen, boolean guestsAllowed) {
        this.directory = directory;
        this.guestsAllowed = guestsAllowed;
        this.writer = writer;
        this.db = db;
        this.users = users;
        this.clock = clock;
        this.registrationOpen = registrationOpen;
        this.throttle = new LoginThrottle(clock);
    }

    public boolean registrationOpen() {
        return registrationOpen;
    }

    public boolean guestsAllowed() {
        return guestsAllowed;
    }

    /**
     * Logs in a guest (spec ID-3). The requested name and colour (what this client had last
     * time) are granted when the name is free or belongs to a guest who is not online now
     * ({@code online}); otherwise a free random {@code GuestNNNN} and colour are chosen. Bans
     * are keyed by user id, so a returning guest who asks for their old name keeps their bans.
     */
    public Login guest(String requestedName, String requestedColor, java.util.function.LongPredicate online) {
        if (!guestsAllowed) {
            throw new ParleyException(ErrorCode.GUESTS_DISABLED);
        }
        String color = requestedColor != null ? requestedColor.toLowerCase(java.util.Locale.ROOT)
                : PALETTE.get(random.nextInt(PALETTE.size()));
        Instant now = clock.instant();
        Login login = writer.submitAndWait(c -> {
            if (requestedName != null) {
                Optional<UserRecord> existing = users.findByUsername(c, requestedName);
                if (existing.isEmpty()) {
                    long id = users.insert(c, requestedName, requestedName, color, GUEST_PASSWORD_HASH, Role.GUEST, now);
                    return newSession(c, new UserInfo(id, requestedName, requestedName, color), Role.GUEST, now);
                }
                UserRecord r = existing.get();
                if (r.role() == Role.GUEST && !online.test(r.id())) {
                    // one holder per guest identity: whoever had it before cannot resume into it now
                    sessions.deleteAll(c, r.id());
                    users.updateColor(c, r.id(), color);
                    return newSession(c, new UserInfo(r.id(), r.username(), r.displayName(), color, r.status(), r.avatarId()),
                            Role.GUEST, now);
                }
            }
            for (int attempt = 0; attempt < 50; attempt++) {
                String name = String.format(java.util.Locale.ROOT, "Guest%04d", random.nextInt(10_000));
                if (users.findByUsername(c, name).isEmpty()) {
                    long id = users.insert(c, name, name, color, GUEST_PASSWORD_HASH, Role.GUEST, now);
                    return newSession(c, new UserInfo(id, name, name, color), Role.GUEST, now);
                }
            }
            throw new ParleyException(ErrorCode.INTERNAL, Map.of("reason", "no free guest name"));
        });
        if (directory != null) {
            directory.invalidate(login.info().user().id());
        }
        LOG.info("guest {} logged in as id {}", login.info().user().username(), login.info().user().id());
        return login;
    }

    /** What else a role change writes in its transaction (the audit entry). */
    public interface AlsoInTransaction {
        void run(java.sql.Connection c) throws SQLException;
    }

    /** Sets a user's site role (the superuser appointing or removing an admin), with {@code also} in the same transaction. */
    public void setRole(long userId, Role role, AlsoInTransaction also) {
        writer.submitAndWait(c -> {
            users.updateRole(c, userId, role);
            also.run(c);
            return null;
        });
        if (directory != null) {
            directory.invalidate(userId);
        }
    }

    /** The admins and the superuser, by name. */
    public List<UserInfo> admins() {
        return db.read(c -> users.withRoles(c, Role.SUPERUSER, Role.ADMIN)).stream().map(UserRecord::info).toList();
    }

    /** A logged-in session: what the handler attaches to the connection. */
    public record Login(SessionInfo info, String sessionKey) {
    }

    public Login register(String username, String password, String displayName) {
        if (!registrationOpen) {
            throw new ParleyException(ErrorCode.REGISTRATION_CLOSED);
        }
        String name = checkUsername(username);
        if (name.matches("(?i)" + dev.parley.protocol.frame.GuestLogin.GUEST_NAME)) {
            // guest names are the server's to give: an account named like one would pass for a guest
            throw new ParleyException(ErrorCode.USERNAME_TAKEN);
        }
        checkPassword(password);
        String display = displayName == null || displayName.isBlank() ? name : checkDisplayName(displayName);
        String color = PALETTE.get(random.nextInt(PALETTE.size()));
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        try {
            return writer.submitAndWait(c -> {
                long id = users.insert(c, name, display, color, hash, now);
                LOG.info("user {} registered as id {}", name, id);
                return newSession(c, new UserInfo(id, name, display, color), Role.USER, now);
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql && Database.isUniqueViolation(sql)) {
                throw new ParleyException(ErrorCode.USERNAME_TAKEN);
            }
            throw e;
        }
    }

    public Login login(String username, String password, String address) {
        String userKey = "user:" + Users.key(username);
        String addressKey = "addr:" + address;
        long wait = throttle.begin(userKey, addressKey);
        if (wait > 0) {
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS, Map.of("retryAfterSeconds", Long.toString(wait)));
        }
        // guests have no password: to a password login they do not exist
        Optional<UserRecord> user = db.read(c -> users.findByUsername(c, username)).filter(u -> u.role() != Role.GUEST);
        boolean ok = hasher.verify(password, user.map(UserRecord::passwordHash).orElse(null));
        if (!ok) {
            // people type passwords into the user name field: log the name only if it could be one
            LOG.info("failed login for {} from {}", USERNAME.matcher(username).matches()
                    && username.length() <= Limits.MAX_USERNAME_LENGTH ? "user name '" + username + "'" : "a malformed user name", address);
            throw new ParleyException(ErrorCode.BAD_CREDENTIALS);
        }
        throttle.succeeded(userKey, addressKey);
        Instant now = clock.instant();
        return db.inTransaction(c -> newSession(c, user.get().info(), user.get().role(), now));
    }

    public Login resume(String token) {
        String key = Tokens.hash(token);
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            Optional<Sessions.SessionRow> row = sessions.find(c, key);
            if (row.isEmpty()) {
                throw new ParleyException(ErrorCode.SESSION_INVALID);
            }
            if (row.get().lastUsed().plus(SESSION_IDLE_LIMIT).isBefore(now)) {
                sessions.delete(c, key);
                throw new ParleyException(ErrorCode.SESSION_INVALID);
            }
            UserRecord user = users.findById(c, row.get().userId())
                    .orElseThrow(() -> new ParleyException(ErrorCode.SESSION_INVALID));
            sessions.touch(c, key, now);
            return new Login(new SessionInfo(token, user.info(), user.role()), key);
        });
    }

    public void logout(String sessionKey) {
        if (sessionKey != null) {
            writer.submitAndWait(c -> {
                sessions.delete(c, sessionKey);
                return null;
            });
        }
    }

    /** Changes the password after checking the old one; ends the user's other sessions. */
    public void changePassword(long userId, String sessionKey, String oldPassword, String newPassword) {
        String userKey = "uid:" + userId;
        long wait = throttle.begin(userKey);
        if (wait > 0) {
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS, Map.of("retryAfterSeconds", Long.toString(wait)));
        }
        UserRecord user = db.read(c -> users.findById(c, userId))
                .orElseThrow(() -> new ParleyException(ErrorCode.SESSION_INVALID));
        if (!hasher.verify(oldPassword, user.passwordHash())) {
            throw new ParleyException(ErrorCode.BAD_CREDENTIALS);
        }
        throttle.succeeded(userKey);
        checkPassword(newPassword);
        String hash = hasher.hash(newPassword);
        writer.submitAndWait(c -> {
            users.updatePasswordHash(c, userId, hash);
            sessions.deleteOthers(c, userId, sessionKey);
            return null;
        });
        LOG.info("user {} changed password; other sessions ended", userId);
    }

    private Login newSession(java.sql.Connection c, UserInfo user, Role role, Instant now) throws SQLException {
        String token = tokens.newToken();
        String key = Tokens.hash(token);
        sessions.insert(c, key, user.id(), now);
        return new Login(new SessionInfo(token, user, role), key);
    }

    static String checkUsername(String username) {
        int length = username.length();
        if (length < Limits.MIN_USERNAME_LENGTH || length > Limits.MAX_USERNAME_LENGTH
                || !USERNAME.matcher(username).matches()) {
            throw new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", "username",
                    "min", Integer.toString(Limits.MIN_USERNAME_LENGTH),
                    "max", Integer.toString(Limits.MAX_USERNAME_LENGTH)));
        }
        return username;
    }

    static void checkPassword(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < Limits.MIN_PASSWORD_LENGTH || length > Limits.MAX_PASSWORD_LENGTH) {
            throw new ParleyException(ErrorCode.WEAK_PASSWORD, Map.of(
                    "min", Integer.toString(Limits.MIN_PASSWORD_LENGTH),
                    "max", Integer.toString(Limits.MAX_PASSWORD_LENGTH)));
        }
    }

    /** A display name as stored: stripped; {@code invalid_field} when blank or with control characters. */
    public static String checkDisplayName(String displayName) {
        String d = displayName.strip();
        if (d.isEmpty() || d.codePoints().anyMatch(Character::isISOControl)) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "displayName");
        }
        return d;
    }

}
