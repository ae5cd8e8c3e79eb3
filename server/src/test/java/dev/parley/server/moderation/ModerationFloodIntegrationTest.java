package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ModerationConfig;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flood protection (spec MOD-9): the same text, ignoring case and spacing, sent
 * {@code floodRepeats} (here 3) times within the window mutes the sender in that room
 * automatically, audit-logged with the server as actor; a resend of a message already stored
 * is not a repeat. Rate limits are off, so only the flood rule speaks.
 */
class ModerationFloodIntegrationTest {
    private static final ModerationConfig FLOOD_3_IN_60_S_MUTES_10_MIN =
            new ModerationConfig(false, 10, 0, 0, 0, 0, 3, 60, 10, List.of());
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    @TempDir
    static Path data;
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-06-01T08:00:00Z"));
    static TestServer server;
    static ParleyClient root;

    ParleyClient sender;
    long senderId;
    long room;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withModeration(FLOOD_3_IN_60_S_MUTES_10_MIN), CLOCK);
        root = server.superuser("root");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void sender() {
        int n = SEQUENCE.incrementAndGet();
        sender = server.user("sender" + n);
        senderId = root.await(i -> new FindUser(i, "sender" + n)).id();
        room = root.await(i -> new CreateRoom(i, "flood-" + n, "")).id();
    }

    @Test
    void sameTextThreeTimes_ignoringCaseAndSpacing_mutesTheSender_pushesAndAuditsIt() throws Exception {
        Refusals.Pushes pushes = new Refusals.Pushes(sender);
        sender.send(room, "Buy cheap pills");
        sender.send(room, "buy   CHEAP pills");

        ParleyException muted = refused(ErrorCode.MUTED, () -> sender.send(room, "  BUY cheap\tPILLS "));

        Instant until = CLOCK.instant().plus(Duration.ofMinutes(10));
        assertThat(muted.params()).containsEntry("reason", "flood").containsEntry("until", until.toString())
                .containsEntry("room", Long.toString(room));
        RestrictionChanged pushed = pushes.next(RestrictionChanged.class, Duration.ofSeconds(5));
        assertThat(pushed.restriction().kind()).isEqualTo(RestrictionKind.MUTE);
        assertThat(pushed.restriction().room()).isEqualTo(room);
        assertThat(pushed.restriction().active()).isTrue();
        List<AuditEntry> audit = root.await(i -> new ReadAudit(i, AuditAction.AUTO_MUTE, null, senderId, null, null, 10))
                .entries();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actor()).as("the server itself acted").isNull();
            assertThat(e.room()).isEqualTo(room);
        });
        refused(ErrorCode.MUTED, () -> sender.send(room, "something else entirely"));
        assertThat(sender.history(room, null, 50).messages()).extracting(MessageInfo::text)
                .containsExactly("Buy cheap pills", "buy   CHEAP pills");
    }

    @Test
    void autoMute_holdsOnlyInThatRoom_andEndsAfterTheMuteMinutes() {
        long general = TestServer.roomId(sender, "general");
        sender.send(room, "spam");
        sender.send(room, "spam");
        refused(ErrorCode.MUTED, () -> sender.send(room, "spam"));

        assertThat(sender.send(general, "hello elsewhere").text()).isEqualTo("hello elsewhere");
        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(sender.send(room, "sorry").text()).isEqualTo("sorry");
    }

    @Test
    void resendWithTheSameClientMessageId_isNotARepeat() {
        UUID first = UUID.randomUUID();
        MessageInfo stored = sender.send(room, first, "same");
        MessageInfo resent = sender.send(room, first, "same");
        assertThat(resent.id()).isEqualTo(stored.id());

        sender.send(room, "same");

        refused(ErrorCode.MUTED, () -> sender.send(room, "same"));
    }

    @Test
    void resendOfAnEarlierMessage_isNotARepeat() {
        // a client that lost its connection resends every message not acknowledged, oldest first
        UUID first = UUID.randomUUID();
        MessageInfo stored = sender.send(room, first, "ok");
        sender.send(room, UUID.randomUUID(), "ok");

        MessageInfo resent = sender.send(room, first, "ok");

        assertThat(resent.id()).isEqualTo(stored.id());
    }

    @Test
    void repeatsSpreadBeyondTheWindow_doNotMute() {
        sender.send(room, "good morning");
        sender.send(room, "good morning");
        CLOCK.advance(Duration.ofSeconds(61));

        assertThat(sender.send(room, "good morning").text()).isEqualTo("good morning");
    }
}
