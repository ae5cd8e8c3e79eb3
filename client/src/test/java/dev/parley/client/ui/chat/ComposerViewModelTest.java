package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.model.MessageInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComposerViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "");
    private final List<MessageInfo> sent = new ArrayList<>();
    private ComposerViewModel vm;

    @BeforeEach
    void setUp() {
        service.register("me", "password1");
        vm = new ComposerViewModel(service, new SameThreadTaskExecutor(), () -> 1L, sent::add);
        vm.availableProperty().set(true);
    }

    @Test
    void send_sendsTextAndClearsComposer() {
        vm.textProperty().set("hello");

        vm.send();

        assertThat(sent).extracting(MessageInfo::text).containsExactly("hello");
        assertThat(vm.textProperty().get()).isEmpty();
    }

    @Test
    void send_ignoresWhitespaceOnlyText() {
        vm.textProperty().set("  \n\t ");

        vm.send();

        assertThat(service.calls).noneMatch(c -> c.startsWith("send"));
    }

    @Test
    void send_doesNothingWhenUnavailable() {
        vm.availableProperty().set(false);
        vm.textProperty().set("hello");

        vm.send();

        assertThat(sent).isEmpty();
        assertThat(vm.textProperty().get()).isEqualTo("hello");
    }

    @Test
    void send_showsServerErrorAndRestoresTextWhenRefused() {
        vm.textProperty().set("far too long for the fake");

        vm.send();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.text_too_long");
        assertThat(vm.errorProperty().get().args()).contains("10");
        assertThat(vm.textProperty().get()).isEqualTo("far too long for the fake");
    }

    @Test
    void send_afterALostReplyResendsTheSameTextWithTheSameClientMessageId() {
        service.nextFailureAfterStoring = new UncheckedIOException(new IOException("reply lost"));
        vm.textProperty().set("hello");
        vm.send();
        assertThat(vm.textProperty().get()).isEqualTo("hello");

        vm.send();

        assertThat(service.clientMessageIds).hasSize(2);
        assertThat(service.clientMessageIds.get(1)).isEqualTo(service.clientMessageIds.get(0));
        assertThat(service.messages.get(1L)).as("stored once").hasSize(1);
        assertThat(sent).extracting(MessageInfo::text).containsExactly("hello");
        assertThat(vm.textProperty().get()).isEmpty();
    }

    @Test
    void send_afterAFailureWithChangedTextUsesANewClientMessageId() {
        service.nextFailureAfterStoring = new UncheckedIOException(new IOException("reply lost"));
        vm.textProperty().set("hello");
        vm.send();

        vm.textProperty().set("hello!");
        vm.send();

        assertThat(service.clientMessageIds).hasSize(2).doesNotHaveDuplicates();
    }
}
