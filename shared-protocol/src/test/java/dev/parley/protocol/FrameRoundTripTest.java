package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.Request;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every frame type survives encode → decode unchanged and is tagged with its declared name. */
class FrameRoundTripTest {
    private final FrameCodec codec = new FrameCodec();
    private final ObjectMapper mapper = Json.mapper();

    static Stream<Frame> frames() {
        return SampleFrames.all().stream();
    }

    static Stream<Object> results() {
        return SampleFrames.results().stream();
    }

    @Test
    void samples_coverEveryDeclaredType() {
        Set<Class<?>> sampled = new HashSet<>();
        SampleFrames.all().forEach(f -> sampled.add(f.getClass()));
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(SampleFrames.declaredTypes().values());
    }

    @ParameterizedTest
    @MethodSource("frames")
    void encodeThenDecode_givesAnEqualFrame(Frame frame) {
        Frame decoded = codec.decode(codec.encode(frame));

        assertThat(decoded).isInstanceOf(frame.getClass());
        if (frame instanceof Ok ok) {
            Ok back = (Ok) decoded;
            assertThat(back.id()).isEqualTo(ok.id());
            assertThat(mapper.valueToTree(back.result()).toString()).isEqualTo(ok.result().toString());
        } else {
            assertThat(decoded).isEqualTo(frame);
        }
    }

    /** A result inside an {@code ok} reads back as the record the request names, field for field. */
    @ParameterizedTest
    @MethodSource("results")
    void result_insideAnOk_readsBackAsAnEqualRecord(Object result) {
        Ok ok = (Ok) codec.decode(codec.encode(new Ok("r1", codec.tree(result))));

        assertThat(codec.result(ok, result.getClass())).isEqualTo(result);
    }

    @ParameterizedTest
    @MethodSource("frames")
    void encode_writesTheDeclaredTypeName(Frame frame) throws Exception {
        JsonNode tree = mapper.readTree(codec.encode(frame));

        assertThat(tree.path("type").isTextual()).isTrue();
        assertThat(tree.get("type").textValue()).isEqualTo(SampleFrames.typeName(frame.getClass()));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void encode_writesExactlyTheTypeAndTheNonNullComponents(Frame frame) throws Exception {
        JsonNode tree = mapper.readTree(codec.encode(frame));

        Set<String> expected = new HashSet<>();
        expected.add("type");
        for (RecordComponent rc : frame.getClass().getRecordComponents()) {
            if (rc.getAccessor().invoke(frame) != null) {
                expected.add(rc.getName());
            }
        }
        Set<String> written = new HashSet<>();
        tree.fieldNames().forEachRemaining(written::add);
        assertThat(written).as("no nulls, no helper getters such as resultType or pageSize").isEqualTo(expected);
        tree.fields().forEachRemaining(e -> assertThat(e.getValue().isNull()).as(e.getKey()).isFalse());
    }

    @ParameterizedTest
    @MethodSource("frames")
    void requests_nameAResultType(Frame frame) {
        if (frame instanceof Request<?> request) {
            assertThat(request.resultType()).isNotNull();
            assertThat(request.resultType().isRecord()).isTrue();
        }
    }

    @Test
    void times_areIsoUtcStrings_andEditedIsOmittedWhenNeverEdited() throws Exception {
        JsonNode plain = mapper.readTree(codec.encode(new dev.parley.protocol.frame.MessagePosted(
                SampleFrames.PLAIN, SampleFrames.ANIA)));
        JsonNode edited = mapper.readTree(codec.encode(new dev.parley.protocol.frame.MessagePosted(
                SampleFrames.EDITED, SampleFrames.ANIA)));

        assertThat(plain.at("/message/created").textValue()).isEqualTo("2026-11-22T08:02:11.500Z");
        assertThat(plain.at("/message").has("edited")).isFalse();
        assertThat(edited.at("/message/created").textValue()).isEqualTo("2026-11-22T08:55:00Z");
        assertThat(edited.at("/message/edited").textValue()).isEqualTo("2026-11-22T08:56:30.250Z");
        assertThat(plain.at("/message/id").isIntegralNumber()).isTrue();
    }

    @Test
    void errorCodes_travelAsLowerCaseWireNames() throws Exception {
        for (ErrorCode code : ErrorCode.values()) {
            JsonNode tree = mapper.readTree(codec.encode(new dev.parley.protocol.frame.ErrorReply("e", code, null)));
            assertThat(tree.get("code").textValue()).isEqualTo(code.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(tree.get("params").isObject()).as("params always present").isTrue();
            assertThat(ErrorCode.fromWire(code.wireName())).isEqualTo(code);
        }
        assertThat(ErrorCode.fromWire("code_from_a_newer_server")).isEqualTo(ErrorCode.INTERNAL);
    }
}
