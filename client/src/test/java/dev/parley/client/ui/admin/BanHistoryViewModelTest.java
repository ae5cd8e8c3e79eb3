package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanHistoryViewModelTest {
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#111111");
    private static final UserInfo BOB = new UserInfo(3, "bob", "Bob", "#222222");
    private static final UserInfo ADMIN = new UserInfo(9, "admin", "Admin", "#333333");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final FakeChatService service = new FakeChatService();
    /** The server's restrictions, as ListBans sees them (no cancelled ones). */
    private final List<Restriction> stored = new ArrayList<>();

    BanHistoryViewModelTest() {
        service.answers.put(ListBans.class, r -> list((ListBans) r));
        service.answers.put(FindUser.class, r -> switch (((FindUser) r).username().toLowerCase()) {
            case "ana" -> ANA;
            case "bob" -> BOB;
            default -> throw new ParleyException(ErrorCode.USER_NOT_FOUND);
        });
        service.answers.put(CancelBan.class, r -> {
            stored.removeIf(b -> b.id() == ((CancelBan) r).restriction());
            return new Done();
        });
    }

    /** Like the server: newest first, keyset by id, optionally one user's. */
    private RestrictionList list(ListBans r) {
        List<Restriction> matching = stored.stream()
                .filter(b -> r.user() == null || b.user().id() == r.user())
                .filter(b -> r.before() == null || b.id() < r.before())
                .sorted(Comparator.comparingLong(Restriction::id).reversed())
                .toList();
        int n = Math.min(r.pageSize(), matching.size());
        return new RestrictionList(matching.subList(0, n), matching.size() > n);
    }

    private Restriction seed(long id, UserInfo user) {
        Restriction r = new Restriction(id, RestrictionKind.BAN, null, null, user, ADMIN, "spam",
                T0.plusSeconds(id), null, null, null, true);
        stored.add(r);
        return r;
    }

    private BanHistoryViewModel vm(TaskExecutor executor) {
        return new BanHistoryViewModel(service, executor);
    }

    private static List<Long> ids(List<Restriction> bans) {
        return bans.stream().map(Restriction::id).toList();
    }

    @Test
    void load_asksEverySiteAndRoomBanIncludingEndedOnes_newestFirst() {
        seed(1, ANA);
        seed(2, BOB);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());

        vm.load();

        ListBans asked = (ListBans) service.requests.get(0);
        assertThat(asked.room()).as("no room: the whole history").isNull();
        assertThat(asked.user()).isNull();
        assertThat(asked.activeOnly()).as("ended ones too").isFalse();
        assertThat(asked.before()).isNull();
        assertThat(ids(vm.bans())).containsExactly(2L, 1L);
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void loadMore_asksForThoseOlderThanTheLastShown_andAppends() {
        for (long id = 1; id <= 120; id++) {
            seed(id, id % 2 == 0 ? ANA : BOB);
        }
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.load();
        assertThat(vm.bans()).hasSize(BanHistoryViewModel.PAGE_SIZE);
        assertThat(vm.hasMoreProperty().get()).isTrue();

        vm.loadMore();

        assertThat(((ListBans) service.requests.get(1)).before()).isEqualTo(71L);
        assertThat(vm.bans()).hasSize(100);
        vm.loadMore();
        assertThat(((ListBans) service.requests.get(2)).before()).isEqualTo(21L);
        assertThat(ids(vm.bans())).hasSize(120).startsWith(120L, 119L).endsWith(2L, 1L).doesNotHaveDuplicates();
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void loadMore_clickedTwiceWhileAPageIsOnItsWay_asksOnce() {
        for (long id = 1; id <= 60; id++) {
            seed(id, ANA);
        }
        ManualTaskExecutor executor = new ManualTaskExecutor();
        BanHistoryViewModel vm = vm(executor);
        vm.load();
        executor.runAll();

        vm.loadMore();
        vm.loadMore();
        executor.runAll();

        assertThat(service.requests).hasSize(2);
        assertThat(ids(vm.bans())).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void applyFilter_findsTheUserByNameAndShowsEveryBanOfTheirs() {
        seed(1, ANA);
        seed(2, BOB);
        seed(3, ANA);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.load();

        vm.userFilterProperty().set("  Ana ");
        vm.applyFilter();

        assertThat(((FindUser) service.requests.get(1)).username()).isEqualTo("Ana");
        assertThat(((ListBans) service.requests.get(2)).user()).isEqualTo(ANA.id());
        assertThat(ids(vm.bans())).containsExactly(3L, 1L);
        assertThat(vm.filteredUserProperty().get()).isEqualTo(ANA);
    }

    @Test
    void loadMore_withAUserFilter_keepsAskingForThatUser() {
        for (long id = 1; id <= 120; id++) {
            seed(id, id % 2 == 0 ? ANA : BOB);
        }
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.userFilterProperty().set("ana");
        vm.applyFilter();

        vm.loadMore();

        ListBans more = (ListBans) service.requests.get(service.requests.size() - 1);
        assertThat(more.user()).isEqualTo(ANA.id());
        assertThat(vm.bans()).hasSize(60).allMatch(b -> b.user().equals(ANA));
    }

    @Test
    void applyFilter_unknownUser_showsTheTranslatedErrorAndKeepsTheList() {
        seed(1, ANA);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.load();

        vm.userFilterProperty().set("nobody");
        vm.applyFilter();

        assertThat(vm.errorProperty().get().key()).isEqualTo(ErrorTexts.key(ErrorCode.USER_NOT_FOUND));
        assertThat(ids(vm.bans())).containsExactly(1L);
        assertThat(vm.filteredUserProperty().get()).isNull();
    }

    @Test
    void applyFilter_blank_showsEveryBanAgain() {
        seed(1, ANA);
        seed(2, BOB);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.userFilterProperty().set("bob");
        vm.applyFilter();
        assertThat(ids(vm.bans())).containsExactly(2L);

        vm.userFilterProperty().set(" ");
        vm.applyFilter();

        assertThat(ids(vm.bans())).containsExactly(2L, 1L);
        assertThat(vm.filteredUserProperty().get()).isNull();
    }

    @Test
    void loadMore_whileANewFilterIsOnItsWay_doesNotPageTheOldList() {
        for (long id = 1; id <= 120; id++) {
            seed(id, id % 2 == 0 ? ANA : BOB);
        }
        ManualTaskExecutor executor = new ManualTaskExecutor();
        BanHistoryViewModel vm = vm(executor);
        vm.load();
        executor.runAll();
        vm.userFilterProperty().set("bob");
        vm.applyFilter();

        vm.loadMore();
        executor.runAll();

        assertThat(vm.bans()).hasSize(50).allMatch(b -> b.user().equals(BOB));
        assertThat(vm.filteredUserProperty().get()).isEqualTo(BOB);
    }

    @Test
    void cancel_removesTheRowOnceTheServerAgreed() {
        seed(1, ANA);
        Restriction two = seed(2, BOB);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.load();

        vm.cancel(two);

        assertThat(((CancelBan) service.requests.get(1)).restriction()).isEqualTo(2L);
        assertThat(ids(vm.bans())).containsExactly(1L);
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void cancel_refused_keepsTheRowAndShowsWhy() {
        Restriction one = seed(1, ANA);
        BanHistoryViewModel vm = vm(new SameThreadTaskExecutor());
        vm.load();
        service.nextFailure = new ParleyException(ErrorCode.FORBIDDEN);

        vm.cancel(one);

        assertThat(ids(vm.bans())).containsExactly(1L);
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.forbidden");
    }

    @Test
    void state_liftedActiveOrEnded() {
        Restriction active = new Restriction(1, RestrictionKind.MUTE, 5L, "general", ANA, ADMIN, null, T0, null, null, null, true);
        Restriction ended = new Restriction(2, RestrictionKind.MUTE, 5L, "general", ANA, ADMIN, null, T0, T0.plusSeconds(60), null, null, false);
        Restriction lifted = new Restriction(3, RestrictionKind.BAN, null, null, ANA, ADMIN, null, T0, null, T0.plusSeconds(5), BOB, false);

        assertThat(BanHistoryViewModel.state(active)).isEqualTo(BanHistoryViewModel.State.ACTIVE);
        assertThat(BanHistoryViewModel.state(ended)).isEqualTo(BanHistoryViewModel.State.ENDED);
        assertThat(BanHistoryViewModel.state(lifted)).isEqualTo(BanHistoryViewModel.State.LIFTED);
        assertThat(BanHistoryViewModel.stateText(lifted)).isEqualTo(UiText.of("admin.bans.state.lifted_by", "bob"));
        assertThat(BanHistoryViewModel.stateText(ended)).isEqualTo(UiText.of("admin.bans.state.ended"));
    }
}
