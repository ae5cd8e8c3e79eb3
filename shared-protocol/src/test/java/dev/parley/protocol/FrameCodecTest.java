package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a frame can be bad maps to the right {@link ErrorCode}, keeping the id when readable. */
class FrameCodecTest {
    private final FrameCodec codec = new FrameCodec();

    private FrameCodec.DecodeException rejected(String text) {
        FrameCodec.DecodeException e = catchThrowableOfType(FrameCodec.DecodeException.class, () -> codec.decode(text));
        assertThat(e).as("decode should fail: %s", text.length() > 200 ? text.substring(0, 200) + "…" : text).isNotNull();
        return e;
    }

    private void assertRejected(String text, ErrorCode code, String requestId) {
        FrameCodec.DecodeException e = rejected(text);
        assertThat(e.error().code()).isEqualTo(code);
        assertThat(e.requestId()).isEqualTo(requestId);
    }

    /** Refused with {@code code}, the id {@code r1} kept and exactly {@code params}. */
    private void assertRefused(String text, ErrorCode code, Map<String, String> params) {
        FrameCodec.DecodeException e = rejected(text);
        assertThat(e.error().code()).isEqualTo(code);
        assertThat(e.error().params()).isEqualTo(params);
        assertThat(e.requestId()).isEqualTo("r1");
    }

    private static String ban(String fields) {
        return "{\"type\":\"ban\",\"id\":\"r1\",\"user\":9" + fields + "}";
    }

