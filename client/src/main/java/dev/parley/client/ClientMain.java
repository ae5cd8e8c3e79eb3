package dev.parley.client;

import javafx.application.Application;

/**
 * Entry point of the desktop client. It does not extend {@link Application} on purpose: when
 * JavaFX is on the class path rather than the module path, a main class that extends
 * Application is refused by the launcher ("JavaFX runtime components are missing"). The
 * packaging module's launcher calls {@link #main} too.
 */
public final class ClientMain {
    private ClientMain() {
    }

    public static void main(String[] args) {
        Application.launch(ParleyApp.class, args);
    }
}
