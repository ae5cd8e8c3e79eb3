package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.AuditPage;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogViewModelTest {
    private static final UserInfo ADMIN = new UserInfo(1, "admin", "Admin", "#111111");
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#222222");

    private final FakeChatService service = new FakeChatService();
    private final List<AuditEntry> log = new ArrayList<>();
    private final AuditLogViewModel vm = new AuditLogViewModel(service, new SameThreadTaskExecutor());

    AuditLogViewModelTest() {
        service.answers.put(FindUser.class, r -> switch (((FindUser) r).username()) {
            case "admin" -> ADMIN;
            case "ana" -> ANA;
            default -> throw new ParleyException(ErrorCode.USER_NOT_FOUND);
        });
        service.answers.put(ReadAudit.class, r -> {
            ReadAudit a = (ReadAudit) r;
            List<AuditEntry> matching = log.stream()
                    .filter(e -> a.action() == null || e.action() == a.action())
                    .filter(e -> a.actor() == null || (e.actor() != null && e.actor().id() == a.actor()))
                    .filter(e -> a.target() == null || (e.target() != null && e.target().id() == a.target()))
                    .filter(e -> a.before() == null || e.id() < a.before())
                    .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
                    .toList();
            int n = Math.min(a.pageSize(), matching.size());
            return new AuditPage(matching.subList(0, n), matching.size() > n);
        });
    }

    private void seed(int count) {
        for (long id = 1; id <= count; id++) {
            AuditAction action = id % 3 == 0 ? AuditAction.MUTE : AuditAction.BAN;
            UserInfo actor = id % 5 == 0 ? null : ADMIN;
            log.add(new AuditEntry(id, Instant.EPOCH.plusSeconds(id), action, actor, ANA, 4L, "duration=600"));
        }
    }

    private ReadAudit lastRead() {
        return service.requests.stream().filter(ReadAudit.class::isInstance).map(ReadAudit.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void apply_noFilter_readsEveryActionNewestFirst() {
        seed(3);

        vm.apply();

        ReadAudit read = lastRead();
        assertThat(read.action()).isNull();
        assertThat(read.actor()).isNull();
        assertThat(read.target()).isNull();
        assertThat(read.before()).isNull();
        assertThat(vm.entries()).extracting(AuditEntry::id).containsExactly(3L, 2L, 1L);
    }

    @Test
    void apply_actionActorAndTarget_looksUpTheNamesAndFiltersByTheirIds() {
        seed(30);
        vm.actionProperty().set(AuditAction.MUTE);
        vm.actorNameProperty().set("admin");
        vm.targetNameProperty().set("ana");

        vm.apply();

        ReadAudit read = lastRead();
        assertThat(read.action()).isEqualTo(AuditAction.MUTE);
        assertThat(read.actor()).isEqualTo(ADMIN.id());
        assertThat(read.target()).isEqualTo(ANA.id());
        assertThat(vm.entries()).isNotEmpty().allMatch(e -> e.action() == AuditAction.MUTE && ADMIN.equals(e.actor()));
    }

    @Test
    void apply_unknownActor_showsTheTranslatedError() {
        seed(3);
        vm.apply();
        vm.actorNameProperty().set("ghost");

        vm.apply();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.user_not_found");
        assertThat(vm.entries()).hasSize(3);
    }

    @Test
    void loadMore_pagesWithTheAppliedFilterNotWhatIsTypedSince() {
        seed(200);
        vm.actionProperty().set(AuditAction.BAN);
        vm.apply();
        assertThat(vm.entries()).hasSize(AuditLogViewModel.PAGE_SIZE);
        long lastId = vm.entries().get(vm.entries().size() - 1).id();
        vm.actionProperty().set(AuditAction.MUTE);

        vm.loadMore();

        assertThat(lastRead().before()).isEqualTo(lastId);
        assertThat(lastRead().action()).isEqualTo(AuditAction.BAN);
        assertThat(vm.entries()).hasSize(100).allMatch(e -> e.action() == AuditAction.BAN);
        assertThat(vm.entries()).extracting(AuditEntry::id).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void clearFilter_readsEverythingAgain() {
        seed(6);
        vm.actionProperty().set(AuditAction.MUTE);
        vm.apply();
        assertThat(vm.entries()).hasSize(2);

        vm.clearFilter();

        assertThat(vm.entries()).hasSize(6);
        assertThat(vm.actionProperty().get()).isNull();
    }
}
