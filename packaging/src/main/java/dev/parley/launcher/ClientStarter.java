package dev.parley.launcher;

/**
 * Starts the desktop client. Kept apart from {@link ParleyLauncher} so that JavaFX classes are
 * loaded only when the client is actually wanted.
 */
final class ClientStarter {
    private ClientStarter() {
    }

    static void start(String[] args) {
        dev.parley.client.ClientMain.main(args);
    }
}
