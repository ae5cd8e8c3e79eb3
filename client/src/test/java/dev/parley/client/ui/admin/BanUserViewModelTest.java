package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.UserInfo;
import dev.parley.client.ui.admin.BanUserViewModel.Duration;
import dev.parley.client.ui.admin.BanUserViewModel.Unit;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BanUserViewModelTest {
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#111111");

    private final FakeChatService service = new FakeChatService();
    private final AtomicInteger reloads = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private final BanUserViewModel vm = new BanUserViewModel(service, new SameThreadTaskExecutor(), reloads::incrementAndGet);

    BanUserViewModelTest() {
        service.answers.put(FindUser.class, r -> {
            if (!((FindUser) r).username().equals("ana")) {
                throw new ParleyException(ErrorCode.USER_NOT_FOUND);
            }
            return ANA;
        });
        service.answers.put(Ban.class, r -> {
            Ban b = (Ban) r;
            return new Restriction(7, b.kind(), b.room(), null, ANA, null, b.reason(), Instant.EPOCH, null, null, null, true);
        });
    }

    private Ban sentBan() {
        return service.requests.stream().filter(Ban.class::isInstance).map(Ban.class::cast).findFirst().orElseThrow();
    }

    @Test
    void submit_findsTheUserAndBansThemInEveryRoom() {
        vm.usernameProperty().set(" ana ");
        vm.kindProperty().set(RestrictionKind.MUTE);
        vm.durationProperty().set(Duration.ONE_WEEK);
        vm.reasonProperty().set("flooding");

        vm.submit(closes::incrementAndGet);

        Ban ban = sentBan();
        assertThat(ban.user()).isEqualTo(ANA.id());
        assertThat(ban.room()).as("site-wide").isNull();
        assertThat(ban.kind()).isEqualTo(RestrictionKind.MUTE);
        assertThat(ban.durationSeconds()).isEqualTo(7 * 86_400L);
        assertThat(ban.reason()).isEqualTo("flooding");
        assertThat(closes).hasValue(1);
        assertThat(reloads).hasValue(1);
    }

    @Test
    void submit_noRoomsIndefinitely_sendsNoDuration() {
        vm.usernameProperty().set("ana");
        vm.kindProperty().set(RestrictionKind.NO_ROOMS);
        vm.durationProperty().set(Duration.INDEFINITELY);

        vm.submit(closes::incrementAndGet);

        assertThat(sentBan().kind()).isEqualTo(RestrictionKind.NO_ROOMS);
        assertThat(sentBan().durationSeconds()).isNull();
        assertThat(sentBan().reason()).as("an empty reason is not sent").isNull();
    }

    @Test
    void submit_presets_sendTheirSeconds() {
        vm.durationProperty().set(Duration.TEN_MINUTES);
        assertThat(vm.seconds()).isEqualTo(600L);
        vm.durationProperty().set(Duration.ONE_HOUR);
        assertThat(vm.seconds()).isEqualTo(3600L);
        vm.durationProperty().set(Duration.ONE_DAY);
        assertThat(vm.seconds()).isEqualTo(86_400L);
    }

    @Test
    void submit_customDuration_multipliesByTheUnit() {
        vm.usernameProperty().set("ana");
        vm.durationProperty().set(Duration.CUSTOM);
        vm.customAmountProperty().set("3");
        vm.customUnitProperty().set(Unit.DAYS);

        vm.submit(closes::incrementAndGet);

        assertThat(sentBan().durationSeconds()).isEqualTo(3 * 86_400L);
    }

    @Test
    void submit_badCustomDuration_isRefusedBeforeAskingTheServer() {
        vm.usernameProperty().set("ana");
        vm.durationProperty().set(Duration.CUSTOM);
        for (String bad : new String[] {"", "abc", "0", "-5", "367"}) {
            vm.customAmountProperty().set(bad);
            vm.customUnitProperty().set(Unit.DAYS);

            vm.submit(closes::incrementAndGet);

            assertThat(vm.errorProperty().get().key()).as(bad).isEqualTo("admin.ban.custom_invalid");
        }
        assertThat(service.requests).isEmpty();
        assertThat(closes).hasValue(0);
    }

    @Test
    void submit_noUserName_isRefusedBeforeAskingTheServer() {
        vm.usernameProperty().set("  ");

        vm.submit(closes::incrementAndGet);

        assertThat(vm.errorProperty().get().key()).isEqualTo("admin.user_required");
        assertThat(service.requests).isEmpty();
    }

    @Test
    void submit_unknownUser_staysOpenWithTheServersError() {
        vm.usernameProperty().set("nobody");

        vm.submit(closes::incrementAndGet);

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.user_not_found");
        assertThat(service.requests).noneMatch(Ban.class::isInstance);
        assertThat(closes).hasValue(0);
        assertThat(reloads).hasValue(0);
    }
}
