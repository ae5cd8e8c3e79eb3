package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.FakeHosting;
import dev.parley.client.net.Hosting;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "Work").withRoom(2, "random", "Else");
    private final AtomicBoolean left = new AtomicBoolean();
    private final AtomicReference<UiText> leftNotice = new AtomicReference<>();
    private UserInfo alice;
    private UserInfo me;
    private ChatViewModel vm;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
        vm = viewModel(new SameThreadTaskExecutor(), null);
    }

    private ChatViewModel viewModel(TaskExecutor executor, Hosting hosting) {
        return new ChatViewModel(service, executor, me, hosting, notice -> {
            left.set(true);
            leftNotice.set(notice);
        });
    }

    /** Seeds 1,100 messages and pages back until the window dropped its newest end. */
    private void trimNewestEnd(ChatViewModel chat, ManualTaskExecutor executor) {
        for (int i = 1; i <= 1100; i++) {
            service.seed(1, alice, "m" + i);
        }
        chat.start();
        executor.runAll();
        for (int i = 0; i < 20; i++) {
            chat.loadOlder();
            executor.runAll();
        }
        assertThat(chat.messages().get(chat.messages().size() - 1).text()).as("newest end trimmed").isEqualTo("m1050");
    }

    private List<String> texts() {
        return vm.messages().stream().map(MessageItem::text).toList();
    }

    @Test
    void start_opensFirstRoomWithNewestPage() {
        for (int i = 1; i <= 120; i++) {
            service.seed(1, alice, "m" + i);
        }

        vm.start();

        assertThat(vm.rooms()).hasSize(2);
        assertThat(vm.currentRoomProperty().get().name()).isEqualTo("general");
        assertThat(vm.messages()).hasSize(ChatViewModel.PAGE_SIZE);
        assertThat(vm.messages().get(vm.messages().size() - 1).text()).isEqualTo("m120");
        assertThat(vm.hasOlderProperty().get()).isTrue();
    }

    @Test
    void loadOlder_prependsPagesUntilTheFirstMessage() {
        for (int i = 1; i <= 120; i++) {
            service.seed(1, alice, "m" + i);
        }
        vm.start();

        vm.loadOlder();
        vm.loadOlder();
        vm.loadOlder();

        assertThat(vm.messages()).hasSize(120);
        assertThat(vm.messages().get(0).text()).isEqualTo("m1");
        assertThat(vm.hasOlderProperty().get()).isFalse();
        assertThat(service.calls).filteredOn(c -> c.startsWith("history")).hasSize(2);
    }

    @Test
    void openRoom_keepsThePreviousRoomSubscribedAndShowsTheNewOne() {
        service.seed(2, alice, "hello random");
        vm.start();

        vm.openRoom(vm.rooms().get(1));

        // every conversation stays watched (unread counts, notifications): nothing is closed
        assertThat(service.calls).containsSubsequence("open 1", "open 2");
        assertThat(service.requests(dev.parley.protocol.frame.CloseRoom.class)).isEmpty();
        assertThat(vm.messages()).extracting(MessageItem::text).containsExactly("hello random");
    }

    @Test
    void messagePosted_appendsOnceAndIgnoresOtherRooms() {
        vm.start();
        MessageInfo live = new MessageInfo(500, 1, alice.id(), "live", Instant.now(), null);

        vm.messagePosted(live, alice);
        vm.messagePosted(live, alice);
        vm.messagePosted(new MessageInfo(501, 2, alice.id(), "elsewhere", Instant.now(), null), alice);

        assertThat(vm.messages()).extracting(MessageItem::text).containsExactly("live");
        assertThat(vm.messages().get(0).authorColor()).isEqualTo("#ff0000");
    }

    @Test
    void composerSend_appendsOwnStoredMessage() {
        vm.start();
        vm.composer().textProperty().set("hi all");

        vm.composer().send();

        assertThat(vm.messages()).extracting(MessageItem::text).containsExactly("hi all");
        assertThat(vm.messages().get(0).authorName()).isEqualTo("me");
    }

    @Test
    void disconnected_showsStateAndDisablesComposer() {
        vm.start();

        vm.disconnected();

        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of(ErrorTexts.CONNECTION_LOST));
        assertThat(vm.composer().availableProperty().get()).isFalse();
    }

    @Test
    void start_showsTranslatedServerErrorWhenRoomsFail() {
        service.nextFailure = new ParleyException(ErrorCode.NOT_AUTHENTICATED);

        vm.start();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.not_authenticated");
    }

    @Test
    void leave_closesConnectionAndReturns() {
        vm.start();

        vm.leave();

        assertThat(service.closed).isTrue();
        assertThat(left).isTrue();
    }

    @Test
    void messagePosted_outOfIdOrderEndsInIdOrder() {
        vm.start();

        vm.messagePosted(new MessageInfo(503, 1, alice.id(), "third", Instant.now(), null), alice);
        vm.messagePosted(new MessageInfo(501, 1, alice.id(), "first", Instant.now(), null), alice);
        vm.messagePosted(new MessageInfo(502, 1, alice.id(), "second", Instant.now(), null), alice);

        assertThat(texts()).containsExactly("first", "second", "third");
    }

    @Test
    void composerSend_ownMessageArrivingAfterALaterPushIsListed() {
        long before = service.seed(1, alice, "earlier").id();
        vm.start();
        // The next send is stored as before + 1; someone else's before + 2 is pushed first.
        vm.messagePosted(new MessageInfo(before + 2, 1, alice.id(), "later push", Instant.now(), null), alice);
        vm.composer().textProperty().set("mine");

        vm.composer().send();

        assertThat(texts()).containsExactly("earlier", "mine", "later push");
    }

    @Test
    void openRoom_keepsMessagePushedBeforeThePageArrives() {
        service.seed(1, alice, "old");
        service.duringOpen = () -> service.post(1, alice, "pushed during open");

        vm.start();

        assertThat(texts()).containsExactly("old", "pushed during open");
    }

    @Test
    void reachedNewest_keepsMessagePushedWhileTheNewerPageLoads() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ChatViewModel chat = viewModel(executor, null);
        trimNewestEnd(chat, executor);
        service.duringHistory = () -> service.post(1, alice, "pushed during load");

        chat.reachedNewest();
        executor.runAll();

        assertThat(chat.messages().get(chat.messages().size() - 1).text()).isEqualTo("pushed during load");
        assertThat(chat.messages().get(chat.messages().size() - 2).text()).isEqualTo("m1100");
        assertConsecutive(chat);
    }

    @Test
    void reachedNewest_sendsOneRequestWhileOneIsInFlight() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ChatViewModel chat = viewModel(executor, null);
        trimNewestEnd(chat, executor);

        chat.reachedNewest();
        chat.reachedNewest();
        chat.reachedNewest();
        executor.runAll();

        assertThat(service.requests(FetchHistory.class)).singleElement().satisfies(r -> assertThat(r.after()).isNotNull());
        assertThat(chat.messages().get(chat.messages().size() - 1).text()).isEqualTo("m1100");
        assertThat(chat.timeline().hasNewerProperty().get()).isFalse();
    }

    @Test
    void reachedNewest_whileAnOlderPageLoads_waitsAndLeavesNoGap() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ChatViewModel chat = viewModel(executor, null);
        trimNewestEnd(chat, executor);

        chat.loadOlder();
        chat.reachedNewest();
        executor.runAll();

        assertThat(chat.loadingOlderProperty().get()).isFalse();
        assertThat(service.requests(FetchHistory.class)).as("no newer page while an older one loads").isEmpty();
        chat.reachedNewest();
        assertThat(executor.pending()).as("a newer page was asked for").isEqualTo(1);
        executor.runAll();
        assertConsecutive(chat);
        assertThat(chat.messages()).hasSize(ChatViewModel.WINDOW_CAPACITY);
    }

    private static void assertConsecutive(ChatViewModel chat) {
        List<Long> ids = chat.messages().stream().map(MessageItem::id).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("no gap after " + ids.get(i - 1)).isEqualTo(ids.get(i - 1) + 1);
        }
    }

    @Test
    void openRoom_failureLeavesNoRoomOpenAndChoosingItAgainRetries() {
        service.seed(2, alice, "hello random");
        vm.start();
        service.nextFailure = new ParleyException(ErrorCode.ROOM_NOT_FOUND);

        vm.openRoom(vm.rooms().get(1));

        assertThat(vm.currentRoomProperty().get()).isNull();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.room_not_found");
        assertThat(vm.composer().availableProperty().get()).isFalse();
        assertThat(vm.messages()).isEmpty();

        vm.openRoom(vm.rooms().get(1));

        assertThat(vm.currentRoomProperty().get().name()).isEqualTo("random");
        assertThat(texts()).containsExactly("hello random");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.composer().availableProperty().get()).isTrue();
    }

    @Test
    void sessionEnded_closesConnectionAndSignsOutWithNotice() {
        vm.start();

        vm.sessionEnded();

        assertThat(service.closed).isTrue();
        assertThat(left).isTrue();
        assertThat(leftNotice.get()).isEqualTo(UiText.of(ChatViewModel.SESSION_ENDED));
    }

    @Test
    void stopHosting_showsAddressThenStopsServerAndLeaves() {
        FakeHosting hosting = new FakeHosting();
        hosting.start();
        ChatViewModel chat = viewModel(new SameThreadTaskExecutor(), hosting);
        chat.start();
        assertThat(chat.shareAddressProperty().get()).isEqualTo("192.168.1.5:8025");

        chat.stopHosting();

        assertThat(hosting.stops).isEqualTo(1);
        assertThat(hosting.current()).isNull();
        assertThat(service.closed).isTrue();
        assertThat(left).isTrue();
        assertThat(leftNotice.get()).isNull();
    }
}
