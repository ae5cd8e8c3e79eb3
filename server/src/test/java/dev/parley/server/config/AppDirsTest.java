package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void resolve_usesXdgDirectoriesOnLinux() {
        AppDirs dirs = AppDirs.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"));

        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/parley"));
        assertThat(dirs.hostedServerData()).isEqualTo(Path.of("/data/parley/hosted"));
    }

    @Test
    void resolve_fallsBackToDotDirectoriesWithoutXdg() {
        AppDirs dirs = AppDirs.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "relative"));

        assertThat(dirs.config()).isEqualTo(Path.of("/home/u/.config/parley"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/u/.local/share/parley"));
    }

    @Test
    void resolve_overrideWinsEverywhere() {
        AppDirs dirs = AppDirs.resolve("/tmp/p", "Windows 11", "C:/Users/u", Map.of());

        assertThat(dirs.config()).isEqualTo(Path.of("/tmp/p/config"));
        assertThat(dirs.data()).isEqualTo(Path.of("/tmp/p/data"));
    }
}
