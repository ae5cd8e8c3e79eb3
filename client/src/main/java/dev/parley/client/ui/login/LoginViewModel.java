package dev.parley.client.ui.login;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.HostedChat;
import dev.parley.client.net.Hosting;
import dev.parley.client.net.TaskExecutor;
import dev.parley.client.prefs.ConnectionPreferences;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.SessionInfo;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and commands of the connect / log in / register screen. Connecting, logging in and
 * hosting run through the {@link TaskExecutor}; a success hands a {@link LoggedIn} to the
 * application, which switches to the chat. Remembers the address and user name on success,
 * never the password. While this client hosts a chat (it keeps running after a log-out, for
 * the team) the screen shows its address and offers to stop it.
 *
 * <p>Guests (spec ID-3): {@link #checkGuests()} connects to the address entered, reads from the
 * server's welcome whether it lets guests in, and closes; then "Join as guest" is offered. It
 * logs in with the guest name and colour the server granted last time, and remembers what it
 * grants now.
 */
public final class LoginViewModel {
    /** Shown when the embedded server cannot start; the cause is in the log. */
    public static final String HOSTING_FAILED = "login.error.host_failed";

    // Properties
    private final StringProperty serverAddress = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty registering = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> status = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper hostingAddress = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper guestsAllowed = new ReadOnlyBooleanWrapper(false);

    private final Supplier<ChatService> services;
    private final Hosting hosting;
    private final TaskExecutor executor;
    private final ConnectionPreferences preferences;
    private final Consumer<LoggedIn> onLoggedIn;
    /** Bumped by every guest check; an answer for an older address is dropped. */
    private long guestCheck;

    public LoginViewModel(Supplier<ChatService> services, Hosting hosting, TaskExecutor executor,
                          ConnectionPreferences preferences, Consumer<LoggedIn> onLoggedIn) {
        this.services = services;
        this.hosting = hosting;
        this.executor = executor;
        this.preferences = preferences;
        this.onLoggedIn = onLoggedIn;
        serverAddress.set(preferences.serverAddress());
        username.set(preferences.username());
        refreshHosting();
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** True: the submit button creates an account (and logs in); false: it logs in. */
    public BooleanProperty registeringProperty() {
        return registering;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is going on while busy ("connecting", "starting server"), else null. */
    public ReadOnlyObjectProperty<UiText> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure (or why the user was signed out) as a translatable text, or null. */
    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error;
    }

    /** The address the team connects to while this client hosts a chat, else null. */
    public ReadOnlyStringProperty hostingAddressProperty() {
        return hostingAddress.getReadOnlyProperty();
    }

    /** Whether the server at the address entered lets guests in (known after {@link #checkGuests()}). */
    public ReadOnlyBooleanProperty guestsAllowedProperty() {
        return guestsAllowed.getReadOnlyProperty();
    }

    // Commands

    /**
     * Asks the server at the address entered whether it lets guests in: connects, reads the
     * welcome and closes. An unreachable server simply offers no guest login.
     */
    public void checkGuests() {
        String address = serverAddress.get() == null ? "" : serverAddress.get().trim();
        long check = ++guestCheck;
        if (address.isEmpty()) {
            guestsAllowed.set(false);
            return;
        }
        executor.run(() -> {
            ChatService service = services.get();
            try {
                service.connect(address);
                return service.welcome() != null && service.welcome().guests();
            } finally {
                service.close();
            }
        }, allowed -> {
            if (check == guestCheck) {
                guestsAllowed.set(allowed);
            }
        }, e -> {
            if (check == guestCheck) {
                guestsAllowed.set(false);
            }
        });
    }

    /** Logs in as a guest, asking for last time's name and colour. */
    public void joinAsGuest() {
        if (busy.get()) {
            return;
        }
        if (serverAddress.get().isBlank()) {
            error.set(UiText.of("login.error.missing_fields"));
            return;
        }
        String address = serverAddress.get().trim();
        String name = preferences.guestName();
        String color = preferences.guestColor();
        begin(UiText.of("login.status.connecting"));
        executor.run(() -> {
            ChatService service = services.get();
            try {
                service.connect(address);
                SessionInfo session = service.guest(name, color);
                preferences.rememberGuest(address, session.user().username(), session.user().color());
                return new LoggedIn(service, session.user(), session.role(), address);
            } catch (Exception | Error e) {
                service.close();
                throw e;
            }
        }, this::succeed, e -> fail(e, true));
    }

    /** Shows why the user arrived here, e.g. the server ended the session. */
    public void showNotice(UiText notice) {
        error.set(notice);
    }

    /** Stops the chat this client hosts (teammates are disconnected). */
    public void stopHosting() {
        if (busy.get() || hostingAddress.get() == null) {
            return;
        }
        begin(UiText.of("login.status.stopping_server"));
        executor.run(() -> {
            hosting.stop();
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            status.set(null);
            refreshHosting();
        }, e -> fail(e, false));
    }

    /** Logs in, or registers and logs in, to the server address entered. */
    public void submit() {
        if (!validate(true)) {
            return;
        }
        String address = serverAddress.get().trim();
        String user = username.get().trim();
        String pass = password.get();
        boolean register = registering.get();
        begin(UiText.of("login.status.connecting"));
        executor.run(() -> {
            ChatService service = services.get();
            try {
                service.connect(address);
                SessionInfo session = register ? service.register(user, pass) : service.login(user, pass);
                preferences.remember(address, user);
                return new LoggedIn(service, session.user(), session.role(), address);
            } catch (Exception | Error e) {
                service.close();
                throw e;
            }
        }, this::succeed, e -> fail(e, true));
    }

    /**
     * Starts (or reuses) the embedded server, then logs in to it with the name and password
     * entered, creating the account when it does not exist yet: it is the user's own server.
     * The server answers {@code bad_credentials} both for an unknown name and for a wrong
     * password, so a refused login tries to register; if the name is taken, the password was
     * wrong, and that is what the user is told.
     */
    public void hostChat() {
        if (!validate(false)) {
            return;
        }
        String user = username.get().trim();
        String pass = password.get();
        begin(UiText.of("login.status.starting_server"));
        executor.run(() -> {
            HostedChat hosted;
            try {
                hosted = hosting.start();
            } catch (Exception e) {
                throw new HostingFailedException(e);
            }
            ChatService service = services.get();
            try {
                service.connect(hosted.localAddress());
                SessionInfo session;
                try {
                    session = service.login(user, pass);
                } catch (ParleyException e) {
                    if (e.code() != ErrorCode.BAD_CREDENTIALS) {
                        throw e;
                    }
                    session = registerOwnAccount(service, user, pass);
                }
                preferences.remember(preferences.serverAddress(), user);
                return new LoggedIn(service, session.user(), session.role(), hosted.localAddress());
            } catch (Exception | Error e) {
                service.close();
                throw e;
            }
        }, this::succeed, e -> fail(e, true));
    }

    private static SessionInfo registerOwnAccount(ChatService service, String user, String pass) throws IOException {
        try {
            return service.register(user, pass);
        } catch (ParleyException e) {
            if (e.code() == ErrorCode.USERNAME_TAKEN) {
                throw new ParleyException(ErrorCode.BAD_CREDENTIALS);
            }
            throw e;
        }
    }

    private boolean validate(boolean needAddress) {
        if (busy.get()) {
            return false;
        }
        if (username.get().isBlank() || password.get().isEmpty() || (needAddress && serverAddress.get().isBlank())) {
            error.set(UiText.of("login.error.missing_fields"));
            return false;
        }
        return true;
    }

    private void begin(UiText what) {
        error.set(null);
        status.set(what);
        busy.set(true);
    }

    private void succeed(LoggedIn loggedIn) {
        busy.set(false);
        status.set(null);
        password.set("");
        refreshHosting();
        onLoggedIn.accept(loggedIn);
    }

    private void fail(Throwable e, boolean connecting) {
        busy.set(false);
        status.set(null);
        // A server may be running even though logging in to it failed: keep it visible.
        refreshHosting();
        error.set(e instanceof HostingFailedException ? UiText.of(HOSTING_FAILED) : ErrorTexts.of(e, connecting));
    }

    private void refreshHosting() {
        HostedChat hosted = hosting.current();
        hostingAddress.set(hosted == null ? null : hosted.shareAddress());
    }

    /** The embedded server did not start (for a reason other than its port being taken). */
    private static final class HostingFailedException extends RuntimeException {
        HostingFailedException(Exception cause) {
            super(cause);
        }
    }
}
