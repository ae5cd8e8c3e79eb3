package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.UserDirectory;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.ui.chat.QuickSwitcherViewModel.Entry;
import dev.parley.client.ui.chat.QuickSwitcherViewModel.Kind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The quick switcher's rules: what matches, in which order, what is hidden, what Enter opens. */
class QuickSwitcherViewModelTest {
    private static final long ME = 1;
    private static final UserInfo SELF = new UserInfo(ME, "me", "Me Myself", "#000000");
    private static final UserInfo ANNA = new UserInfo(2, "anna", "Anna Nowak", "#000000");
    private static final UserInfo BOB = new UserInfo(3, "bob", "Bob Genovese", "#000000");
    private static final UserInfo CHRIS = new UserInfo(4, "chris", null, "#000000");

    private final ObservableList<RoomInfo> rooms = FXCollections.observableArrayList();
    private final UserDirectory users = new UserDirectory(new FakeChatService(), new SameThreadTaskExecutor());
    private final SimpleObjectProperty<RoomInfo> current = new SimpleObjectProperty<>();
    private final List<RoomInfo> openedRooms = new ArrayList<>();
    private final List<Long> openedPrivate = new ArrayList<>();
    private final Set<Long> noPrivateChat = new HashSet<>(Set.of(ME));

    private QuickSwitcherViewModel switcher() {
        return new QuickSwitcherViewModel(rooms, users, ME, current, openedRooms::add, openedPrivate::add,
                id -> !noPrivateChat.contains(id));
    }

    private static RoomInfo room(long id, String name) {
        return new RoomInfo(id, name, "", 0, false);
    }

    private static RoomInfo privateChat(long id, UserInfo other) {
        return new RoomInfo(id, "private-" + id, "", 0, false, RoomInfo.PRIVATE, null, List.of(), List.of(SELF, other));
    }

    private static List<String> names(QuickSwitcherViewModel vm) {
        return vm.results().stream().map(Entry::name).toList();
    }

    @Test
    void noQuery_listsTheConversationsInSidebarOrder_withTheOpenOneLast_andNoOtherUsers() {
        RoomInfo general = room(10, "general");
        rooms.setAll(general, room(11, "random"), privateChat(12, ANNA));
        users.putAll(List.of(SELF, ANNA, BOB));
        current.set(general);

        QuickSwitcherViewModel vm = switcher();

        assertThat(names(vm)).containsExactly("random", "Anna Nowak", "general");
        assertThat(vm.results()).extracting(Entry::kind).containsExactly(Kind.ROOM, Kind.PRIVATE_CHAT, Kind.ROOM);
        assertThat(vm.selectedIndexProperty().get()).isZero();
    }

    @Test
    void query_ignoresCaseAndAccents() {
        rooms.setAll(room(10, "Łódź office"), room(11, "general"));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("LODZ");

        assertThat(names(vm)).containsExactly("Łódź office");
    }

    @Test
    void query_ranksWordPrefixesBeforeSubstrings_thenConversationsBeforeUsers() {
        rooms.setAll(room(10, "regenerate"), room(11, "general"), room(12, "dev-gen-tools"));
        users.putAll(List.of(SELF, BOB, ANNA));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("gen");

        // Word prefixes: the rooms "general" and "dev-gen-tools" (sidebar order), then the user
        // whose last name starts with it; then the substring match "regenerate".
        assertThat(names(vm)).containsExactly("general", "dev-gen-tools", "Bob Genovese", "regenerate");
        assertThat(vm.results()).extracting(Entry::kind).containsExactly(Kind.ROOM, Kind.ROOM, Kind.USER, Kind.ROOM);
    }

    @Test
    void query_matchesUsersByUserNameToo_andShowsTheirShownName() {
        users.putAll(List.of(SELF, ANNA, CHRIS));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("anna");
        assertThat(names(vm)).containsExactly("Anna Nowak");

        vm.queryProperty().set("chr");
        assertThat(names(vm)).containsExactly("chris");
    }

