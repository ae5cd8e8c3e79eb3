package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.UserDirectory;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.UserInfo;
import org.junit.jupiter.api.Test;

class MembersViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "");
    private final UserDirectory users = new UserDirectory(service, new SameThreadTaskExecutor());
    private final MembersViewModel vm = new MembersViewModel(service, new SameThreadTaskExecutor(), users);

    @Test
    void load_listsTheRoomsMembers_andFollowsProfileChanges() {
        UserInfo ania = service.user("ania", "#c0392b");
        service.user("tomek", "#16a085");

        vm.load(1);

        assertThat(service.requests(RoomMembers.class)).singleElement().satisfies(r -> assertThat(r.room()).isEqualTo(1L));
        assertThat(vm.members()).extracting(UserInfo::username).containsExactly("ania", "tomek");

        users.put(new UserInfo(ania.id(), "ania", "Ania W.", "#c0392b", "Back on Monday", null));

        assertThat(vm.members().get(0).status()).isEqualTo("Back on Monday");
    }

    @Test
    void load_withoutARoom_clearsTheList() {
        service.user("ania", "#c0392b");
        vm.load(1);

        vm.load(-1);

        assertThat(vm.members()).isEmpty();
    }
}
