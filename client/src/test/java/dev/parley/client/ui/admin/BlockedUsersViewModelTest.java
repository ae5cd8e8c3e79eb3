package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockedUsersViewModelTest {
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#222222");
    private static final UserInfo BOB = new UserInfo(3, "bob", "Bob", "#333333");

    private final FakeChatService service = new FakeChatService();
    private final BlockedUsersViewModel vm = new BlockedUsersViewModel(service, new SameThreadTaskExecutor());

    BlockedUsersViewModelTest() {
        service.answers.put(ListBlocks.class, r -> new UserList(List.of(ANA, BOB)));
        service.answers.put(UnblockUser.class, r -> new Done());
    }

    @Test
    void unblock_asksTheServerAndRemovesTheRow() {
        vm.load();
        assertThat(vm.users()).containsExactly(ANA, BOB);

        vm.unblock(ANA);

        assertThat(((UnblockUser) service.requests.get(1)).user()).isEqualTo(ANA.id());
        assertThat(vm.users()).containsExactly(BOB);
    }

    @Test
    void unblock_failing_keepsTheRowAndShowsWhy() {
        vm.load();
        service.nextFailure = new ParleyException(ErrorCode.INTERNAL);

        vm.unblock(ANA);

        assertThat(vm.users()).containsExactly(ANA, BOB);
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.internal");
    }
}
