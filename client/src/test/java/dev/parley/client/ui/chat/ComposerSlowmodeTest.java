package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slowmode in the composer (MOD-8), driven by a manual clock and explicit ticks. */
class ComposerSlowmodeTest {
    private final FakeChatService service = new FakeChatService();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    private UserInfo me;

    @BeforeEach
    void setUp() {
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
    }

    private ChatViewModel chat(RoomInfo room) {
        service.withRoom(room);
        ChatViewModel vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, Role.USER, null, n -> { }, clock);
        vm.start();
        return vm;
    }

    private static RoomInfo slowRoom(int seconds, List<UserInfo> moderators) {
        return new RoomInfo(1, "slow", "", seconds, false, RoomInfo.FIXED, null, moderators);
    }

    private void send(ChatViewModel vm, String text) {
        vm.composer().textProperty().set(text);
        vm.composer().send();
    }

    @Test
    void slowmodeRefusal_countsDownOnTicks_thenResendsWithTheSameClientMessageId() {
        ChatViewModel vm = chat(slowRoom(0, List.of()));
        service.nextFailure = new ParleyException(ErrorCode.SLOWMODE, Map.of("retryAfterSeconds", "7"));

        send(vm, "again");

        ComposerViewModel composer = vm.composer();
        assertThat(composer.countdownProperty().get()).isEqualTo(7);
        assertThat(composer.countdownTextProperty().get()).isEqualTo(UiText.of("slowmode.held", 7));
        assertThat(composer.holdingProperty().get()).isTrue();
        assertThat(composer.sendableProperty().get()).as("one held message at a time").isFalse();
        assertThat(composer.textProperty().get()).as("the held message is not put back to edit").isEmpty();
        assertThat(composer.errorProperty().get()).isNull();

        clock.advance(Duration.ofMillis(2500));
        vm.tick();
        assertThat(composer.countdownProperty().get()).isEqualTo(5);
        clock.advanceSeconds(4);
        vm.tick();
        assertThat(composer.countdownProperty().get()).isEqualTo(1);
        assertThat(service.clientMessageIds).hasSize(1);

        clock.advance(Duration.ofMillis(500));
        vm.tick();

        assertThat(service.clientMessageIds).hasSize(2);
        assertThat(service.clientMessageIds.get(1)).isEqualTo(service.clientMessageIds.get(0));
        assertThat(vm.messages()).extracting(MessageItem::text).containsExactly("again");
        assertThat(composer.countdownProperty().get()).isZero();
        assertThat(composer.countdownTextProperty().get()).isNull();
        assertThat(composer.sendableProperty().get()).isTrue();
    }

    @Test
    void successfulSendInSlowRoom_startsTheCountdownFromTheRoomsCooldown() {
        ChatViewModel vm = chat(slowRoom(30, List.of()));

        send(vm, "first");

        assertThat(vm.composer().countdownProperty().get()).isEqualTo(30);
        assertThat(vm.composer().countdownTextProperty().get()).isEqualTo(UiText.of("slowmode.countdown", 30));
        assertThat(vm.composer().sendableProperty().get()).as("the server decides; sending stays possible").isTrue();
        clock.advanceSeconds(30);
        vm.tick();
        assertThat(vm.composer().countdownTextProperty().get()).isNull();
    }

    @Test
    void moderatorsAreExempt_noCountdownAfterSending() {
        ChatViewModel vm = chat(slowRoom(30, List.of(new UserInfo(0, "x", "x", "#000000"))));
        vm.roomChanged(slowRoom(30, List.of(me)));

        send(vm, "first");

        assertThat(vm.composer().countdownProperty().get()).isZero();
    }

    @Test
    void countdownBelongsToItsRoom() {
        service.withRoom(slowRoom(30, List.of())).withRoom(new RoomInfo(2, "other", "", 0, false));
        ChatViewModel vm = chat(slowRoom(30, List.of()));
        send(vm, "first");
        assertThat(vm.composer().countdownProperty().get()).isEqualTo(30);

        vm.openRoom(vm.rooms().stream().filter(r -> r.id() == 2).findFirst().orElseThrow());

        assertThat(vm.composer().countdownProperty().get()).isZero();
        vm.openRoom(vm.rooms().stream().filter(r -> r.id() == 1).findFirst().orElseThrow());
        assertThat(vm.composer().countdownProperty().get()).isEqualTo(30);
    }
}
