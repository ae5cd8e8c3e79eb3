package dev.parley.server.accounts;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.Protocol;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.Logout;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.Welcome;
import dev.parley.protocol.Limits;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Connections;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.Map;

/**
 * Frames of the accounts feature: hello, register, login, resume, guest, logout,
 * change_password. A connection logging in or out is reported to a {@link SessionListener}
 * (presence counts a user's logged-in connections).
 */
public final class AccountsHandler {
    /** Told when a connection logs in (any way) and just before it logs out. */
    public interface SessionListener {
        void loggedIn(Connection connection);

        void loggedOut(Connection connection);
    }

    private final AccountsService accounts;
    private final Topics topics;
    private final Connections connections;
    private final String serverName;
    private final java.util.function.Consumer<String> guestRate;
    private final Long maxPictureBytes;
    private final Long maxFileBytes;
    private volatile SessionListener sessions = new SessionListener() {
        @Override
        public void loggedIn(Connection connection) {
        }

        @Override
        public void loggedOut(Connection connection) {
        }
    };

    public AccountsHandler(AccountsService accounts, Topics topics, Connections connections, String serverName) {
        this(accounts, topics, connections, serverName, address -> { });
    }

    /** @param guestRate throws {@code rate_limited} when an address creates guests too fast */
    public AccountsHandler(AccountsService accounts, Topics topics, Connections connections, String serverName,
                           java.util.function.Consumer<String> guestRate) {
        this(accounts, topics, connections, serverName, guestRate, null, null);
    }

    /**
     * @param maxPictureBytes the largest picture upload, announced in the Welcome (null: none)
     * @param maxFileBytes    the largest file upload, announced in the Welcome (null: none)
     */
    public AccountsHandler(AccountsService accounts, Topics topics, Connections connections, String serverName,
                           java.util.function.Consumer<String> guestRate, Long maxPictureBytes, Long maxFileBytes) {
        this.maxPictureBytes = maxPictureBytes;
        this.maxFileBytes = maxFileBytes;
        this.guestRate = guestRate;
        this.accounts = accounts;
        this.topics = topics;
        this.connections = connections;
        this.serverName = serverName;
    }

    /** Where logins and logouts are reported (presence). */
    public AccountsHandler sessionListener(SessionListener listener) {
        this.sessions = listener;
        return this;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.register(Hello.class, Access.ANYONE, this::hello);
        dispatcher.register(Register.class, Access.ANYONE, this::register);
        dispatcher.register(Login.class, Access.ANYONE, this::login);
        dispatcher.register(Resume.class, Access.ANYONE, this::resume);
        dispatcher.register(GuestLogin.class, Access.ANYONE, this::guest);
        dispatcher.register(Logout.class, Access.USER, this::logout);
        dispatcher.register(ChangePassword.class, Access.USER, this::changePassword);
    }

    private Welcome hello(Connection connection, Hello hello) {
        if (hello.protocol() != Protocol.VERSION) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_PROTOCOL,
                    Map.of("supported", Integer.toString(Protocol.VERSION)));
        }
        return new Welcome(Protocol.VERSION, serverName, accounts.registrationOpen(), Limits.MAX_TEXT_LENGTH,
                accounts.guestsAllowed(), maxPictureBytes, maxFileBytes);
    }

    private SessionInfo register(Connection connection, Register request) {
        requireLoggedOut(connection);
        return attach(connection, accounts.register(request.username(), request.password(), request.displayName()));
    }

    private SessionInfo login(Connection connection, Login request) {
        requireLoggedOut(connection);
        return attach(connection, accounts.login(request.username(), request.password(), connection.remoteAddress()));
    }

    private SessionInfo guest(Connection connection, GuestLogin request) {
        requireLoggedOut(connection);
        if (accounts.guestsAllowed()) {
            // every guest login may create an account row: limited per address like messages
            guestRate.accept(connection.remoteAddress());
        }
        return attach(connection, accounts.guest(request.name(), request.color(),
                user -> !connections.matching(c -> Long.valueOf(user).equals(c.userId())).isEmpty()));
    }

    private SessionInfo resume(Connection connection, Resume request) {
        requireLoggedOut(connection);
        return attach(connection, accounts.resume(request.token()));
    }

    private Done logout(Connection connection, Logout request) {
        String key = connection.sessionKey();
        accounts.logout(key);
        topics.unsubscribeAll(connection);
        sessions.loggedOut(connection);
        connection.logout();
        // other connections that resumed the same session end with it
        connections.closeWhere(c -> c != connection && key.equals(c.sessionKey()), Connections.SESSION_ENDED, "session ended");
        return new Done();
    }

    private Done changePassword(Connection connection, ChangePassword request) {
        long user = connection.userId();
        String key = connection.sessionKey();
        accounts.changePassword(user, key, request.oldPassword(), request.newPassword());
        // a stolen session must stop working at once, not only at its next resume
        connections.closeWhere(c -> c != connection && Long.valueOf(user).equals(c.userId()) && !key.equals(c.sessionKey()),
                Connections.SESSION_ENDED, "session ended");
        return new Done();
    }

    private SessionInfo attach(Connection connection, AccountsService.Login login) {
        connection.authenticate(login.info().user().id(), login.sessionKey());
        sessions.loggedIn(connection);
        return login.info();
    }

    private static void requireLoggedOut(Connection connection) {
        if (connection.isAuthenticated()) {
            throw new ParleyException(ErrorCode.ALREADY_AUTHENTICATED);
        }
    }
}
