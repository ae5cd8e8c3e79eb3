package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PROTOCOL.md} cannot drift from the code: every {@code json} block is one frame that the
 * real codec decodes and re-encodes to the same JSON tree, every frame type has an example, and
 * every {@code ok} example's result reads as the result type of its request example.
 */
class ProtocolDocTest {
    private static final Pattern FENCE = Pattern.compile("^```([A-Za-z0-9_-]*)[ \\t]*\\R(.*?)^```[ \\t]*$",
            Pattern.MULTILINE | Pattern.DOTALL);

    private static String doc;
    private static List<String> jsonBlocks;
    private final FrameCodec codec = new FrameCodec();
    private final ObjectMapper mapper = Json.mapper();

    @BeforeAll
    static void readDoc() throws IOException {
        Path path = Path.of("PROTOCOL.md");
        if (!Files.isRegularFile(path)) {
            path = Path.of("shared-protocol", "PROTOCOL.md");
        }
        assertThat(path).as("PROTOCOL.md next to the shared-protocol pom").isRegularFile();
        doc = Files.readString(path, StandardCharsets.UTF_8);
        jsonBlocks = new ArrayList<>();
        Matcher m = FENCE.matcher(doc);
        while (m.find()) {
            if (m.group(1).equals("json")) {
                jsonBlocks.add(m.group(2).strip());
            }
        }
    }

    @Test
    void doc_hasJsonExamples() {
        assertThat(jsonBlocks).hasSizeGreaterThanOrEqualTo(SampleFrames.declaredTypes().size());
    }

    @Test
    void everyJsonBlock_isOneFrame_thatDecodesAndReencodesToTheSameTree() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String block : jsonBlocks) {
            JsonNode original = mapper.readTree(block);
            if (!original.isObject() || !original.path("type").isTextual()) {
                problems.add("not a frame: " + block);
                continue;
            }
            try {
                Frame frame = codec.decode(block);
                JsonNode again = mapper.readTree(codec.encode(frame));
                if (!again.equals(original)) {
                    problems.add("re-encodes differently:\n  doc:  " + original + "\n  code: " + again);
                }
            } catch (FrameCodec.DecodeException e) {
                problems.add(e.error().code().wireName() + " " + e.error().params() + ": " + block);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDeclaredFrameType_hasAnExample() throws IOException {
        Set<String> exampled = new HashSet<>();
        for (String block : jsonBlocks) {
            exampled.add(mapper.readTree(block).path("type").asText());
        }
        assertThat(exampled).containsAll(SampleFrames.declaredTypes().keySet());
    }

    /** An ok's result must bind to the result record of the preceding request with that id. */
    @Test
    void everyOkExample_readsAsTheResultOfItsRequestExample() throws IOException {
        Map<String, Request<?>> requests = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int oks = 0;
        for (String block : jsonBlocks) {
            Frame frame = codec.decode(block);
            if (frame instanceof Request<?> request) {
                requests.put(request.id(), request);
            } else if (frame instanceof Ok ok) {
                oks++;
                Request<?> request = requests.get(ok.id());
                if (request == null) {
                    problems.add("ok with no preceding request example of id " + ok.id());
                    continue;
                }
                Object result;
                try {
                    result = codec.result(ok, request.resultType());
                } catch (ParleyException e) {
                    problems.add("result of " + ok.id() + " is not a " + request.resultType().getSimpleName()
                            + ": " + e.getCause());
                    continue;
                }
                JsonNode again = mapper.readTree(mapper.writeValueAsString(result));
                JsonNode original = mapper.readTree(ok.result().toString());
                if (!again.equals(original)) {
                    problems.add(request.resultType().getSimpleName() + " differs:\n  doc:  " + original
                            + "\n  code: " + again);
                }
            }
        }
        assertThat(oks).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void errorTable_listsEveryErrorCode() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as("row for %s", code.wireName()).contains("| `" + code.wireName() + "` |");
        }
    }

    @Test
    void doc_statesTheLimits() {
        assertThat(doc).contains(Integer.toString(Limits.MAX_FRAME_BYTES))
                .contains(Integer.toString(Limits.TRANSPORT_BUFFER_BYTES))
                .contains(Limits.MAX_TEXT_LENGTH + " code points")
                .contains(Integer.toString(Limits.MAX_NESTING_DEPTH))
                .contains(Limits.MAX_NUMBER_LENGTH + " characters")
                .contains(Limits.MIN_USERNAME_LENGTH + "–" + Limits.MAX_USERNAME_LENGTH)
                .contains(Limits.USERNAME_PATTERN)
                .contains(Limits.MIN_PASSWORD_LENGTH + "–" + Limits.MAX_PASSWORD_LENGTH)
                .contains("1–" + Limits.MAX_PAGE_SIZE)
                .contains("default " + Limits.DEFAULT_PAGE_SIZE)
                .contains(Protocol.PATH + "`")
                .contains("protocol: " + Protocol.VERSION);
    }

    @Test
    void fencesAreBalanced_soNoExampleIsSwallowed() {
        long fences = doc.lines().filter(l -> l.startsWith("```")).count();
        assertThat(fences % 2).as("even number of ``` lines").isZero();
        if (fences == 0) {
            fail("no code blocks");
        }
    }
}
