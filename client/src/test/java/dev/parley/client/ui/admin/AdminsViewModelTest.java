package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminsViewModelTest {
    private static final UserInfo ROOT = new UserInfo(1, "root", "root", "#111111");
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#222222");
    private static final UserInfo BOB = new UserInfo(3, "bob", "Bob", "#333333");

    private final FakeChatService service = new FakeChatService();
    private final List<UserInfo> admins = new ArrayList<>(List.of(ROOT, ANA));
    private final AdminsViewModel vm = new AdminsViewModel(service, new SameThreadTaskExecutor(), ROOT);

    AdminsViewModelTest() {
        service.answers.put(ListAdmins.class, r -> new UserList(List.copyOf(admins)));
        service.answers.put(FindUser.class, r -> BOB);
        service.answers.put(SetRole.class, r -> {
            SetRole s = (SetRole) r;
            UserInfo user = s.user() == ANA.id() ? ANA : BOB;
            if (s.role() == Role.ADMIN) {
                admins.add(user);
            } else {
                admins.remove(user);
            }
            return user;
        });
    }

    @Test
    void load_listsTheAdminsAndMarksTheSuperusersRow() {
        vm.load();

        assertThat(vm.admins()).containsExactly(ROOT, ANA);
        assertThat(vm.isSuperuser(ROOT)).isTrue();
        assertThat(vm.isSuperuser(ANA)).isFalse();
    }

    @Test
    void add_findsTheUserMakesThemAdminAndListsAgain() {
        vm.load();
        vm.newAdminProperty().set("bob");

        vm.add();

        assertThat(((FindUser) service.requests.get(1)).username()).isEqualTo("bob");
        SetRole set = (SetRole) service.requests.get(2);
        assertThat(set.user()).isEqualTo(BOB.id());
        assertThat(set.role()).isEqualTo(Role.ADMIN);
        assertThat(vm.admins()).containsExactly(ROOT, ANA, BOB);
        assertThat(vm.newAdminProperty().get()).isEmpty();
    }

    @Test
    void remove_setsTheRoleBackToUserAndRemovesTheRow() {
        vm.load();

        vm.remove(ANA);

        SetRole set = (SetRole) service.requests.get(1);
        assertThat(set.user()).isEqualTo(ANA.id());
        assertThat(set.role()).isEqualTo(Role.USER);
        assertThat(vm.admins()).containsExactly(ROOT);
    }
}
