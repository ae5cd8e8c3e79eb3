package dev.parley.client.prefs;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One UTF-8 properties file that a preferences class reads at start and writes on change.
 * A missing or unreadable file means defaults (logged, never fatal); writes go to a temporary
 * file first so a crash mid-write cannot leave half a file.
 */
public final class PropertiesFile {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesFile.class);
    private final Path file;

    public PropertiesFile(Path file) {
        this.file = file;
    }

    public Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read preferences {}, using defaults: {}", file, e.toString());
            }
        }
        return p;
    }

    public void save(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Parley preferences");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write preferences {}: {}", file, e.toString());
        }
    }
}
