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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundles honest: every key in both languages, every key the code asks for present
 * in both, no key that no code uses, no key written twice. A key counts as used when its quoted
 * literal appears in the client's main sources or resources; {@code error.*} keys also count
 * through {@link ErrorCode}. Keys the code asks for are found by the ways the code passes them
 * to the localization API (see {@link #usedKeys}).
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/parley/client/i18n");
    private static final Path SOURCES = Path.of("src/main");
    private static final String KEY = "\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"";
    /**
     * A key literal passed to the localization API: {@code i18n.text("k")}, {@code i18n.get("k")},
     * {@code UiText.of("k")}, a view helper taking the localization first ({@code label(i18n, "k")}),
     * and a switch arm choosing the key ({@code case X -> "k"}).
     */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?:\\bi18n\\.(?:text|get)\\(\\s*|\\bUiText\\.of\\(\\s*|\\b\\w+\\(\\s*i18n\\s*,\\s*|\\bcase\\s+[\\w.,\\s]+->\\s*)" + KEY);
    /** A constant passed to the localization API: {@code UiText.of(ErrorTexts.TIMEOUT)}. */
    private static final Pattern KEY_CONSTANT_USE = Pattern.compile(
            "(?:\\bi18n\\.(?:text|get)|\\bUiText\\.of)\\(\\s*(?:\\w+\\.)*([A-Z][A-Z0-9_]*)\\s*[,)]");
    private static final String CONSTANT_DECLARATION = "\\bString\\s+%s\\s*=\\s*" + KEY;

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
    void codeKeys_existInBothBundles() throws IOException {
        Set<String> used = usedKeys(mainSources());

        assertThat(used).as("keys found in code (is the pattern still right?)")
                .contains("app.title", "login.password", "theme.dark", "status.connected", "error.connection_lost");
        assertThat(difference(used, load("messages.properties").stringPropertyNames())).as("keys used in code but missing in messages.properties").isEmpty();
        assertThat(difference(used, load("messages_pl.properties").stringPropertyNames())).as("keys used in code but missing in messages_pl.properties").isEmpty();
    }

    @Test
    void usedKeys_findsEveryWayTheCodePassesAKey() {
        String code = """
                title.textProperty().bind(i18n.text("a.text"));
                alert.setTitle(i18n.get("a.get", 3));
                error.set(UiText.of("a.uitext"));
                Label l = label(i18n, "a.helper");
                i18n.get(switch (state) { case ONE -> "a.switch"; case TWO, THREE -> "a.switch2"; });
                public static final String MISSING = "a.constant";
                error.set(UiText.of(ErrorTexts.MISSING));
                String notAKey = "user.name";
                """;

        assertThat(usedKeys(code)).containsExactlyInAnyOrder(
                "a.text", "a.get", "a.uitext", "a.helper", "a.switch", "a.switch2", "a.constant");
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

    /** The keys {@code code} passes to the localization API, as literals or through constants. */
    static Set<String> usedKeys(String code) {
        Set<String> keys = new TreeSet<>();
        Matcher literal = KEY_LITERAL.matcher(code);
        while (literal.find()) {
            keys.add(literal.group(1));
        }
        Matcher constant = KEY_CONSTANT_USE.matcher(code);
        while (constant.find()) {
            Matcher declaration = Pattern.compile(String.format(CONSTANT_DECLARATION, constant.group(1))).matcher(code);
            while (declaration.find()) {
                keys.add(declaration.group(1));
            }
        }
        return keys;
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
