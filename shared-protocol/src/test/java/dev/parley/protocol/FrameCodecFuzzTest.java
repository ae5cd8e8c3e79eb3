package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link FrameCodec#decode}: for any text it returns a frame or throws
 * {@link FrameCodec.DecodeException} with an error code, and nothing else escapes (no
 * NullPointerException, raw Jackson exception, StackOverflowError or OutOfMemoryError). A frame
 * that decodes encodes again and decodes to an equal frame, and encoding is stable.
 *
 * <p>In {@code mvn verify} each method runs once per stored input under
 * {@code src/test/resources/dev/parley/protocol/FrameCodecFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} the selected method is fuzzed (see {@code docs/fuzzing.md}).
 *
 * <p>A finding kept as regression inputs: a JSON number beyond the range of a double
 * ({@code 1e400}) inside an {@code ok} result used to be read as {@code Infinity} and written back
 * as the string {@code "Infinity"}; the codec now reads decimals exactly.
 */
class FrameCodecFuzzTest {
    private static final FrameCodec CODEC = new FrameCodec();

    /** Raw bytes read as UTF-8: the stored inputs for this method are plain frame text files. */
    @FuzzTest(maxDuration = "2m")
    void decode_anyText_givesFrameOrDecodeException(byte[] input) {
        assertDecodesOrRefuses(new String(input, StandardCharsets.UTF_8));
    }

    /** Text built from protocol fragments, so the fuzzer reaches the record binding quickly. */
    @FuzzTest(maxDuration = "2m")
    void decode_frameShapedText_givesFrameOrDecodeException(FuzzedDataProvider data) {
        assertDecodesOrRefuses(FuzzFrameText.frame(data));
    }

    /** Numbers beyond double range survive a round trip exactly (the class comment's finding). */
    @FuzzTest(maxDuration = "2m")
    void decode_numberBeyondDoubleRange_roundTrips(byte[] input) {
        assertDecodesOrRefuses(new String(input, StandardCharsets.UTF_8));
    }

    private static void assertDecodesOrRefuses(String text) {
        Frame frame;
        try {
            frame = CODEC.decode(text);
        } catch (FrameCodec.DecodeException refused) {
            assertThat(refused.error()).as("error of %s", refused).isNotNull();
            assertThat(refused.error().code()).as("code of %s", refused).isNotNull();
            if (refused.requestId() != null) {
                assertThat(refused.requestId().length()).isLessThanOrEqualTo(Limits.MAX_REQUEST_ID_LENGTH);
            }
            return;
        }
        assertThat(frame).isNotNull();
        String encoded = CODEC.encode(frame);
        Frame again;
        try {
            again = CODEC.decode(encoded);
        } catch (FrameCodec.DecodeException e) {
            throw new AssertionError("decoded frame " + frame + " re-encodes as " + encoded
                    + ", which does not decode: " + e.error().code().wireName() + " " + e.error().params(), e);
        }
        assertThat(again).as("re-decoded from %s", encoded).isEqualTo(frame);
        assertThat(CODEC.encode(again)).isEqualTo(encoded);
    }

}
