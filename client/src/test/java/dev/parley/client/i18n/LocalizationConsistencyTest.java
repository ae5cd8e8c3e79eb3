package dev.parley.client.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundles honest: every key in both languages, no key that no code uses, no key
 * written twice. A key counts as used when its quoted literal appears in the client's main
 * sources or resources; {@code error.*} keys also count through {@link ErrorCode}.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/parley/client/i18n");
    private static final Path SOURCES = Path.of("src/main");

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> polish = load("messages_pl.properties").stringPropertyNames();

        assertThat(difference(english, polish)).as("keys missing in messages_pl.properties").isEmpty();
        assertThat(difference(polish, english)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void bundles_haveAKeyForEveryErrorCode() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();

        for (ErrorCode code : ErrorCode.values()) {
            assertThat(english).as("translation of " + code).contains(ErrorTexts.key(code));
        }
    }

    @Test
    void bundles_haveNoUnusedKeys() throws IOException {
        String code = mainSources();
        Set<String> byEnum = Arrays.stream(ErrorCode.values()).map(ErrorTexts::key).collect(Collectors.toSet());
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            if (!byEnum.contains(key) && !code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }

        assertThat(unused).as("bundle keys no code uses").isEmpty();
    }

    @Test
    void bundles_haveNoDuplicateKeys() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_pl.properties")) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.contains("=")) {
                    keys.add(t.substring(0, t.indexOf('=')).strip());
                }
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(k -> !seen.add(k)).toList()).as("duplicates in " + bundle).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml") || f.toString().endsWith(".css"))
                    .toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
