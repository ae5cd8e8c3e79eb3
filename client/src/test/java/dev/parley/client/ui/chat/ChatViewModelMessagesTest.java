package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The open room's messages changing in place (issue 3): pushes, users, anonymous rows, jumps, day banners. */
class ChatViewModelMessagesTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String THUMBS = "\uD83D\uDC4D";
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "");
    /** 23:50 in Warsaw on 10 June 2026. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-06-10T21:50:00Z"), WARSAW);
    private UserInfo alice;
    private UserInfo me;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
    }

    private ChatViewModel chat(TaskExecutor executor) {
        ChatViewModel vm = new ChatViewModel(service, executor, me, Role.USER, null, n -> { }, clock);
        vm.start();
        return vm;
    }

    private ChatViewModel chat() {
        return chat(new SameThreadTaskExecutor());
    }

    private static MessageInfo message(long id, Long author, String text, boolean anonymous, Instant created) {
        return new MessageInfo(id, 1, author, text, created, null, null, anonymous, 1, null, null, List.of(), null, List.of());
    }

    private MessageInfo seed(long id, UserInfo author, String text) {
        return service.seed(message(id, author.id(), text, false, Instant.parse("2026-06-10T10:00:00Z")));
    }

    @Test
    void messageChanged_updatesTheRowInPlace_keepingMyVote() {
        service.seed(new MessageInfo(5, 1, alice.id(), "Standup in 5", Instant.parse("2026-06-10T08:55:00Z"), null,
                null, null, 3, 1, null, List.of(), null, List.of()));
        ChatViewModel vm = chat();
        MessageItem row = vm.messages().get(0);
        List<ListChangeListener.Change<?>> listChanges = new ArrayList<>();
        vm.messages().addListener((ListChangeListener<MessageItem>) listChanges::add);

        vm.messageChanged(new MessageChanged(new MessageInfo(5, 1, alice.id(), "Standup in 10",
                Instant.parse("2026-06-10T08:55:00Z"), Instant.parse("2026-06-10T08:57:12Z"))));

        assertThat(vm.messages().get(0)).isSameAs(row);
        assertThat(listChanges).as("the list is not rebuilt").isEmpty();
        assertThat(row.text()).isEqualTo("Standup in 10");
        assertThat(row.edited()).isTrue();
        assertThat(row.time()).as("the newest version's time").isEqualTo(Instant.parse("2026-06-10T08:57:12Z"));
        assertThat(row.myVote()).as("pushes have no myVote: ours is kept").isEqualTo(1);
    }

    @Test
    void deletion_makesATombstone() {
        seed(5, alice, "oops");
        ChatViewModel vm = chat();

        vm.messageChanged(new MessageChanged(new MessageInfo(5, 1, alice.id(), null, Instant.parse("2026-06-10T10:00:00Z"), null,
                true, null, 1, null, null, List.of(), null, List.of())));

        assertThat(vm.messages().get(0).deleted()).isTrue();
        assertThat(vm.messages().get(0).text()).isEmpty();
        assertThat(vm.actions().canRespond(vm.messages().get(0))).isFalse();
    }

    @Test
    void scorePush_setsTheSum_andMyVoteOnlyFromMyOtherConnections() {
        seed(5, alice, "vote me");
        ChatViewModel vm = chat();
        MessageItem row = vm.messages().get(0);
        int revision = row.revisionProperty().get();

        vm.scoreChanged(new ScoreChanged(1L, 5L, 4, null));
        assertThat(row.score()).isEqualTo(4);
        assertThat(row.myVote()).isZero();
        assertThat(row.revisionProperty().get()).as("the row renders again").isGreaterThan(revision);

        vm.scoreChanged(new ScoreChanged(1L, 5L, 2, -1));
        assertThat(row.score()).isEqualTo(2);
        assertThat(row.myVote()).isEqualTo(-1);
    }

    @Test
    void reactionsPush_countsAndListsTheUser_andMarksMine() {
        seed(5, alice, "react");
        ChatViewModel vm = chat();
        MessageItem row = vm.messages().get(0);

        vm.reactionsChanged(new ReactionsChanged(1L, 5L, THUMBS, alice.id(), true, 1));
        vm.reactionsChanged(new ReactionsChanged(1L, 5L, THUMBS, me.id(), true, 2));
        vm.reactionsChanged(new ReactionsChanged(1L, 5L, "\uD83C\uDF89", alice.id(), true, 1));

        assertThat(row.reactions()).extracting(Reaction::emoji).containsExactly(THUMBS, "\uD83C\uDF89");
        assertThat(row.reactions().get(0).count()).isEqualTo(2);
        assertThat(row.reactions().get(0).users()).containsExactly(alice.id(), me.id());
        assertThat(row.reactions().get(0).byReader()).isTrue();

        vm.reactionsChanged(new ReactionsChanged(1L, 5L, THUMBS, me.id(), false, 1));
        vm.reactionsChanged(new ReactionsChanged(1L, 5L, "\uD83C\uDF89", alice.id(), false, 0));

        assertThat(row.reactions()).singleElement().satisfies(r -> {
            assertThat(r.users()).containsExactly(alice.id());
            assertThat(r.byReader()).isFalse();
        });
    }

    @Test
    void userPush_changesTheAuthorsNameAndColourLive() {
        seed(5, alice, "hi");
        ChatViewModel vm = chat();
        MessageItem row = vm.messages().get(0);

        vm.userChanged(new UserInfo(alice.id(), "alice", "Alice K.", "#00aa00", "On holiday", null));

        assertThat(row.authorName()).isEqualTo("Alice K.");
        assertThat(row.authorColor()).isEqualTo("#00aa00");
        assertThat(row.author().status()).isEqualTo("On holiday");
    }

    @Test
    void anonymousMessage_showsAnonymousToOthers_andAsTheirsToTheAuthor() {
        service.seed(message(5, null, "coffee machine broken", true, Instant.parse("2026-06-10T10:00:00Z")));
        service.seed(message(6, me.id(), "mine, anonymously", true, Instant.parse("2026-06-10T10:01:00Z")));
        ChatViewModel vm = chat();
        MessageItem theirs = vm.messages().get(0);
        MessageItem mine = vm.messages().get(1);

        assertThat(theirs.shownAsAnonymous()).isTrue();
        assertThat(theirs.authorName()).isNull();
        assertThat(theirs.authorId()).isEqualTo(-1);
        assertThat(vm.actionsFor(theirs.authorId(), null)).as("no moderation entries for an unknown author").isEmpty();
        assertThat(mine.shownAsAnonymous()).isFalse();
        assertThat(mine.anonymous()).isTrue();
        assertThat(mine.authorName()).isEqualTo("me");
        assertThat(vm.actions().canEdit(mine)).isTrue();
        assertThat(vm.actions().canDelete(mine)).isTrue();
    }

    @Test
    void unknownUsers_ofReactionsMentionsAndQuotes_areFetchedOnceInOneBatch() {
        UserInfo ola = service.user("ola", "#0000ff");
        UserInfo jan = service.user("jan", "#00ff00");
        UserInfo ewa = service.user("ewa", "#ff00ff");
        service.seed(new MessageInfo(5, 1, alice.id(), "@ola hi", Instant.parse("2026-06-10T10:00:00Z"), null, null, null, 1, null,
                new ReplyQuote(4, jan.id(), "earlier", null, null), List.of(new Reaction(THUMBS, 1, List.of(ewa.id()), null)),
                null, List.of(ola.id())));
        ChatViewModel vm = chat();

        assertThat(service.requests(FetchUsers.class)).singleElement()
                .satisfies(r -> assertThat(r.ids()).containsExactlyInAnyOrder(ola.id(), jan.id(), ewa.id()));
        assertThat(vm.users().name(jan.id())).isEqualTo("jan");

        vm.reactionsChanged(new ReactionsChanged(1L, 5L, THUMBS, ewa.id(), false, 0));
        vm.reactionsChanged(new ReactionsChanged(1L, 5L, THUMBS, ewa.id(), true, 1));
        assertThat(service.requests(FetchUsers.class)).as("known users are not fetched again").hasSize(1);
    }

    @Test
    void jumpTo_aMessageInTheWindow_scrollsWithoutLoading() {
        LongStream.rangeClosed(1, 10).forEach(i -> seed(i, alice, "m" + i));
        ChatViewModel vm = chat();

        vm.jumpTo(3);

        assertThat(vm.timeline().jumpProperty().get().message()).isEqualTo(3);
        assertThat(service.requests(FetchHistory.class)).isEmpty();
    }

    @Test
    void jumpTo_anOlderMessage_loadsThePageAroundIt_thenNewerPagesAtTheBottom() {
        LongStream.rangeClosed(1, 300).forEach(i -> seed(i, alice, "m" + i));
        ChatViewModel vm = chat();

        vm.jumpTo(40);

        assertThat(service.requests(FetchHistory.class)).singleElement().satisfies(r -> assertThat(r.around()).isEqualTo(40));
        assertThat(vm.messages()).extracting(MessageItem::id).startsWith(15L).endsWith(64L).hasSize(50);
        assertThat(vm.timeline().jumpProperty().get().message()).isEqualTo(40);
        assertThat(vm.timeline().hasNewerProperty().get()).isTrue();
        assertThat(vm.hasOlderProperty().get()).isTrue();

        service.post(1, alice, "live while in the past");
        assertThat(vm.messages()).as("a live message waits for the newer pages").hasSize(50);

        for (int i = 0; i < 10 && vm.timeline().hasNewerProperty().get(); i++) {
            vm.reachedNewest();
        }
        assertThat(vm.timeline().hasNewerProperty().get()).isFalse();
        assertThat(vm.messages().get(vm.messages().size() - 1).id()).isEqualTo(301);
        assertThat(vm.messages()).extracting(MessageItem::id).startsWith(15L).hasSize(287);
    }

    @Test
    void sendingWhileReadingBack_loadsTheNewestPageAndGoesToTheMessage() {
        LongStream.rangeClosed(1, 300).forEach(i -> seed(i, alice, "m" + i));
        ChatViewModel vm = chat();
        vm.jumpTo(40);
        assertThat(vm.timeline().hasNewerProperty().get()).isTrue();

        vm.composer().textProperty().set("back now");
        vm.composer().send();

        assertThat(vm.timeline().hasNewerProperty().get()).isFalse();
        MessageItem last = vm.messages().get(vm.messages().size() - 1);
        assertThat(last.text()).isEqualTo("back now");
        assertThat(vm.timeline().jumpProperty().get().message()).isEqualTo(last.id());
    }

    @Test
    void pushDuringAJump_isHeldBackAndAppliedAfterThePage() {
        LongStream.rangeClosed(1, 300).forEach(i -> seed(i, alice, "m" + i));
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ChatViewModel vm = chat(executor);
        executor.runAll();

        // The page is read before the edit is stored; the edit's push overtakes the page's reply.
        vm.jumpTo(40);
        vm.messageChanged(new MessageChanged(new MessageInfo(41, 1, alice.id(), "edited while loading",
                Instant.parse("2026-06-10T10:00:00Z"), Instant.parse("2026-06-10T10:05:00Z"))));
        vm.messagePosted(message(301, alice.id(), "new", false, Instant.now()), alice);
        executor.runAll();

        assertThat(vm.timeline().find(41).text()).isEqualTo("edited while loading");
        assertThat(vm.timeline().find(301)).as("the page around 40 does not reach the newest").isNull();
    }

    @Test
    void dayBanners_labelEachDay_andRollOverAtLocalMidnight() {
        service.seed(message(1, alice.id(), "older", false, Instant.parse("2026-06-07T09:00:00Z")));
        service.seed(message(2, alice.id(), "yesterday morning", false, Instant.parse("2026-06-09T06:00:00Z")));
        service.seed(message(3, alice.id(), "yesterday late", false, Instant.parse("2026-06-09T21:30:00Z")));
        service.seed(message(4, alice.id(), "just now", false, Instant.parse("2026-06-10T21:40:00Z")));
        ChatViewModel vm = chat();

        assertThat(banners(vm)).containsExactly(UiText.of("banner.date", java.time.LocalDate.of(2026, 6, 7)),
                UiText.of("banner.yesterday"), null, UiText.of("banner.today"));

        clock.advance(Duration.ofMinutes(5));
        vm.tick();
        assertThat(banners(vm)).as("still 23:55").endsWith(UiText.of("banner.today"));

        clock.advance(Duration.ofMinutes(10));
        vm.tick();
        assertThat(banners(vm)).as("00:05 the next day").containsExactly(UiText.of("banner.date", java.time.LocalDate.of(2026, 6, 7)),
                UiText.of("banner.days_ago", 2L), null, UiText.of("banner.yesterday"));
    }

    @Test
    void lastOwn_isTheNewestOwnMessageNotDeleted() {
        seed(1, me, "first of mine");
        seed(2, me, "second of mine");
        seed(3, alice, "not mine");
        ChatViewModel vm = chat();
        vm.messageChanged(new MessageChanged(new MessageInfo(2, 1, me.id(), null, Instant.parse("2026-06-10T10:00:00Z"), null,
                true, null, 1, null, null, List.of(), null, List.of())));

        assertThat(vm.timeline().lastOwn().text()).isEqualTo("first of mine");
    }

    private static List<UiText> banners(ChatViewModel vm) {
        return vm.messages().stream().map(m -> m.bannerProperty().get()).toList();
    }
}
