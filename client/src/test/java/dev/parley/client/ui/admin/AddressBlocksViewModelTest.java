package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.UnblockAddress;
import dev.parley.protocol.frame.UserAddresses;
import dev.parley.protocol.model.AddressBlock;
import dev.parley.protocol.model.AddressBlockList;
import dev.parley.protocol.model.AddressList;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressBlocksViewModelTest {
    private static final UserInfo ADMIN = new UserInfo(1, "admin", "Admin", "#111111");
    private static final UserInfo ANA = new UserInfo(2, "ana", "Ana", "#222222");

    private final FakeChatService service = new FakeChatService();
    private final List<AddressBlock> stored = new ArrayList<>();
    private final AddressBlocksViewModel vm = new AddressBlocksViewModel(service, new SameThreadTaskExecutor());

    AddressBlocksViewModelTest() {
        service.answers.put(ListAddressBlocks.class, r -> new AddressBlockList(List.copyOf(stored)));
        service.answers.put(BlockAddress.class, r -> {
            BlockAddress b = (BlockAddress) r;
            if (!b.address().matches("[0-9.]+")) {
                throw new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", "address"));
            }
            stored.add(0, new AddressBlock(b.address(), b.reason(), ADMIN, Instant.EPOCH));
            return new Done();
        });
        service.answers.put(UnblockAddress.class, r -> {
            stored.removeIf(b -> b.address().equals(((UnblockAddress) r).address()));
            return new Done();
        });
        service.answers.put(FindUser.class, r -> ANA);
        service.answers.put(UserAddresses.class, r -> new AddressList(List.of("198.51.100.4", "2001:db8::1")));
    }

    private List<String> addresses() {
        return vm.blocks().stream().map(AddressBlock::address).toList();
    }

    @Test
    void load_listsTheBlockedAddresses() {
        stored.add(new AddressBlock("203.0.113.7", "spam", ADMIN, Instant.EPOCH));

        vm.load();

        assertThat(addresses()).containsExactly("203.0.113.7");
    }

    @Test
    void add_blocksTheAddressWithItsReason_listsAgainAndClearsTheForm() {
        vm.addressProperty().set(" 203.0.113.9 ");
        vm.reasonProperty().set("bot");

        vm.add();

        BlockAddress sent = (BlockAddress) service.requests.get(0);
        assertThat(sent.address()).isEqualTo("203.0.113.9");
        assertThat(sent.reason()).isEqualTo("bot");
        assertThat(addresses()).containsExactly("203.0.113.9");
        assertThat(vm.addressProperty().get()).isEmpty();
        assertThat(vm.reasonProperty().get()).isEmpty();
    }

    @Test
    void add_notAnAddress_showsTheServersErrorAndKeepsTheForm() {
        vm.addressProperty().set("example.com");

        vm.add();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.invalid_field");
        assertThat(vm.errorProperty().get().args()).first().isEqualTo("address");
        assertThat(vm.addressProperty().get()).isEqualTo("example.com");
        assertThat(vm.blocks()).isEmpty();
    }

    @Test
    void add_empty_isRefusedBeforeAskingTheServer() {
        vm.add();

        assertThat(vm.errorProperty().get().key()).isEqualTo("admin.addresses.address_required");
        assertThat(service.requests).isEmpty();
    }

    @Test
    void remove_liftsTheBlockAndRemovesTheRow() {
        stored.add(new AddressBlock("203.0.113.7", null, ADMIN, Instant.EPOCH));
        stored.add(new AddressBlock("203.0.113.8", null, ADMIN, Instant.EPOCH));
        vm.load();

        vm.remove(vm.blocks().get(0));

        assertThat(((UnblockAddress) service.requests.get(1)).address()).isEqualTo("203.0.113.7");
        assertThat(addresses()).containsExactly("203.0.113.8");
    }

    @Test
    void lookup_findsTheUserAndListsWhereTheyAreConnectedFrom() {
        vm.lookupNameProperty().set("ana");

        vm.lookup();

        assertThat(((FindUser) service.requests.get(0)).username()).isEqualTo("ana");
        assertThat(((UserAddresses) service.requests.get(1)).user()).isEqualTo(ANA.id());
        assertThat(vm.lookedUpProperty().get()).isEqualTo(ANA);
        assertThat(vm.userAddresses()).containsExactly("198.51.100.4", "2001:db8::1");

        vm.chooseAddress("2001:db8::1");
        assertThat(vm.addressProperty().get()).isEqualTo("2001:db8::1");
    }
}