    /** A valid {@code rooms} request padded with an ignored field to exactly {@code bytes} bytes of UTF-8. */
    private static String roomsFrameOf(int bytes, String padUnit) {
        String head = "{\"type\":\"rooms\",\"id\":\"r1\",\"pad\":\"";
        String tail = "\"}";
        int room = bytes - head.length() - tail.length();
        int unitBytes = padUnit.getBytes(StandardCharsets.UTF_8).length;
        String pad = padUnit.repeat(room / unitBytes) + "a".repeat(room % unitBytes);
        String frame = head + pad + tail;
        assertThat(frame.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return frame;
    }

    private static String nested(int depth) {
        // the frame object is level 1; the "x" value adds depth - 1 levels of arrays
        return "{\"type\":\"rooms\",\"id\":\"r1\",\"x\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    void decode_validRequest_givesTheRecord() {
        Frame frame = codec.decode("{\"type\":\"open\",\"id\":\"r1\",\"room\":5,\"limit\":20}");
        assertThat(frame).isEqualTo(new OpenRoom("r1", 5L, 20));
    }

    @Test
    void decode_unknownFields_areIgnored() {
        Frame frame = codec.decode("{\"type\":\"rooms\",\"id\":\"r1\",\"future\":{\"a\":[1,2]},\"z\":null}");
        assertThat(frame).isEqualTo(new ListRooms("r1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"type\":\"rooms\",", "not json", "{'type':'rooms','id':'r1'}",
        "{\"type\":\"rooms\",\"id\":\"r1\",}", "{\"type\":\"rooms\",\"id\":\"r1\" /* c */}",
        "{\"type\":\"rooms\",\"id\":\"r1\",\"x\":NaN}", ""})
    void decode_malformedJson_isMalformedFrame(String text) {
        assertRejected(text, ErrorCode.MALFORMED_FRAME, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"type\":\"rooms\",\"id\":\"r1\"}]", "[]", "5", "\"rooms\"", "true", "null"})
    void decode_jsonThatIsNotAnObject_isMalformedFrame(String text) {
        assertRejected(text, ErrorCode.MALFORMED_FRAME, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"rooms\",\"id\":\"r1\"} x", "{\"type\":\"rooms\",\"id\":\"r1\"}{}",
        "{\"type\":\"rooms\",\"id\":\"r1\"} 1", "{\"type\":\"rooms\",\"id\":\"r1\"}]"})
    void decode_trailingGarbage_isMalformedFrame(String text) {
        assertRejected(text, ErrorCode.MALFORMED_FRAME, null);
    }

    @Test
    void decode_missingType_isUnknownType_withId() {
        assertRejected("{\"id\":\"r1\",\"room\":5}", ErrorCode.UNKNOWN_TYPE, "r1");
    }

    @Test
    void decode_typeNotAString_isUnknownType_withId() {
        assertRejected("{\"type\":7,\"id\":\"r1\"}", ErrorCode.UNKNOWN_TYPE, "r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"teleport", "Rooms", "ROOMS", "Frame", "ListRooms", "dev.parley.protocol.frame.ListRooms", ""})
    void decode_unknownType_isUnknownType_namingIt(String type) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"" + type + "\",\"id\":\"r1\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
        assertThat(e.requestId()).isEqualTo("r1");
        assertThat(e.error().params()).containsEntry("type", type);
    }

    @Test
    void decode_missingRequiredField_isMissingField_namingIt() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"open\",\"id\":\"r1\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(e.error().params()).containsEntry("field", "room");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_requiredFieldNull_isMissingField() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"send\",\"id\":\"r1\",\"room\":1,"
                + "\"clientMessageId\":\"6f1c2a9e-3b7d-4c1a-9f0e-2d8b5a7c4e11\",\"text\":null}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(e.error().params()).containsEntry("field", "text");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_missingId_isMissingField_id() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"rooms\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(e.error().params()).containsEntry("field", "id");
        assertThat(e.requestId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "5.5", "5.0", "true", "[5]", "{\"id\":5}"})
    void decode_wrongJsonTypeForANumber_isInvalidField_notCoerced(String room) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"open\",\"id\":\"r1\",\"room\":" + room + "}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "room");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_stringWhereIntegerGoes_isInvalidField() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"hello\",\"id\":\"r1\",\"protocol\":\"1\",\"client\":\"bot\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "protocol");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.5", "true"})
    void decode_scalarWhereStringGoes_isInvalidField_notCoerced(String text) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"send\",\"id\":\"r1\",\"room\":1,"
                + "\"clientMessageId\":\"6f1c2a9e-3b7d-4c1a-9f0e-2d8b5a7c4e11\",\"text\":" + text + "}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "text");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_numericRequestId_isInvalidField_notTurnedIntoAString() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"rooms\",\"id\":5}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "id");
        assertThat(e.requestId()).as("the reply could not be matched to an id 5 anyway").isNull();
    }

    @Test
    void decode_badUuid_isInvalidField() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"send\",\"id\":\"r1\",\"room\":1,"
                + "\"clientMessageId\":\"not-a-uuid\",\"text\":\"hi\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "clientMessageId");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_numberOutOfLongRange_isInvalidField_namingTheField() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"open\",\"id\":\"r1\",\"room\":12345678901234567890}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "room");
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 1000})
    void decode_pageLimitOutOfRange_isInvalidField_withBounds(int limit) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"history\",\"id\":\"r1\",\"room\":1,\"limit\":" + limit + "}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).isEqualTo(Map.of("field", "limit", "min", "1", "max", "100"));
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 100})
    void decode_pageLimitAtBounds_isAccepted(int limit) {
        assertThat(codec.decode("{\"type\":\"history\",\"id\":\"r1\",\"room\":1,\"limit\":" + limit + "}")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void decode_nonPositiveRoomId_isInvalidField(String room) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"close\",\"id\":\"r1\",\"room\":" + room + "}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "room");
    }

    @Test
    void decode_requestIdOverLimit_isInvalidField_withoutEchoingIt() {
        String id = "a".repeat(Limits.MAX_REQUEST_ID_LENGTH + 1);
        FrameCodec.DecodeException e = rejected("{\"type\":\"rooms\",\"id\":\"" + id + "\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.error().params()).containsEntry("field", "id");
        assertThat(e.requestId()).isNull();
    }

    @Test
    void decode_requestIdAtLimit_isAccepted() {
        String id = "a".repeat(Limits.MAX_REQUEST_ID_LENGTH);
        assertThat(codec.decode("{\"type\":\"rooms\",\"id\":\"" + id + "\"}")).isEqualTo(new ListRooms(id));
    }

    @Test
    void decode_frameOfExactlyTheLimit_isAccepted() {
        assertThat(codec.decode(roomsFrameOf(Limits.MAX_FRAME_BYTES, "a"))).isEqualTo(new ListRooms("r1"));
    }

    @Test
    void decode_frameOneByteOverTheLimit_isFrameTooLarge() {
        FrameCodec.DecodeException e = rejected(roomsFrameOf(Limits.MAX_FRAME_BYTES + 1, "a"));
        assertThat(e.error().code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
        assertThat(e.error().params()).containsEntry("max", Integer.toString(Limits.MAX_FRAME_BYTES));
    }

    /** A full {@code fetch} piece is one string of 174,764 characters: the client codec must read it. */
    @Test
    void clientDecode_fullFetchPiece_isAccepted() {
        byte[] piece = new byte[Limits.FETCH_CHUNK_BYTES];
        java.util.Arrays.fill(piece, (byte) 7);
        String data = java.util.Base64.getEncoder().encodeToString(piece);
        String blob = "a".repeat(64);
        var chunk = new dev.parley.protocol.model.BlobChunk(blob, 0, piece.length, "image/png", data);
        String text = codec.encode(new dev.parley.protocol.frame.Ok("r1", codec.tree(chunk)));
        assertThat(text.length()).isLessThan(Limits.MAX_SERVER_FRAME_BYTES);

        FrameCodec client = FrameCodec.forClient();
        var ok = (dev.parley.protocol.frame.Ok) client.decode(text);
        assertThat(client.result(ok, dev.parley.protocol.model.BlobChunk.class)).isEqualTo(chunk);
    }

    @Test
    void decode_frameOverTheLimitInUtf8Bytes_butNotInChars_isFrameTooLarge() {
        String frame = roomsFrameOf(Limits.MAX_FRAME_BYTES + 3, "ł");
        assertThat(frame.length()).isLessThan(Limits.MAX_FRAME_BYTES);
        assertThat(rejected(frame).error().code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void decode_nestingAtTheLimit_isAccepted() {
        assertThat(codec.decode(nested(Limits.MAX_NESTING_DEPTH))).isEqualTo(new ListRooms("r1"));
    }

    @Test
    void decode_nestingDeeperThanTheLimit_isLimitExceeded() {
        assertRejected(nested(Limits.MAX_NESTING_DEPTH + 1), ErrorCode.LIMIT_EXCEEDED, null);
    }

    @Test
    void decode_numberLiteralAtTheLimit_isAccepted() {
        String digits = "1".repeat(Limits.MAX_NUMBER_LENGTH);
        assertThat(codec.decode("{\"type\":\"rooms\",\"id\":\"r1\",\"x\":" + digits + "}")).isEqualTo(new ListRooms("r1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1111111111111111111111111", "1.111111111111111111111111", "-1111111111111111111111111"})
    void decode_overLongNumberLiteral_isLimitExceeded(String number) {
        assertThat(number.length()).isGreaterThan(Limits.MAX_NUMBER_LENGTH);
        assertRejected("{\"type\":\"rooms\",\"id\":\"r1\",\"x\":" + number + "}", ErrorCode.LIMIT_EXCEEDED, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"rooms\",\"id\":\"r1\",\"id\":\"r2\"}",
        "{\"type\":\"rooms\",\"type\":\"logout\",\"id\":\"r1\"}",
        "{\"type\":\"rooms\",\"id\":\"r1\",\"x\":{\"a\":1,\"a\":1}}"})
    void decode_duplicateKeys_isLimitExceeded(String text) {
        assertRejected(text, ErrorCode.LIMIT_EXCEEDED, null);
    }

    @Test
    void secrets_areRedactedInToString() {
        String password = "hunter2-correct-horse";
        String token = "Wq3Yx0c1mZ8kVbQw2nR7tLs4pE9uH6aJfXyD5oG1iC0";
        assertThat(new Login("r1", "ania", password).toString()).doesNotContain(password).contains("ania");
        assertThat(new Register("r1", "ania", password, "Ania").toString()).doesNotContain(password).contains("ania");
        assertThat(new Resume("r1", token).toString()).doesNotContain(token).contains("r1");
        assertThat(new ChangePassword("r1", password, password + "-new").toString()).doesNotContain(password);
        assertThat(new SessionInfo(token, SampleFrames.ANIA).toString()).doesNotContain(token).contains("ania");
    }

    @Test
    void secrets_areRedactedInDecodedFrames() {
        Frame frame = codec.decode("{\"type\":\"login\",\"id\":\"r1\",\"username\":\"ania\",\"password\":\"s3cret-pass\"}");
        assertThat(frame.toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void result_readsTheOkAsTheRequestedType() {
        var ok = (dev.parley.protocol.frame.Ok) codec.decode("{\"type\":\"ok\",\"id\":\"r1\",\"result\":{\"token\":\"t\","
                + "\"user\":{\"id\":7,\"username\":\"ania\",\"displayName\":\"Ania\",\"color\":\"#c0392b\"}}}");
        assertThat(codec.result(ok, SessionInfo.class)).isEqualTo(new SessionInfo("t", SampleFrames.ANIA));
    }

    @Test
    void clientCodec_acceptsServerFramesLargerThanRequests_upToItsOwnLimit() {
        String chunk = "\"" + "y".repeat(50_000) + "\"";
        String big = "{\"type\":\"ok\",\"id\":\"p\",\"result\":{\"pad\":[" + String.join(",", chunk, chunk, chunk, chunk) + "]}}";
        assertThatThrownBy(() -> codec.decode(big)).isInstanceOfSatisfying(FrameCodec.DecodeException.class,
                e -> assertThat(e.error().code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE));
        assertThat(FrameCodec.forClient().decode(big)).isInstanceOf(dev.parley.protocol.frame.Ok.class);
        String tooBig = big.replace("]}}", "," + chunk + "," + chunk + "]}}");
        assertThatThrownBy(() -> FrameCodec.forClient().decode(tooBig)).isInstanceOfSatisfying(FrameCodec.DecodeException.class,
                e -> assertThat(e.error().code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE));
    }

    // ---- moderation frames (issue 5): the checks in the records' compact constructors ----

    @ParameterizedTest
    @ValueSource(longs = {59, 0, -1, Limits.MAX_BAN_SECONDS + 1, Long.MAX_VALUE})
    void decode_banDurationOutOfRange_isInvalidField_withBounds(long seconds) {
        assertRefused(ban(",\"kind\":\"ban\",\"room\":12,\"durationSeconds\":" + seconds), ErrorCode.INVALID_FIELD,
                Map.of("field", "durationSeconds", "min", "60", "max", Long.toString(Limits.MAX_BAN_SECONDS)));
    }

    @ParameterizedTest
    @ValueSource(longs = {Limits.MIN_BAN_SECONDS, 3600, Limits.MAX_BAN_SECONDS})
    void decode_banDurationAtBounds_isAccepted(long seconds) {
        assertThat(codec.decode(ban(",\"kind\":\"mute\",\"room\":12,\"durationSeconds\":" + seconds)))
                .isEqualTo(new Ban("r1", 9L, 12L, RestrictionKind.MUTE, seconds, null));
    }

    @Test
    void decode_banWithoutDurationOrRoom_isAnIndefiniteBanInEveryRoom() {
        assertThat(codec.decode(ban(",\"kind\":\"no_rooms\"")))
                .isEqualTo(new Ban("r1", 9L, null, RestrictionKind.NO_ROOMS, null, null));
    }

    @Test
    void decode_banWithoutKind_isMissingField_kind() {
        assertRefused(ban(",\"room\":12"), ErrorCode.MISSING_FIELD, Map.of("field", "kind"));
        assertRefused(ban(",\"room\":12,\"kind\":null"), ErrorCode.MISSING_FIELD, Map.of("field", "kind"));
    }

    @Test
    void decode_banWithoutUser_isMissingField_user() {
        assertRefused("{\"type\":\"ban\",\"id\":\"r1\",\"kind\":\"ban\"}", ErrorCode.MISSING_FIELD, Map.of("field", "user"));
    }

    /** An enum value the protocol does not have is refused like any other bad value, never read as null. */
    @ParameterizedTest
    @ValueSource(strings = {"\"kick\"", "\"\"", "\"bans\"", "5", "true", "[\"ban\"]"})
    void decode_unknownRestrictionKind_isInvalidField(String kind) {
        FrameCodec.DecodeException e = rejected(ban(",\"room\":12,\"kind\":" + kind));
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-12"})
    void decode_banInNonPositiveRoom_isInvalidField_room(String room) {
        assertRefused(ban(",\"kind\":\"ban\",\"room\":" + room), ErrorCode.INVALID_FIELD, Map.of("field", "room"));
    }

    @Test
    void decode_banReasonOverTheLimit_isInvalidField_reason() {
        String reason = "☔".repeat(Limits.MAX_REASON_LENGTH + 1);
        assertRefused(ban(",\"kind\":\"ban\",\"reason\":\"" + reason + "\""), ErrorCode.INVALID_FIELD,
                Map.of("field", "reason", "max", Integer.toString(Limits.MAX_REASON_LENGTH)));
    }

    @Test
    void decode_banReasonAtTheLimitInCodePoints_isAccepted() {
        String reason = "𝄞".repeat(Limits.MAX_REASON_LENGTH);
        assertThat(reason.length()).as("two UTF-16 units each").isEqualTo(2 * Limits.MAX_REASON_LENGTH);
        assertThat(((Ban) codec.decode(ban(",\"kind\":\"ban\",\"reason\":\"" + reason + "\""))).reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Guest12", "Guest12345", "guest1234", "GUEST1234", "Guest 1234", "Guestabcd", "Guest١٢٣٤",
        "ania", ""})
    void decode_guestNameNotGuestAndFourDigits_isInvalidField_name(String name) {
        assertRefused("{\"type\":\"guest\",\"id\":\"r1\",\"name\":\"" + name + "\"}", ErrorCode.INVALID_FIELD,
                Map.of("field", "name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#fff", "#12345g", "8e44ad", "#8e44ad0"})
    void decode_guestColourNotHex_isInvalidField_color(String color) {
        assertRefused("{\"type\":\"guest\",\"id\":\"r1\",\"name\":\"Guest0042\",\"color\":\"" + color + "\"}",
                ErrorCode.INVALID_FIELD, Map.of("field", "color"));
    }

    @Test
    void decode_guestWithNameAndColourOrNeither_isAccepted() {
        assertThat(codec.decode("{\"type\":\"guest\",\"id\":\"r1\",\"name\":\"Guest0042\",\"color\":\"#8E44ad\"}"))
                .isEqualTo(new dev.parley.protocol.frame.GuestLogin("r1", "Guest0042", "#8E44ad"));
        assertThat(codec.decode("{\"type\":\"guest\",\"id\":\"r1\"}"))
                .isEqualTo(new dev.parley.protocol.frame.GuestLogin("r1", null, null));
    }

    /** Only admin and user can be given: the superuser is made on the command line, guests by logging in. */
    @ParameterizedTest
    @ValueSource(strings = {"superuser", "guest"})
    void decode_setRoleToARoleThatCannotBeGiven_isInvalidField_role(String role) {
        assertRefused("{\"type\":\"set_role\",\"id\":\"r1\",\"user\":7,\"role\":\"" + role + "\"}",
                ErrorCode.INVALID_FIELD, Map.of("field", "role"));
    }

    @Test
    void decode_setRole_unknownRoleIsInvalidField_missingRoleIsMissingField() {
        FrameCodec.DecodeException unknown = rejected("{\"type\":\"set_role\",\"id\":\"r1\",\"user\":7,\"role\":\"god\"}");
        assertThat(unknown.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(unknown.requestId()).isEqualTo("r1");
        assertRefused("{\"type\":\"set_role\",\"id\":\"r1\",\"user\":7}", ErrorCode.MISSING_FIELD, Map.of("field", "role"));
    }

    @Test
    void decode_setRoleAdminOrUser_isAccepted() {
        assertThat(codec.decode("{\"type\":\"set_role\",\"id\":\"r1\",\"user\":7,\"role\":\"admin\"}"))
                .isEqualTo(new dev.parley.protocol.frame.SetRole("r1", 7L, Role.ADMIN));
        assertThat(codec.decode("{\"type\":\"set_role\",\"id\":\"r1\",\"user\":7,\"role\":\"user\"}"))
                .isEqualTo(new dev.parley.protocol.frame.SetRole("r1", 7L, Role.USER));
    }

    @Test
    void decode_updateRoomThatChangesNothing_isMissingField() {
        assertRefused("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12}", ErrorCode.MISSING_FIELD,
                Map.of("field", "topic"));
        assertRefused("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"topic\":null,\"closed\":null}",
                ErrorCode.MISSING_FIELD, Map.of("field", "topic"));
    }

    @Test
    void decode_updateRoomChangingOneThing_isAccepted_andAnEmptyTopicClearsIt() {
        assertThat(codec.decode("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"closed\":false}"))
                .isEqualTo(new UpdateRoom("r1", 12L, null, null, false));
        assertThat(codec.decode("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"slowmodeSeconds\":0}"))
                .isEqualTo(new UpdateRoom("r1", 12L, null, 0, null));
        assertThat(codec.decode("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"topic\":\"\"}"))
                .isEqualTo(new UpdateRoom("r1", 12L, "", null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Limits.MAX_SLOWMODE_SECONDS + 1})
    void decode_slowmodeOutOfRange_isInvalidField_withBounds(int seconds) {
        assertRefused("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"slowmodeSeconds\":" + seconds + "}",
                ErrorCode.INVALID_FIELD,
                Map.of("field", "slowmodeSeconds", "min", "0", "max", Integer.toString(Limits.MAX_SLOWMODE_SECONDS)));
    }

    @Test
    void decode_topicOverTheLimit_isInvalidField_topic() {
        String topic = "t".repeat(Limits.MAX_TOPIC_LENGTH + 1);
        Map<String, String> tooLong = Map.of("field", "topic", "max", Integer.toString(Limits.MAX_TOPIC_LENGTH));
        assertRefused("{\"type\":\"update_room\",\"id\":\"r1\",\"room\":12,\"topic\":\"" + topic + "\"}",
                ErrorCode.INVALID_FIELD, tooLong);
        assertRefused("{\"type\":\"create_room\",\"id\":\"r1\",\"name\":\"Board games\",\"topic\":\"" + topic + "\"}",
                ErrorCode.INVALID_FIELD, tooLong);
    }

    @Test
    void decode_createRoomName_isOneToSixtyFourCodePoints() {
        Map<String, String> bad = Map.of("field", "name", "max", Integer.toString(Limits.MAX_ROOM_NAME_LENGTH));
        assertRefused("{\"type\":\"create_room\",\"id\":\"r1\",\"name\":\"\"}", ErrorCode.INVALID_FIELD, bad);
        assertRefused("{\"type\":\"create_room\",\"id\":\"r1\",\"name\":\"" + "𝄞".repeat(Limits.MAX_ROOM_NAME_LENGTH + 1)
                + "\"}", ErrorCode.INVALID_FIELD, bad);
        assertRefused("{\"type\":\"create_room\",\"id\":\"r1\"}", ErrorCode.MISSING_FIELD, Map.of("field", "name"));
        String longest = "𝄞".repeat(Limits.MAX_ROOM_NAME_LENGTH);
        assertThat(codec.decode("{\"type\":\"create_room\",\"id\":\"r1\",\"name\":\"" + longest + "\"}"))
                .isEqualTo(new CreateRoom("r1", longest, null));
    }

    @ParameterizedTest
    @CsvSource({"bans, 0", "bans, 101", "audit, 0", "audit, -5", "audit, 101"})
    void decode_moderationPageLimitOutOfRange_isInvalidField_withBounds(String type, int limit) {
        assertRefused("{\"type\":\"" + type + "\",\"id\":\"r1\",\"limit\":" + limit + "}", ErrorCode.INVALID_FIELD,
                Map.of("field", "limit", "min", "1", "max", Integer.toString(Limits.MAX_PAGE_SIZE)));
    }

    @ParameterizedTest
    @CsvSource({"room, 0", "user, -1", "before, 0"})
    void decode_bansWithNonPositiveId_isInvalidField_namingIt(String field, long value) {
        assertRefused("{\"type\":\"bans\",\"id\":\"r1\",\"" + field + "\":" + value + "}", ErrorCode.INVALID_FIELD,
                Map.of("field", field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor", "target", "room", "before"})
    void decode_auditWithNonPositiveId_isInvalidField(String field) {
        FrameCodec.DecodeException e = rejected("{\"type\":\"audit\",\"id\":\"r1\",\"" + field + "\":0}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @Test
    void decode_auditWithUnknownAction_isInvalidField() {
        FrameCodec.DecodeException e = rejected("{\"type\":\"audit\",\"id\":\"r1\",\"action\":\"nuke\"}");
        assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.requestId()).isEqualTo("r1");
    }

    @ParameterizedTest
    @CsvSource({"unban, restriction", "cancel_ban, restriction", "block, user", "unblock, user", "user_addresses, user"})
    void decode_moderationRequestWithoutItsTarget_isMissingField(String type, String field) {
        assertRefused("{\"type\":\"" + type + "\",\"id\":\"r1\"}", ErrorCode.MISSING_FIELD, Map.of("field", field));
        assertRefused("{\"type\":\"" + type + "\",\"id\":\"r1\",\"" + field + "\":0}", ErrorCode.INVALID_FIELD,
                Map.of("field", field));
    }

    @ParameterizedTest
    @CsvSource({"appoint, room", "appoint, user", "demote, room", "demote, user"})
    void decode_appointOrDemoteWithoutRoomOrUser_isMissingField(String type, String missing) {
        String other = missing.equals("room") ? "user" : "room";
        assertRefused("{\"type\":\"" + type + "\",\"id\":\"r1\",\"" + other + "\":7}", ErrorCode.MISSING_FIELD,
                Map.of("field", missing));
    }

    @Test
    void decode_addressOverTheLimitOrEmpty_isInvalidField_address() {
        Map<String, String> bad = Map.of("field", "address", "max", Integer.toString(Limits.MAX_ADDRESS_LENGTH));
        String tooLong = "1".repeat(Limits.MAX_ADDRESS_LENGTH + 1);
        assertRefused("{\"type\":\"block_address\",\"id\":\"r1\",\"address\":\"" + tooLong + "\"}", ErrorCode.INVALID_FIELD, bad);
        assertRefused("{\"type\":\"unblock_address\",\"id\":\"r1\",\"address\":\"\"}", ErrorCode.INVALID_FIELD, bad);
        assertRefused("{\"type\":\"block_address\",\"id\":\"r1\"}", ErrorCode.MISSING_FIELD, Map.of("field", "address"));
    }

    @Test
    void decode_findUserNameOverTheLimit_isInvalidField_username() {
        assertRefused("{\"type\":\"find_user\",\"id\":\"r1\",\"username\":\"" + "a".repeat(Limits.MAX_USERNAME_LENGTH + 1)
                + "\"}", ErrorCode.INVALID_FIELD,
                Map.of("field", "username", "max", Integer.toString(Limits.MAX_USERNAME_LENGTH)));
    }

    /** Results from a server that predates a field still read, with the documented defaults. */
    @Test
    void result_roomInfoAndSessionInfoWithoutTheModerationFields_readWithDefaults() {
        var rooms = (dev.parley.protocol.frame.Ok) codec.decode("{\"type\":\"ok\",\"id\":\"r1\",\"result\":"
                + "{\"id\":1,\"name\":\"general\",\"slowmodeSeconds\":0,\"closed\":false}}");
        RoomInfo room = codec.result(rooms, RoomInfo.class);
        assertThat(room.kind()).isEqualTo(RoomInfo.FIXED);
        assertThat(room.owner()).isNull();
        assertThat(room.moderators()).isEmpty();

        var session = (dev.parley.protocol.frame.Ok) codec.decode("{\"type\":\"ok\",\"id\":\"r1\",\"result\":{\"token\":\"t\","
                + "\"user\":{\"id\":7,\"username\":\"ania\",\"displayName\":\"Ania\",\"color\":\"#c0392b\"}}}");
        assertThat(codec.result(session, SessionInfo.class).role()).isEqualTo(Role.USER);
    }

    @Test
    void result_roleTravelsAsItsLowerCaseName() {
        var ok = (dev.parley.protocol.frame.Ok) codec.decode("{\"type\":\"ok\",\"id\":\"r1\",\"result\":{\"token\":\"t\","
                + "\"user\":{\"id\":311,\"username\":\"Guest0042\",\"displayName\":\"Guest0042\",\"color\":\"#8e44ad\"},"
                + "\"role\":\"guest\"}}");
        assertThat(codec.result(ok, SessionInfo.class).role()).isEqualTo(Role.GUEST);
        assertThat(codec.tree(new SessionInfo("t", SampleFrames.ANIA, Role.SUPERUSER)).get("role").textValue())
                .isEqualTo("superuser");
    }
}
