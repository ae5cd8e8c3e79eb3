package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.MessageVersions;
import org.junit.jupiter.api.Test;

class VersionsViewModelTest {
    private final FakeChatService service = new FakeChatService();

    @Test
    void load_aTombstoneForANonAdmin_showsTheServersRefusal() {
        service.answers.put(MessageVersions.class, r -> {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED);
        });
        VersionsViewModel vm = new VersionsViewModel(service, new SameThreadTaskExecutor(), 5);

        vm.load();

        assertThat(vm.versions()).isEmpty();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.message_deleted");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(service.requests(MessageVersions.class)).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo(5L));
    }
}
