package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.PendingMessage;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat across a lost connection (spec UX-4): the banner and its countdown, the composer
 * that stays open, the outbox (pending messages in order, sent on reconnect with their original
 * client message ids, refused ones with Retry and Delete) and the catch-up of the open room, on
 * both sides of its rule (a gap that fits the page is appended; a larger one shows the newest
 * page and the rest loads on scrolling up). The connection itself is the in-memory fake: its
 * listener events are called as {@code ServerConnection} calls them.
 */
class ChatViewModelReconnectTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "Work").withRoom(2, "random", "Else");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final AtomicReference<UiText> leftWith = new AtomicReference<>();
    private UserInfo alice;
    private UserInfo me;
    private ChatViewModel vm;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
        vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, Role.USER, null, leftWith::set, clock);
    }

    private SessionInfo session() {
        return new SessionInfo("token", me);
    }

    private List<String> texts() {
        return vm.messages().stream().map(MessageItem::text).toList();
    }

    private List<String> pendingTexts() {
        return vm.pendingMessages().stream().map(PendingMessage::text).toList();
    }

    private void write(String text) {
        vm.composer().textProperty().set(text);
        vm.composer().send();
    }

    private void seed(int from, int to) {
        for (int i = from; i <= to; i++) {
            service.seed(1, alice, "m" + i);
        }
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "m" + i).toList();
    }

    /** The connection drops: requests fail until it is back, and the chat hears it is reconnecting. */
    private void goOffline() {
        service.offline = true;
        vm.reconnecting(Duration.ofSeconds(2));
    }

    private void comeBack() {
        service.offline = false;
        vm.reconnected(session());
    }

    // The banner

    @Test
    void reconnecting_showsTheCountdownToTheNextAttemptWithRetryNow() {
        vm.reconnecting(Duration.ofSeconds(8));

        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.RECONNECTING);
        assertThat(vm.connection().bannerProperty().get()).isEqualTo(UiText.of("connection.lost_retrying", 8L));
        assertThat(vm.connection().canRetryProperty().get()).isTrue();

        clock.advance(Duration.ofMillis(3500));
        vm.tick();
        assertThat(vm.connection().bannerProperty().get()).isEqualTo(UiText.of("connection.lost_retrying", 5L));
    }

    @Test
    void retryNow_asksTheConnectionToAttemptAtOnce() {
        vm.reconnecting(Duration.ofSeconds(16));

        vm.connection().retryNow();

        assertThat(service.calls).contains("reconnectNow");
    }

    @Test
    void duringAnAttempt_theBannerSaysReconnectingWithoutRetry() {
        vm.reconnecting(Duration.ofSeconds(2));

        vm.reconnecting(null);

        assertThat(vm.connection().bannerProperty().get()).isEqualTo(UiText.of("connection.reconnecting"));
        assertThat(vm.connection().canRetryProperty().get()).isFalse();
        vm.connection().retryNow();
        assertThat(service.calls).doesNotContain("reconnectNow");
    }

    @Test
    void reconnected_saysConnectedForAMomentThenTheBannerGoes() {
        vm.start();
        vm.reconnecting(Duration.ofSeconds(2));

        vm.reconnected(session());

        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(vm.connection().bannerProperty().get()).isEqualTo(UiText.of("connection.restored"));
        clock.advance(Duration.ofSeconds(3));
        vm.tick();
        assertThat(vm.connection().bannerProperty().get()).isNull();
    }

    @Test
    void reconnected_clearsTheConnectionLostError() {
        vm.start();
        goOffline();
        vm.openRoom(service.rooms.get(2L));
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of(ErrorTexts.CONNECTION_LOST));

        comeBack();

        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void addressBlocked_saysWhyAndLocksTheComposer() {
        vm.start();

        vm.addressBlocked();

        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(vm.connection().bannerProperty().get()).isEqualTo(UiText.of("connection.blocked"));
        assertThat(vm.composer().writableProperty().get()).isFalse();
        assertThat(vm.connection().canRetryProperty().get()).isFalse();
    }

    @Test
    void sessionExpired_closesAndSignsOutWithANotice() {
        vm.start();
        vm.reconnecting(null);

        vm.sessionExpired();

        assertThat(service.closed).isTrue();
        assertThat(leftWith.get()).isEqualTo(UiText.of(ChatViewModel.SESSION_EXPIRED));
    }

    // The outbox

    @Test
    void whileReconnecting_theComposerStaysOpenAndMessagesWaitAsPendingInOrder() {
        vm.start();
        goOffline();

        assertThat(vm.composer().sendableProperty().get()).isTrue();
        write("one");
        write("two");

        assertThat(pendingTexts()).containsExactly("one", "two");
        assertThat(vm.pendingMessages()).allMatch(m -> m.status() == PendingMessage.Status.WAITING);
        assertThat(service.sends).as("nothing is tried while offline").isEmpty();
        assertThat(vm.composer().textProperty().get()).isEmpty();
    }

    @Test
    void onReconnect_pendingMessagesAreSentInOrderWithTheirOriginalIdsAndListedOnce() {
        vm.start();
        goOffline();
        write("one");
        write("two");
        List<UUID> ids = vm.pendingMessages().stream().map(PendingMessage::clientMessageId).toList();

        comeBack();

        assertThat(service.sends).extracting(FakeChatService.Sent::text).containsExactly("one", "two");
        assertThat(service.sends).extracting(FakeChatService.Sent::clientMessageId).containsExactlyElementsOf(ids);
        assertThat(vm.pendingMessages()).isEmpty();
        assertThat(texts()).containsExactly("one", "two");
    }

    @Test
    void aSendWhoseReplyWasLost_isResentFromTheOutboxWithTheSameIdAndStoredOnce() {
        vm.start();
        service.nextFailureAfterStoring = new UncheckedIOException(new IOException("connection closed"));

        write("hi");

        assertThat(service.sends).hasSize(2);
        assertThat(service.sends).extracting(FakeChatService.Sent::clientMessageId).containsOnly(service.sends.get(0).clientMessageId());
        assertThat(service.messages.get(1L)).extracting(MessageInfo::text).containsExactly("hi");
        assertThat(texts()).containsExactly("hi");
        assertThat(vm.pendingMessages()).isEmpty();
        assertThat(vm.composer().errorProperty().get()).isNull();
    }

    @Test
    void aSendThatFailsOnADeadConnection_isPendingUntilTheReconnectThenStoredOnce() {
        vm.start();
        service.offline = true; // dead, but no close has arrived yet: the chat still thinks it is connected
        write("lost");
        assertThat(pendingTexts()).containsExactly("lost");

        goOffline();
        comeBack();

        assertThat(service.sends).extracting(FakeChatService.Sent::clientMessageId).containsOnly(service.sends.get(0).clientMessageId());
        assertThat(service.messages.get(1L)).extracting(MessageInfo::text).containsExactly("lost");
        assertThat(texts()).containsExactly("lost");
    }

    @Test
    void aMessageWrittenWhileOthersWait_goesBehindThem() {
        vm.start();
        service.offline = true;
        write("first");
        service.offline = false; // the connection seems fine again, but "first" waits for its retry

        write("second");

        assertThat(pendingTexts()).containsExactly("first", "second");
        clock.advance(Duration.ofSeconds(5));
        vm.tick();
        assertThat(service.messages.get(1L)).extracting(MessageInfo::text).containsExactly("first", "second");
        assertThat(texts()).containsExactly("first", "second");
    }

    @Test
    void pendingMessages_showInTheirOwnRoomOnly() {
        vm.start();
        goOffline();
        write("for gen");
        service.offline = false;
        vm.openRoom(service.rooms.get(2L));

        assertThat(vm.pendingMessages()).isEmpty();
        vm.openRoom(service.rooms.get(1L));
        assertThat(pendingTexts()).containsExactly("for gen");
    }

    @Test
    void aRefusedPendingMessage_showsTheErrorWhileTheNextOnesGoOn() {
        vm.start();
        goOffline();
        write("much too long for the fake");
        write("fine");

        comeBack();

        assertThat(pendingTexts()).containsExactly("much too long for the fake");
        PendingMessage refused = vm.pendingMessages().get(0);
        assertThat(refused.status()).isEqualTo(PendingMessage.Status.FAILED);
        assertThat(refused.errorProperty().get().key()).isEqualTo("error.text_too_long");
        assertThat(texts()).containsExactly("fine");
    }

    @Test
    void retryPending_sendsTheRefusedMessageAgainWithTheSameId() {
        vm.start();
        goOffline();
        service.nextSendFailure = new ParleyException(ErrorCode.MUTED, Map.of("kind", "mute"));
        write("sorry");
        comeBack();
        PendingMessage refused = vm.pendingMessages().get(0);
        assertThat(refused.status()).isEqualTo(PendingMessage.Status.FAILED);

        vm.retryPending(refused);

        assertThat(service.sends).extracting(FakeChatService.Sent::clientMessageId).containsExactly(
                refused.clientMessageId(), refused.clientMessageId());
        assertThat(vm.pendingMessages()).isEmpty();
        assertThat(texts()).containsExactly("sorry");
    }

    @Test
    void deletePending_forgetsARefusedMessage() {
        vm.start();
        goOffline();
        write("much too long for the fake");
        comeBack();

        vm.deletePending(vm.pendingMessages().get(0));

        assertThat(vm.pendingMessages()).isEmpty();
        assertThat(service.sends).hasSize(1);
    }

    @Test
    void slowmodeRefusalOfAPendingMessage_waitsTheSecondsNamedAndResendsWithTheSameId() {
        vm.start();
        goOffline();
        write("one");
        write("two");
        service.nextSendFailure = new ParleyException(ErrorCode.SLOWMODE, Map.of("retryAfterSeconds", "7"));

        comeBack();
        assertThat(pendingTexts()).containsExactly("one", "two");
        clock.advance(Duration.ofSeconds(6));
        vm.tick();
        assertThat(service.sends).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        vm.tick();

        assertThat(service.sends).extracting(FakeChatService.Sent::text).containsExactly("one", "one", "two");
        assertThat(service.sends.get(1).clientMessageId()).isEqualTo(service.sends.get(0).clientMessageId());
        assertThat(texts()).containsExactly("one", "two");
    }

    // Catching up

    @Test
    void catchUp_aGapThatFitsThePage_isAppendedAndTheReaderStaysWhereTheyWere() {
        seed(1, 200);
        vm.start();
        assertThat(texts()).isEqualTo(range(151, 200));
        goOffline();
        seed(201, 240);

        comeBack();

        assertThat(texts()).isEqualTo(range(151, 240));
        assertThat(vm.hasOlderProperty().get()).isTrue();
        assertThat(service.calls).contains("open 1");
    }

    @Test
    void catchUp_refreshesHeldMessagesThatChangedWhileAway() {
        seed(1, 60);
        vm.start();
        goOffline();
        MessageInfo old = service.messages.get(1L).get(55);
        service.store(new MessageInfo(old.id(), 1, old.author(), "edited", old.created(), Instant.parse("2026-01-01T11:00:00Z")));
        seed(61, 62);

        comeBack();

        assertThat(texts()).hasSize(52).contains("edited").doesNotContain("m56").endsWith("m61", "m62");
    }

    @Test
    void catchUp_aGapLargerThanThePage_showsTheNewestPageAndTheRestLoadsOnScrollWithoutAGap() {
        seed(1, 200);
        vm.start();
        goOffline();
        seed(201, 350);

        comeBack();

        assertThat(texts()).isEqualTo(range(251, 350));
        assertThat(vm.hasOlderProperty().get()).isTrue();
        vm.loadOlder();
        vm.loadOlder();
        assertThat(texts()).isEqualTo(range(151, 350));
    }

    @Test
    void catchUp_liveMessagesDuringTheOpen_areListedOnceAfterThePage() {
        seed(1, 60);
        vm.start();
        goOffline();
        seed(61, 65);
        service.duringOpen = () -> service.post(1, alice, "live");

        comeBack();

        assertThat(texts()).endsWith("m64", "m65", "live").doesNotHaveDuplicates();
    }

    @Test
    void catchUp_ofAnEmptyRoom_showsWhatWasWrittenMeanwhile() {
        vm.start();
        goOffline();
        seed(1, 3);

        comeBack();

        assertThat(texts()).containsExactly("m1", "m2", "m3");
    }

    @Test
    void anOpenCutOffByTheLostConnection_isOpenedOnceItIsBack() {
        vm.start();
        service.offline = true;
        vm.openRoom(service.rooms.get(2L));
        assertThat(vm.currentRoomProperty().get()).isNull();
        vm.reconnecting(Duration.ofSeconds(2));
        service.seed(2, alice, "in random");

        comeBack();

        assertThat(vm.currentRoomProperty().get().id()).isEqualTo(2);
        assertThat(texts()).containsExactly("in random");
    }

    @Test
    void anOpenRefusedByTheServer_isNotRetriedByTheReconnect() {
        vm.start();
        service.nextFailure = new ParleyException(ErrorCode.ROOM_NOT_FOUND);
        vm.openRoom(service.rooms.get(2L));
        goOffline();

        comeBack();

        assertThat(vm.currentRoomProperty().get()).isNull();
    }

    @Test
    void reconnected_listsRoomsCreatedWhileAwayAndRunsTheHooks() {
        vm.start();
        AtomicInteger hooks = new AtomicInteger();
        vm.onReconnected(hooks::incrementAndGet);
        goOffline();
        service.withRoom(new RoomInfo(3, "new room", "", 0, false));

        comeBack();

        assertThat(vm.rooms()).extracting(RoomInfo::name).containsExactly("general", "random", "new room");
        assertThat(vm.currentRoomProperty().get().id()).isEqualTo(1);
        assertThat(hooks).hasValue(1);
    }

    @Test
    void reconnected_takesTheRoleTheResumeAnswered() {
        vm.start();
        goOffline();
        service.offline = false;

        vm.reconnected(new SessionInfo("token", me, Role.ADMIN));

        assertThat(vm.roleProperty().get()).isEqualTo(Role.ADMIN);
    }
}
