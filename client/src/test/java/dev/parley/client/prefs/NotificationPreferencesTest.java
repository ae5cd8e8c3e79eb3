package dev.parley.client.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationPreferencesTest {
    @TempDir
    Path config;

    @Test
    void soundEnabled_byDefault() {
        assertThat(new NotificationPreferences(config).soundEnabled()).isTrue();
    }

    @Test
    void saveSoundEnabled_isRememberedByTheNextRun() {
        new NotificationPreferences(config).saveSoundEnabled(false);

        assertThat(new NotificationPreferences(config).soundEnabled()).isFalse();
        assertThat(config.resolve("notifications.properties")).exists();
    }

    @Test
    void unknownStoredValue_meansTheDefault() throws Exception {
        Files.writeString(config.resolve("notifications.properties"), "sound.enabled=maybe\n");

        assertThat(new NotificationPreferences(config).soundEnabled()).isTrue();
    }
}