    @Test
    void aUserWithAPrivateChat_appearsOnceAsThatChat() {
        RoomInfo withAnna = privateChat(12, ANNA);
        rooms.setAll(room(10, "general"), withAnna);
        users.putAll(List.of(SELF, ANNA, BOB));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("ann");

        assertThat(vm.results()).containsExactly(new Entry(Kind.PRIVATE_CHAT, "Anna Nowak", withAnna, ANNA.id()));
    }

    @Test
    void aPrivateChat_isShownByTheOtherParticipantsNewestName() {
        rooms.setAll(privateChat(12, ANNA));
        users.put(new UserInfo(ANNA.id(), "anna", "Anna Kowalska", "#000000"));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("kowal");

        assertThat(names(vm)).containsExactly("Anna Kowalska");
    }

    @Test
    void usersForWhomNoPrivateChatIsAllowed_areHidden() {
        users.putAll(List.of(SELF, ANNA, BOB));
        noPrivateChat.add(BOB.id());
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("o");

        assertThat(names(vm)).doesNotContain("Bob Genovese", "Me Myself");
        vm.queryProperty().set("me");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(vm.openSelected()).isFalse();
        assertThat(openedRooms).isEmpty();
        assertThat(openedPrivate).isEmpty();
    }

    @Test
    void theList_isCapped() {
        rooms.setAll(IntStream.range(0, 80).mapToObj(i -> room(100 + i, "team-" + i)).toList());
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("team");

        assertThat(vm.results()).hasSize(QuickSwitcherViewModel.MAX_RESULTS);
    }

    @Test
    void moveSelection_movesAndWrapsAround_andANewQueryChoosesTheFirstAgain() {
        rooms.setAll(room(10, "alpha"), room(11, "beta"), room(12, "gamma"));
        QuickSwitcherViewModel vm = switcher();

        vm.moveSelection(1);
        assertThat(vm.selected().name()).isEqualTo("beta");
        vm.moveSelection(1);
        vm.moveSelection(1);
        assertThat(vm.selected().name()).isEqualTo("alpha");
        vm.moveSelection(-1);
        assertThat(vm.selected().name()).isEqualTo("gamma");

        vm.queryProperty().set("a");
        assertThat(vm.selectedIndexProperty().get()).isZero();
    }

    @Test
    void openSelected_opensTheChosenRoom() {
        RoomInfo beta = room(11, "beta");
        rooms.setAll(room(10, "alpha"), beta);
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("bet");
        assertThat(vm.openSelected()).isTrue();

        assertThat(openedRooms).containsExactly(beta);
        assertThat(openedPrivate).isEmpty();
    }

    @Test
    void openSelected_opensThePrivateChat_asARoom() {
        RoomInfo withAnna = privateChat(12, ANNA);
        rooms.setAll(withAnna);
        users.putAll(List.of(ANNA));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("anna");
        vm.openSelected();

        assertThat(openedRooms).containsExactly(withAnna);
        assertThat(openedPrivate).isEmpty();
    }

    @Test
    void openSelected_onAUser_startsAPrivateChatWithThem() {
        rooms.setAll(room(10, "general"));
        users.putAll(List.of(SELF, ANNA, BOB));
        QuickSwitcherViewModel vm = switcher();

        vm.queryProperty().set("bob");
        vm.openSelected();

        assertThat(openedPrivate).containsExactly(BOB.id());
        assertThat(openedRooms).isEmpty();
    }

    @Test
    void results_followTheRoomListAndTheDirectory_untilDisposed() {
        QuickSwitcherViewModel vm = switcher();
        vm.queryProperty().set("an");

        users.put(ANNA);
        rooms.add(room(10, "announcements"));
        assertThat(names(vm)).containsExactly("announcements", "Anna Nowak");

        vm.dispose();
        rooms.add(room(11, "android"));
        assertThat(names(vm)).containsExactly("announcements", "Anna Nowak");
    }
}
