package dev.parley.client.ui.admin;

import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.UnblockAddress;
import dev.parley.protocol.frame.UserAddresses;
import dev.parley.protocol.model.AddressBlock;
import dev.parley.protocol.model.AddressBlockList;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Address blocks page (MOD-9): the blocked client addresses, adding one (address and
 * reason; the server checks that the address is an IP literal and says why not) and removing
 * one, and "Addresses of a user": where a user is connected from now, to pick one to block.
 */
public final class AddressBlocksViewModel extends AdminPageViewModel {
    private final ObservableList<AddressBlock> blocks = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty lookupName = new SimpleStringProperty("");
    private final ObjectProperty<UserInfo> lookedUp = new SimpleObjectProperty<>();
    private final ObservableList<String> userAddresses = FXCollections.observableArrayList();

    public AddressBlocksViewModel(ChatService service, TaskExecutor executor) {
        super(service, executor);
    }

    // Properties

    /** The blocked addresses, newest first. */
    public ObservableList<AddressBlock> blocks() {
        return blocks;
    }

    /** The address typed for a new block. */
    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The user name typed for "Addresses of a user". */
    public StringProperty lookupNameProperty() {
        return lookupName;
    }

    /** The user whose addresses are shown; null before a lookup. */
    public ReadOnlyObjectProperty<UserInfo> lookedUpProperty() {
        return lookedUp;
    }

    /** The addresses {@link #lookedUpProperty} is connected from now. */
    public ObservableList<String> userAddresses() {
        return userAddresses;
    }

    // Commands

    public void load() {
        call(() -> service.request(ListAddressBlocks::new), list -> blocks.setAll(list.blocks()));
    }

    /** Blocks the typed address, then lists the blocks again; the fields clear on success only. */
    public void add() {
        String what = trimmed(address.get());
        if (what == null) {
            fail(UiText.of("admin.addresses.address_required"));
            return;
        }
        String why = trimmed(reason.get());
        call(() -> {
            service.request(id -> new BlockAddress(id, what, why));
            return service.request(ListAddressBlocks::new);
        }, (AddressBlockList list) -> {
            blocks.setAll(list.blocks());
            address.set("");
            reason.set("");
        });
    }

    /** Lifts {@code block}; its row goes once the server agreed. */
    public void remove(AddressBlock block) {
        call(() -> service.request(id -> new UnblockAddress(id, block.address())),
                done -> blocks.removeIf(b -> b.address().equals(block.address())));
    }

    /** Finds the typed user and lists the addresses they are connected from. */
    public void lookup() {
        String name = trimmed(lookupName.get());
        if (name == null) {
            fail(UiText.of("admin.user_required"));
            return;
        }
        call(() -> {
            UserInfo user = service.request(id -> new FindUser(id, name));
            return new Found(user, service.request(id -> new UserAddresses(id, user.id())).addresses());
        }, found -> {
            lookedUp.set(found.user());
            userAddresses.setAll(found.addresses());
        });
    }

    /** Puts one of the looked-up addresses into the "block" field. */
    public void chooseAddress(String chosen) {
        if (chosen != null) {
            address.set(chosen);
        }
    }

    private record Found(UserInfo user, java.util.List<String> addresses) {
    }
}
