package dev.parley.server.moderation;

import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.Demote;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.RoleChanged;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.frame.UnblockAddress;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.frame.UserAddresses;
import dev.parley.protocol.model.AddressBlockList;
import dev.parley.protocol.model.AddressList;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserList;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Connections;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.List;

/**
 * Frames of the moderation feature (rooms of one's own, moderators, bans and mutes, block
 * lists, site roles, address blocks, the audit log), and the effects of committed changes on
 * live connections: the restricted user's connections leave a room they are banned from and
 * are told why; room changes reach every logged-in connection; blocked addresses are cut off.
 * Every rule is checked by {@link ModerationService}; this class only translates.
 */
public final class ModerationHandler implements ModerationEvents {
    private final ModerationService moderation;
    private final Topics topics;
    private final Connections connections;

    public ModerationHandler(ModerationService moderation, Topics topics, Connections connections) {
        this.moderation = moderation;
        this.topics = topics;
        this.connections = connections;
        moderation.setEvents(this);
    }

    public void register(Dispatcher d) {
        d.register(CreateRoom.class, Access.USER, (c, q) -> moderation.createRoom(c.userId(), q.name(), q.topic()));
        d.register(UpdateRoom.class, Access.USER, (c, q) ->
                moderation.updateRoom(c.userId(), q.room(), q.topic(), q.slowmodeSeconds(), q.closed()));
        d.register(Appoint.class, Access.USER, (c, q) -> moderation.appoint(c.userId(), q.room(), q.user()));
        d.register(Demote.class, Access.USER, (c, q) -> moderation.demote(c.userId(), q.room(), q.user()));
        d.register(SetRole.class, Access.USER, (c, q) -> moderation.setRole(c.userId(), q.user(), q.role()));
        d.register(ListAdmins.class, Access.USER, (c, q) -> new UserList(moderation.admins(c.userId())));
        d.register(FindUser.class, Access.USER, (c, q) -> moderation.findUser(c.userId(), q.username()));
        d.register(Ban.class, Access.USER, (c, q) ->
                moderation.ban(c.userId(), q.user(), q.room(), q.kind(), q.durationSeconds(), q.reason()));
        d.register(Unban.class, Access.USER, (c, q) -> moderation.unban(c.userId(), q.restriction()));
        d.register(CancelBan.class, Access.USER, (c, q) -> {
            moderation.cancel(c.userId(), q.restriction());
            return new Done();
        });
        d.register(ListBans.class, Access.USER, (c, q) -> moderation.list(c.userId(), q.room(), q.user(),
                Boolean.TRUE.equals(q.activeOnly()), q.before(), q.pageSize()));
        d.register(MyRestrictions.class, Access.USER, (c, q) -> moderation.mine(c.userId()));
        d.register(BlockUser.class, Access.USER, (c, q) -> {
            moderation.block(c.userId(), q.user());
            return new Done();
        });
        d.register(UnblockUser.class, Access.USER, (c, q) -> {
            moderation.unblock(c.userId(), q.user());
            return new Done();
        });
        d.register(ListBlocks.class, Access.USER, (c, q) -> new UserList(moderation.blocked(c.userId())));
        d.register(BlockAddress.class, Access.USER, (c, q) -> {
            moderation.blockAddress(c.userId(), c.remoteAddress(), q.address(), q.reason());
            return new Done();
        });
        d.register(UnblockAddress.class, Access.USER, (c, q) -> {
            moderation.unblockAddress(c.userId(), q.address());
            return new Done();
        });
        d.register(ListAddressBlocks.class, Access.USER, (c, q) -> new AddressBlockList(moderation.addressBlocks(c.userId())));
        d.register(UserAddresses.class, Access.USER, (c, q) -> {
            moderation.requireAdmin(c.userId());
            List<String> addresses = connections.matching(x -> q.user().equals(x.userId()))
                    .stream().map(Connection::remoteAddress).distinct().sorted().toList();
            return new AddressList(addresses);
        });
        d.register(ReadAudit.class, Access.USER, (c, q) -> moderation.audit(c.userId(), q.action(), q.actor(), q.target(),
                q.room(), q.before(), q.pageSize()));
    }

    @Override
    public void restrictionChanged(Restriction restriction) {
        long user = restriction.user().id();
        List<Connection> theirs = connections.matching(c -> Long.valueOf(user).equals(c.userId()));
        if (restriction.active() && restriction.kind() == RestrictionKind.BAN) {
            for (Connection c : theirs) {
                if (restriction.room() == null) {
                    topics.unsubscribeAll(c);
                } else {
                    topics.unsubscribe(c, restriction.room());
                }
            }
        }
        topics.push(theirs, new RestrictionChanged(restriction));
    }

    @Override
    public void roomChanged(RoomInfo room) {
        if (room.privateChat()) {
            // a private chat exists only for its two participants (spec R-3)
            topics.push(connections.matching(c -> {
                Long user = c.userId();
                return user != null && dev.parley.server.rooms.RoomsService.isParticipant(room, user);
            }), new RoomChanged(room));
            return;
        }
        topics.push(connections.matching(Connection::isAuthenticated), new RoomChanged(room));
    }

    @Override
    public void roleChanged(long user, Role role) {
        topics.push(connections.matching(c -> Long.valueOf(user).equals(c.userId())), new RoleChanged(role));
    }

    @Override
    public void addressBlocked(String address) {
        connections.closeWhere(c -> address.equals(c.remoteAddress()), Connections.ADDRESS_BLOCKED, "address blocked");
    }
}
