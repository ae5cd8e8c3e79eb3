package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.Presence;
import dev.parley.client.model.UserDirectory;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class MembersViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "");
    private final UserDirectory users = new UserDirectory(service, new SameThreadTaskExecutor());
    private final Presence presence = new Presence(service, new SameThreadTaskExecutor(), users, 999,
            new SimpleObjectProperty<>(ConnectionState.CONNECTED));
    private final MembersViewModel vm = new MembersViewModel(service, new SameThreadTaskExecutor(), users, presence);

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

    @Test
    void load_listsOnlineMembersFirst_thenByName_andReordersAsPresenceChanges() {
        service.user("Zosia", "#c0392b");
        UserInfo ania = service.user("ania", "#16a085");
        UserInfo bartek = service.user("Bartek", "#2980b9");
        service.online.add(bartek.id());

        vm.load(1);

        assertThat(vm.members()).extracting(UserInfo::username).containsExactly("Bartek", "ania", "Zosia");
        assertThat(vm.isOnline(bartek.id())).isTrue();

        presence.pushed(ania.id(), true);
        presence.pushed(bartek.id(), false);

        assertThat(vm.members()).extracting(UserInfo::username).containsExactly("ania", "Bartek", "Zosia");
    }
}
