package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ParleyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad config value stops start-up with a message naming the key, the value and what is allowed. */
class ConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void parse_fullFile_givesTheConfiguredRooms() {
        ServerConfig config = ConfigFile.parse("""
                host: 127.0.0.1
                port: 9000
                registration: closed
                rooms:
                  - name: general
                    topic: Work
                    slowmode: 5
                  - name: random
                """, "test").toConfig(dir);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.registrationOpen()).isFalse();
        assertThat(config.rooms()).containsExactly(new RoomConfig("general", "Work", 5), new RoomConfig("random", "", 0));
    }

    @Test
    void parse_emptyFile_givesDefaults() {
        ServerConfig config = ConfigFile.parse("", "test").toConfig(dir);
        assertThat(config.port()).isEqualTo(ServerConfig.DEFAULT_PORT);
        assertThat(config.rooms()).isEqualTo(ServerConfig.DEFAULT_ROOMS);
        assertThat(config.dataDir()).isEqualTo(dir);
    }

    @Test
    void negativeSlowmode_namesKeyValueAndAllowedRange() {
        assertThatThrownBy(() -> ConfigFile.parse("rooms:\n  - name: general\n    slowmode: -5\n", "t").toConfig(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rooms[general].slowmode")
                .hasMessageContaining("'-5'")
                .hasMessageContaining("0..86400");
    }

    @Test
    void portOutOfRange_namesKeyValueAndAllowedRange() {
        assertThatThrownBy(() -> ConfigFile.parse("port: 70000\n", "t").toConfig(dir))
                .hasMessageContaining("'port'").hasMessageContaining("'70000'").hasMessageContaining("0..65535");
    }

    @Test
    void portNotANumber_namesTheKey() {
        assertThatThrownBy(() -> ConfigFile.parse("port: eighty\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'port'").hasMessageContaining("integer");
    }

    @Test
    void unknownKey_isRefusedWithTheAllowedKeys() {
        assertThatThrownBy(() -> ConfigFile.parse("prot: 80\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'prot'").hasMessageContaining("host, port");
    }

    @Test
    void badRegistrationValue_isRefused() {
        assertThatThrownBy(() -> ConfigFile.parse("registration: maybe\n", "t").toConfig(dir))
                .hasMessageContaining("'registration'").hasMessageContaining("'maybe'").hasMessageContaining("open or closed");
    }

    @Test
    void duplicateRoomNames_areRefused() {
        assertThatThrownBy(() -> ConfigFile.parse("rooms:\n  - name: General\n  - name: general\n", "t").toConfig(dir))
                .hasMessageContaining("rooms[].name").hasMessageContaining("unique");
    }

    @Test
    void blankRoomName_isRefused() {
        assertThatThrownBy(() -> ConfigFile.parse("rooms:\n  - name: '  '\n", "t").toConfig(dir))
                .hasMessageContaining("rooms[].name");
    }

    @Test
    void missingFile_isReportedByPath() {
        assertThatThrownBy(() -> ConfigFile.read(dir.resolve("nope.yml"))).hasMessageContaining("nope.yml");
    }

    @Test
    void configuredRooms_areCreated_andUpdatedOnRestart_keepingTheirIds() throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, "host: 127.0.0.1\nport: 0\nrooms:\n  - name: ops\n    topic: Pager duty\n    slowmode: 30\n");
        long id;
        try (ParleyServer server = ParleyServer.start(ConfigFile.read(file).toConfig(dir.resolve("data")))) {
            var client = new dev.parley.protocol.client.ParleyConnector().connect(server.address());
            client.hello("t");
            client.register("alice", "correct horse");
            var rooms = client.rooms().rooms();
            assertThat(rooms).hasSize(1);
            assertThat(rooms.get(0).name()).isEqualTo("ops");
            assertThat(rooms.get(0).slowmodeSeconds()).isEqualTo(30);
            id = rooms.get(0).id();
            client.close();
        }
        Files.writeString(file, "host: 127.0.0.1\nport: 0\nrooms:\n  - name: ops\n    topic: On call\n");
        try (ParleyServer server = ParleyServer.start(ConfigFile.read(file).toConfig(dir.resolve("data")))) {
            var client = new dev.parley.protocol.client.ParleyConnector().connect(server.address());
            client.hello("t");
            client.login("alice", "correct horse");
            var room = client.rooms().rooms().get(0);
            assertThat(room.id()).isEqualTo(id);
            assertThat(room.topic()).isEqualTo("On call");
            assertThat(room.slowmodeSeconds()).isZero();
            client.close();
        }
    }

    @Test
    void moderationKeys_reachTheConfig_andAbsentOnesKeepTheirDefaults() {
        ServerConfig config = ConfigFile.parse("""
                guests: true
                trustedProxies: [10.0.0.2, "::1"]
                spam:
                  userMessagesPerMinute: 12
                  userBurst: 3
                  floodRepeats: 0
                """, "t").toConfig(dir);

        ModerationConfig m = config.moderation();
        assertThat(m.guests()).isTrue();
        assertThat(m.trustedProxies()).containsExactly("10.0.0.2", "0:0:0:0:0:0:0:1");
        assertThat(m.userMessagesPerMinute()).isEqualTo(12);
        assertThat(m.userBurst()).isEqualTo(3);
        assertThat(m.floodRepeats()).isZero();
        assertThat(m.addressMessagesPerMinute()).isEqualTo(ModerationConfig.DEFAULTS.addressMessagesPerMinute());
        assertThat(m.maxRoomsPerUser()).isEqualTo(ModerationConfig.DEFAULTS.maxRoomsPerUser());
    }

    @Test
    void noModerationKeys_giveTheDefaults_guestsOff() {
        assertThat(ConfigFile.parse("port: 9000\n", "t").toConfig(dir).moderation()).isEqualTo(ModerationConfig.DEFAULTS);
        assertThat(ModerationConfig.DEFAULTS.guests()).isFalse();
    }

    @Test
    void aTrustedProxyThatIsAHostName_isRefused_withoutALookup() {
        assertThatThrownBy(() -> ConfigFile.parse("trustedProxies: [proxy.example.com]\n", "t").toConfig(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("trustedProxies").hasMessageContaining("proxy.example.com");
    }

    @Test
    void unknownSpamKey_isRefusedWithTheSpamKeys() {
        assertThatThrownBy(() -> ConfigFile.parse("spam:\n  floodRepeat: 3\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("floodRepeat").hasMessageContaining("floodRepeats");
    }

    @Test
    void badSpamValues_nameKeyAndRange() {
        assertThatThrownBy(() -> ConfigFile.parse("spam:\n  floodRepeats: 1\n", "t").toConfig(dir))
                .hasMessageContaining("spam.floodRepeats").hasMessageContaining("2..1000");
        assertThatThrownBy(() -> ConfigFile.parse("spam:\n  userMessagesPerMinute: -1\n", "t").toConfig(dir))
                .hasMessageContaining("spam.userMessagesPerMinute");
        assertThatThrownBy(() -> ConfigFile.parse("spam:\n  userMessagesPerMinute: 10\n  userBurst: 0\n", "t").toConfig(dir))
                .hasMessageContaining("spam.userBurst");
    }

    @Test
    void uploadKeys_reachTheConfig_andAbsentOnesKeepTheirDefaults() {
        UploadsConfig u = ConfigFile.parse("uploads:\n  maxPictureBytes: 2097152\n  maxPicturePixels: 1000000\n", "t")
                .toConfig(dir).uploads();
        assertThat(u.maxPictureBytes()).isEqualTo(2_097_152L);
        assertThat(u.maxPicturePixels()).isEqualTo(1_000_000L);
        assertThat(u.maxFileBytes()).isEqualTo(UploadsConfig.DEFAULT_MAX_FILE_BYTES);
        assertThat(ConfigFile.parse("port: 9000\n", "t").toConfig(dir).uploads()).isEqualTo(UploadsConfig.DEFAULTS);
        assertThat(UploadsConfig.DEFAULTS).isEqualTo(new UploadsConfig(10_485_760L, 26_214_400L, 25_000_000L));
    }

    @Test
    void badUploadValues_nameKeyValueAndRange() {
        assertThatThrownBy(() -> ConfigFile.parse("uploads:\n  maxPictureBytes: 0\n", "t").toConfig(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'uploads.maxPictureBytes'")
                .hasMessageContaining("'0'").hasMessageContaining("1024..1073741824 bytes");
        assertThatThrownBy(() -> ConfigFile.parse("uploads:\n  maxFileBytes: 5000000000\n", "t").toConfig(dir))
                .hasMessageContaining("'uploads.maxFileBytes'").hasMessageContaining("'5000000000'")
                .hasMessageContaining("1024..4294967296 bytes");
        assertThatThrownBy(() -> ConfigFile.parse("uploads:\n  maxPicturePixels: 200000000\n", "t").toConfig(dir))
                .hasMessageContaining("'uploads.maxPicturePixels'").hasMessageContaining("1..100000000 pixels");
        assertThatThrownBy(() -> ConfigFile.parse("uploads:\n  maxPicturePixels: lots\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'uploads.maxPicturePixels'")
                .hasMessageContaining("integer number of pixels");
    }

    @Test
    void unknownUploadKey_isRefusedWithTheUploadKeys() {
        assertThatThrownBy(() -> ConfigFile.parse("uploads:\n  maxPictureSize: 3\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("maxPictureSize")
                .hasMessageContaining("maxPictureBytes, maxFileBytes, maxPicturePixels");
    }
}
