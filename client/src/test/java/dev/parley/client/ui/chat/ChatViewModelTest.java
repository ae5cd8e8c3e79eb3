package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "Work").withRoom(2, "random", "Else");
    private final AtomicBoolean left = new AtomicBoolean();
    private UserInfo alice;
    private UserInfo me;
    private ChatViewModel vm;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
        vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, null, () -> left.set(true));
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
    void openRoom_closesThePreviousRoomAndShowsTheNewOne() {
        service.seed(2, alice, "hello random");
        vm.start();

        vm.openRoom(vm.rooms().get(1));

        assertThat(service.calls).containsSubsequence("open 1", "close 1", "open 2");
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
}
