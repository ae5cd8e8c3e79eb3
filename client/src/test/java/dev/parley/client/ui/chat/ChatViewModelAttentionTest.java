package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.ConversationList;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat's attention side (specs) on the in-memory service: counts from
 * {@code conversations} at start, counting live messages, opening at the first unread message
 * with the divider, marking read five seconds after opening on a manual clock (never by
 * sleeping), focus, which messages notify, the notifications switch, and pushes from the user's
 * other clients.
 */
class ChatViewModelAttentionTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T09:00:00Z"));
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "Work").withRoom(2, "random", "Else");
    private final List<AttentionViewModel.Alert> alerts = new ArrayList<>();
    private final List<Long> readRooms = new ArrayList<>();
    private UserInfo alice;
    private UserInfo me;
    private ChatViewModel vm;
    private RoomInfo privateChat;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
        privateChat = new RoomInfo(3, "alice,me", null, 0, false, RoomInfo.PRIVATE, null, List.of(), List.of(alice, me));
        service.withRoom(privateChat);
        vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, Role.USER, null, notice -> { }, clock);
        vm.attention().setOnAlert(alerts::add);
        vm.attention().onRead(readRooms::add);
        service.answers.put(MarkRead.class, r -> {
            MarkRead m = (MarkRead) r;
            return new ConversationState(m.room(), m.message(), 0, 0, true);
        });
        service.answers.put(SetNotify.class, r -> {
            SetNotify n = (SetNotify) r;
            return new ConversationState(n.room(), null, 0, 0, n.on());
        });
    }

    private void conversations(ConversationState... states) {
        service.answers.put(dev.parley.protocol.frame.ListConversations.class, r -> new ConversationList(List.of(states)));
    }

    private MessageInfo mention(long room, String text) {
        return service.seed(new MessageInfo(service.seed(room, alice, "placeholder").id() + 1, room, alice.id(), text, clock.instant(), null, null, null, 1, null, null,
                List.of(), null, List.of(me.id())));
    }

    @Test
    void start_takesTheCountsFromTheServer_andWatchesEveryConversation() {
        conversations(new ConversationState(1, 10L, 0, 0, true), new ConversationState(2, 4L, 7, 2, true),
                new ConversationState(3, 2L, 1, 0, false));

        vm.start();

        assertThat(vm.attention().state(2).unread()).isEqualTo(7);
        assertThat(vm.attention().state(2).mentions()).isEqualTo(2);
        assertThat(vm.attention().totalUnreadProperty().get()).isEqualTo(8);
        assertThat(vm.attention().anyMentionProperty().get()).isTrue();
        assertThat(service.requests(WatchRooms.class)).flatExtracting(WatchRooms::rooms).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void liveMessagesElsewhere_count_mentionsSeparately_ownMessagesAndTheOpenFocusedRoomDoNot() {
        vm.start();
        vm.attention().setWindowFocused(true);

        service.post(2, alice, "one");
        vm.messagePosted(mention(2, "@me look"), alice);
        service.post(1, alice, "in the open room");
        service.post(2, me, "mine from my phone");

        assertThat(vm.attention().state(1).unread()).isZero();
        // my own message (from another client of mine) means I read room 2 up to it
        assertThat(vm.attention().state(2).unread()).isZero();
        service.post(2, alice, "after mine");
        vm.messagePosted(mention(2, "@me again"), alice);
        assertThat(vm.attention().state(2).unread()).isEqualTo(2);
        assertThat(vm.attention().state(2).mentions()).isEqualTo(1);
    }

    @Test
    void historyLoadedFromTheServer_neverChangesTheCounts() {
        for (int i = 0; i < 120; i++) {
            service.seed(1, alice, "old " + i);
        }
        conversations(new ConversationState(1, 200L, 0, 0, true), new ConversationState(2, 4L, 3, 0, true));
        vm.start();

        vm.loadOlder();
        vm.loadOlder();

        assertThat(vm.messages()).hasSize(120);
        assertThat(vm.attention().totalUnreadProperty().get()).isEqualTo(3);
        assertThat(alerts).isEmpty();
    }

    @Test
    void openingAConversationWithUnread_loadsThePageAroundTheReadMarker_withTheDividerOnTheFirstNewMessage() {
        List<MessageInfo> stored = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            stored.add(service.seed(2, i == 150 ? me : alice, "m" + i));
        }
        long lastRead = stored.get(139).id();
        conversations(new ConversationState(2, lastRead, 60, 0, true));
        vm.start();

        vm.openRoom(vm.rooms().get(1));

        assertThat(service.calls).contains("open 2 around " + lastRead);
        List<MessageItem> divided = vm.messages().stream().filter(m -> m.firstUnreadProperty().get()).toList();
        assertThat(divided).extracting(MessageItem::text).containsExactly("m141");
        assertThat(vm.timeline().jumpProperty().get().message()).isEqualTo(divided.get(0).id());
        assertThat(vm.timeline().hasNewerProperty().get()).as("the newer part loads on scrolling down").isTrue();
    }

    @Test
    void openingAConversationWithNothingUnread_loadsTheNewestPage_withoutADivider() {
        for (int i = 1; i <= 60; i++) {
            service.seed(2, alice, "m" + i);
        }
        conversations(new ConversationState(2, 60L, 0, 0, true));
        vm.start();

        vm.openRoom(vm.rooms().get(1));

        assertThat(service.calls).contains("open 2").noneMatch(c -> c.startsWith("open 2 around"));
        assertThat(vm.messages()).noneMatch(m -> m.firstUnreadProperty().get());
    }

    @Test
    void theOpenConversation_isMarkedReadFiveSecondsAfterOpening_whileFocused() {
        for (int i = 1; i <= 5; i++) {
            service.seed(2, alice, "m" + i);
        }
        conversations(new ConversationState(2, 2L, 3, 0, true));
        vm.start();
        vm.attention().setWindowFocused(true);
        vm.openRoom(vm.rooms().get(1));

        clock.advance(Duration.ofMillis(4900));
        vm.tick();
        assertThat(service.requests(MarkRead.class)).isEmpty();
        assertThat(vm.attention().state(2).unread()).isEqualTo(3);

        clock.advance(Duration.ofMillis(100));
        vm.tick();
        assertThat(service.requests(MarkRead.class)).singleElement()
                .satisfies(r -> assertThat(List.of(r.room(), r.message())).containsExactly(2L, vm.messages().get(4).id()));
        assertThat(vm.attention().state(2).unread()).isZero();
        assertThat(readRooms).contains(2L);
    }

    @Test
    void leavingBeforeFiveSeconds_orLosingFocus_marksNothing_andFocusAgainStartsTheWaitAnew() {
        service.seed(1, alice, "general");
        service.seed(2, alice, "random");
        conversations(new ConversationState(1, null, 1, 0, true), new ConversationState(2, null, 1, 0, true));
        vm.start();
        vm.attention().setWindowFocused(true);
        clock.advanceSeconds(3);
        vm.openRoom(vm.rooms().get(1));
        vm.tick();
        clock.advanceSeconds(3);
        vm.attention().setWindowFocused(false);
        clock.advanceSeconds(30);
        vm.tick();
        assertThat(service.requests(MarkRead.class)).isEmpty();

        vm.attention().setWindowFocused(true);
        clock.advanceSeconds(4);
        vm.tick();
        assertThat(service.requests(MarkRead.class)).isEmpty();
        clock.advanceSeconds(1);
        vm.tick();
        assertThat(service.requests(MarkRead.class)).extracting(MarkRead::room).containsExactly(2L);
        assertThat(vm.attention().state(1).unread()).as("left after 3 s: still unread").isEqualTo(1);
    }

    @Test
    void aMessageInTheOpenFocusedConversation_isMarkedReadFiveSecondsLater() {
        vm.start();
        vm.attention().setWindowFocused(true);
        clock.advanceSeconds(10);
        vm.tick();
        assertThat(service.requests(MarkRead.class)).as("nothing to mark in an empty room").isEmpty();

        MessageInfo m = service.post(1, alice, "hi");
        clock.advanceSeconds(5);
        vm.tick();

        assertThat(service.requests(MarkRead.class)).extracting(MarkRead::message).containsExactly(m.id());
    }

    @Test
    void privateMessagesAndMentions_notify_whenTheirConversationIsNotOpen_orTheWindowIsUnfocused() {
        vm.start();
        vm.attention().setWindowFocused(true);

        MessageInfo plain = service.post(2, alice, "plain message elsewhere");
        MessageInfo privately = service.post(3, alice, "psst");
        vm.messagePosted(mention(2, "@me over here"), alice);
        service.post(1, alice, "plain in the open room");
        vm.messagePosted(mention(1, "@me in the open room"), alice);
        vm.attention().setWindowFocused(false);
        vm.messagePosted(mention(1, "@me while away"), alice);

        assertThat(alerts).extracting(a -> a.message().text()).containsExactly("psst", "@me over here", "@me while away");
        assertThat(alerts.get(0).room()).isEqualTo(privateChat);
        assertThat(alerts.get(0).author()).isEqualTo(alice);
        assertThat(alerts).noneMatch(a -> a.message().id() == plain.id());
        assertThat(privately.room()).isEqualTo(3);
    }

    @Test
    void notificationsSwitchedOff_forAConversation_silenceIt_butItStillCounts() {
        vm.start();

        vm.attention().setNotifications(3, false);
        service.post(3, alice, "psst");

        assertThat(service.requests(SetNotify.class)).singleElement().satisfies(r -> assertThat(r.on()).isFalse());
        assertThat(alerts).isEmpty();
        assertThat(vm.attention().state(3).unread()).isEqualTo(1);
        assertThat(vm.attention().state(3).notifications()).isFalse();
    }

    @Test
    void messagesOfBlockedUsers_neverNotify() {
        service.answers.put(dev.parley.protocol.frame.ListBlocks.class, r -> new dev.parley.protocol.model.UserList(List.of(alice)));
        vm.start();

        service.post(3, alice, "psst");

        assertThat(alerts).isEmpty();
    }

    @Test
    void readingOnAnotherClient_reachesThisOne() {
        conversations(new ConversationState(2, 4L, 5, 1, true));
        vm.start();

        vm.conversationChanged(new ConversationState(2, 9L, 0, 0, true));

        assertThat(vm.attention().state(2).unread()).isZero();
        assertThat(vm.attention().totalUnreadProperty().get()).isZero();
        assertThat(readRooms).containsExactly(2L);
    }

    @Test
    void aNewPrivateChatPushed_isListedAndWatched() {
        vm.start();
        RoomInfo chat = new RoomInfo(7, "bob,me", null, 0, false, RoomInfo.PRIVATE, null, List.of(),
                List.of(service.user("bob", "#00ff00"), me));
        service.withRoom(chat);

        vm.roomChanged(chat);

        assertThat(vm.rooms()).contains(chat);
        assertThat(vm.conversationName(chat)).isEqualTo("bob");
        assertThat(service.requests(WatchRooms.class)).extracting(WatchRooms::rooms).contains(List.of(7L));
        assertThat(Map.of("counted", vm.attention().state(7).unread())).containsEntry("counted", 0);
    }

    @Test
    void aFirstPrivateMessageOvertakingItsChatsRoomPush_notifiesOnceTheChatArrives() {
        vm.start();
        RoomInfo chat = new RoomInfo(8, "carl,me", null, 0, false, RoomInfo.PRIVATE, null, List.of(),
                List.of(service.user("carl", "#0000ff"), me));
        service.withRoom(chat);

        MessageInfo first = service.post(8, alice, "hello before the room");
        assertThat(alerts).isEmpty();
        vm.roomChanged(chat);

        assertThat(alerts).extracting(a -> a.message().id()).containsExactly(first.id());
        assertThat(vm.attention().state(8).unread()).isEqualTo(1);
    }
}
