package dev.parley.client.ui;

import dev.parley.client.i18n.Localization;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: any exception nobody caught is logged with its stack trace and
 * shown to the user as a short translated dialog, never as a trace. At most one dialog is open
 * at a time, so a failure repeating on every frame cannot flood the screen.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);
    private final Localization i18n;
    private boolean showing;

    public UncaughtErrorHandler(Localization i18n) {
        this.i18n = i18n;
    }

    /** Installs this handler for every thread, the FX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught exception in thread {}", thread.getName(), error);
        try {
            Platform.runLater(this::show);
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("toolkit not running, no dialog");
        }
    }

    private void show() {
        if (showing) {
            return;
        }
        showing = true;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(i18n.get("dialog.error.title"));
        alert.setHeaderText(i18n.get("dialog.error.header"));
        alert.setContentText(i18n.get("error.unexpected"));
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
