package dev.parley.server.rooms;

import static dev.parley.server.Expect.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.frame.StartPrivate;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.Expect.Pushes;
import dev.parley.server.TestServer;
import dev.parley.server.attachments.Transfers;
import dev.parley.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private 1:1 chats (spec R-3) against a real server: one chat per pair, announced to the two
 * participants only, listed after the public rooms, and invisible through every frame to anyone
 * else, admins included; guests, oneself and blockers refused; room moderation refused there.
 */
class PrivateChatsIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withGuests(true), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Each test client's own user id. */
    private static final Map<ParleyClient, Long> IDS = new ConcurrentHashMap<>();

    private static ParleyClient user(String name) {
        ParleyClient c = server.connect();
        IDS.put(c, c.register(name, "password-" + name).user().id());
        return c;
    }

    private static ParleyClient admin(String name) {
        long id = server.register(name).user().id();
        server.server().accountAdmin().setRole(name, Role.ADMIN);
        ParleyClient c = server.login(name);
        IDS.put(c, id);
        return c;
    }

    private static ParleyClient guest() {
        ParleyClient c = server.connect();
        IDS.put(c, c.await(i -> new GuestLogin(i, null, null)).user().id());
        return c;
    }

    private static long me(ParleyClient c) {
        return IDS.get(c);
    }

    private static RoomInfo startPrivate(ParleyClient from, long with) {
        return from.await(i -> new StartPrivate(i, with));
    }

    private static List<Long> roomIds(ParleyClient c) {
        return c.rooms().rooms().stream().map(RoomInfo::id).toList();
    }

    @Test
    void private_isOneChatPerPair_whoeverStartsIt_namedAndListedAfterThePublicRooms() {
        ParleyClient zoe = user("zoe");
        ParleyClient adam = user("adam");

        RoomInfo chat = startPrivate(zoe, me(adam));
        RoomInfo again = startPrivate(adam, me(zoe));
        RoomInfo third = startPrivate(zoe, me(adam));

        assertThat(again.id()).isEqualTo(chat.id());
        assertThat(third.id()).isEqualTo(chat.id());
        assertThat(chat.kind()).isEqualTo(RoomInfo.PRIVATE);
        assertThat(chat.name()).isEqualTo("adam,zoe");
        assertThat(chat.owner()).isNull();
        assertThat(chat.moderators()).isEmpty();
        assertThat(chat.slowmodeSeconds()).isZero();
        assertThat(chat.participants()).extracting(UserInfo::id)
                .containsExactly(Math.min(me(zoe), me(adam)), Math.max(me(zoe), me(adam)));
        for (ParleyClient c : List.of(zoe, adam)) {
            List<RoomInfo> rooms = c.rooms().rooms();
            assertThat(rooms.get(rooms.size() - 1).id()).isEqualTo(chat.id());
            assertThat(rooms.subList(0, rooms.size() - 1)).noneMatch(RoomInfo::privateChat);
        }
    }

    @Test
    void rooms_listsPrivateChatsByTheOtherParticipantsName() {
        ParleyClient mia = user("mia");
        ParleyClient yves = user("yves");
        ParleyClient bert = user("bert");
        long withYves = startPrivate(mia, me(yves)).id();
        long withBert = startPrivate(mia, me(bert)).id();

        List<RoomInfo> chats = mia.rooms().rooms().stream().filter(RoomInfo::privateChat).toList();

        assertThat(chats).extracting(RoomInfo::id).containsExactly(withBert, withYves);
    }

    @Test
    void aParticipantsNewDisplayName_showsInTheOthersRoomList() {
        ParleyClient nina = user("nina");
        ParleyClient otto = user("otto");
        long chat = startPrivate(nina, me(otto)).id();

        otto.await(i -> new UpdateProfile(i, "Otto the Great", null, null, null));

        RoomInfo seen = nina.rooms().rooms().stream().filter(r -> r.id() == chat).findFirst().orElseThrow();
        assertThat(RoomsService.otherParticipant(seen, me(nina)).displayName()).isEqualTo("Otto the Great");
    }

    @Test
    void newChat_isPushedToBothParticipantsConnections_andToNobodyElse() throws Exception {
        ParleyClient ann = user("ann");
        ParleyClient annPhone = server.login("ann");
        ParleyClient ben = user("ben");
        ParleyClient outsider = user("outsider1");
        ParleyClient admin = admin("admin1");
        Pushes phone = new Pushes(annPhone);
        Pushes toBen = new Pushes(ben);
        Pushes toOutsider = new Pushes(outsider);
        Pushes toAdmin = new Pushes(admin);

        RoomInfo chat = startPrivate(ann, me(ben));

        assertThat(phone.next(RoomChanged.class, p -> p.room().id() == chat.id()).room()).isEqualTo(chat);
        assertThat(toBen.next(RoomChanged.class, p -> p.room().id() == chat.id()).room()).isEqualTo(chat);
        // a public room change goes to everyone after the private one: when it arrives, any push
        // about the private chat would have arrived before it
        RoomInfo lounge = ben.await(i -> new CreateRoom(i, "lounge-" + chat.id(), ""));
        toOutsider.next(RoomChanged.class, p -> p.room().id() == lounge.id());
        toAdmin.next(RoomChanged.class, p -> p.room().id() == lounge.id());
        assertThat(toOutsider.all(RoomChanged.class)).noneMatch(p -> p.room().privateChat());
        assertThat(toAdmin.all(RoomChanged.class)).noneMatch(p -> p.room().privateChat());
    }

    @Test
    void theFirstMessage_reachesTheOtherParticipant_beforeTheirClientWatchesTheNewChat() throws Exception {
        ParleyClient cleo = user("cleo");
        ParleyClient dan = user("dan");
        ParleyClient danPhone = server.login("dan");
        Pushes toDan = new Pushes(dan);
        Pushes toPhone = new Pushes(danPhone);

        RoomInfo chat = startPrivate(cleo, me(dan));
        MessageInfo first = cleo.send(chat.id(), "are you there?");

        // neither of dan's connections opened or watched the chat: the creation subscribed them
        assertThat(toDan.next(MessagePosted.class, p -> p.message().id() == first.id()).message().text()).isEqualTo("are you there?");
        assertThat(toPhone.next(MessagePosted.class, p -> p.message().id() == first.id()).message().author()).isEqualTo(me(cleo));
    }

    @Test
    void aThirdUser_andAnAdmin_canReadNothingOfAPrivateChat_throughAnyFrame() throws Exception {
        ParleyClient kim = user("kim");
        ParleyClient lou = user("lou");
        ParleyClient eve = user("eve");
        ParleyClient root = admin("root1");
        RoomInfo chat = startPrivate(kim, me(lou));
        lou.open(chat.id());
        MessageInfo secret = kim.send(chat.id(), "just between us");
        long general = TestServer.roomId(kim, "general");
        Attachment file = Transfers.upload(kim, "plans.txt", Attachment.FILE, "the secret plans".getBytes(StandardCharsets.UTF_8));
        Transfers.post(kim, chat.id(), file);
        assertThat(new String(Transfers.fetch(lou, file.id()), StandardCharsets.UTF_8)).isEqualTo("the secret plans");

        for (ParleyClient outsider : List.of(eve, root)) {
            long room = chat.id();
            Pushes pushes = new Pushes(outsider);
            assertThat(roomIds(outsider)).doesNotContain(room);
            assertThat(outsider.await(ListConversations::new).conversations()).extracting(ConversationState::room)
                    .doesNotContain(room);
            notFound(() -> outsider.open(room));
            notFound(() -> outsider.await(i -> new OpenRoom(i, room, 10, secret.id())));
            notFound(() -> outsider.history(room, null, 50));
            notFound(() -> outsider.history(room, secret.id() + 1, 50));
            notFound(() -> outsider.await(i -> new FetchHistory(i, room, null, 0L + 1, null, 50)));
            notFound(() -> outsider.await(i -> new FetchHistory(i, room, null, null, secret.id(), 50)));
            notFound(() -> outsider.send(room, "let me in"));
            notFound(() -> outsider.await(i -> new CloseRoom(i, room)));
            refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(outsider, file.id()));
            notFound(() -> outsider.await(i -> new MarkRead(i, room, secret.id())));
            notFound(() -> outsider.await(i -> new SetNotify(i, room, false)));
            notFound(() -> outsider.await(i -> new UpdateRoom(i, room, "mine now", null, null)));
            notFound(() -> outsider.await(i -> new Appoint(i, room, me(kim))));
            notFound(() -> outsider.await(i -> new ListBans(i, room, null, null, null, null)));
            notFound(() -> outsider.await(i -> new Ban(i, me(kim), room, RestrictionKind.BAN, 3600L, "")));
            // watch skips what the caller may not read, saying nothing about it
            outsider.await(i -> new WatchRooms(i, List.of(room, general)));

            kim.send(chat.id(), "still private");
            MessageInfo barrier = kim.send(general, "public barrier " + room);
            pushes.next(MessagePosted.class, p -> p.message().id() == barrier.id());
            assertThat(pushes.all(MessagePosted.class)).noneMatch(p -> p.message().room() == room);
            assertThat(pushes.all(RoomChanged.class)).noneMatch(p -> p.room().id() == room);
        }
        assertThat(lou.history(chat.id(), null, 50).messages()).extracting(MessageInfo::text)
                .contains("just between us", "still private");
    }

    private static void notFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        ParleyException e = refused(ErrorCode.ROOM_NOT_FOUND, call);
        assertThat(e.params()).containsKey("room");
    }

    @Test
    void guests_haveNoPrivateChats_andNobodyStartsOneWithAGuest() {
        ParleyClient guest = guest();
        ParleyClient user = user("host1");
        long guestId = me(guest);

        assertThat(refused(ErrorCode.FORBIDDEN, () -> startPrivate(guest, me(user))).params()).containsEntry("reason", "guest");
        assertThat(refused(ErrorCode.FORBIDDEN, () -> startPrivate(user, guestId)).params()).containsEntry("reason", "guest");
        assertThat(user.rooms().rooms()).noneMatch(RoomInfo::privateChat);
    }

    @Test
    void private_withOneself_isForbiddenSelf_andWithNobody_isUserNotFound() {
        ParleyClient solo = user("solo");

        assertThat(refused(ErrorCode.FORBIDDEN, () -> startPrivate(solo, me(solo))).params()).containsEntry("reason", "self");
        assertThat(refused(ErrorCode.USER_NOT_FOUND, () -> startPrivate(solo, 987_654L)).params())
                .containsEntry("user", "987654");
    }

    @Test
    void aBlockedUser_cannotStartAPrivateChat_norWriteIntoTheExistingOne_untilUnblocked() {
        ParleyClient pest = user("pest1");
        ParleyClient victim = user("victim1");
        RoomInfo chat = startPrivate(pest, me(victim));
        pest.send(chat.id(), "hi");

        victim.await(i -> new BlockUser(i, me(pest)));

        assertThat(refused(ErrorCode.FORBIDDEN, () -> startPrivate(pest, me(victim))).params())
                .containsEntry("reason", "blocked");
        assertThat(refused(ErrorCode.FORBIDDEN, () -> pest.send(chat.id(), "again")).params())
                .containsEntry("reason", "blocked");
        // the blocker may still write, and starting the chat from their side works
        assertThat(startPrivate(victim, me(pest)).id()).isEqualTo(chat.id());
        victim.send(chat.id(), "stop it");
        assertThat(victim.history(chat.id(), null, 50).messages()).extracting(MessageInfo::text).containsExactly("hi", "stop it");

        victim.await(i -> new UnblockUser(i, me(pest)));
        assertThat(pest.send(chat.id(), "sorry").text()).isEqualTo("sorry");
    }

    @Test
    void roomModeration_isRefusedInAPrivateChat_evenToAnAdminParticipant() {
        ParleyClient boss = admin("boss1");
        long bossId = me(boss);
        ParleyClient worker = user("worker1");
        RoomInfo chat = startPrivate(boss, me(worker));

        for (ParleyClient participant : List.of(boss, worker)) {
            refused(ErrorCode.FORBIDDEN, () -> participant.await(i -> new UpdateRoom(i, chat.id(), "topic", null, null)));
            refused(ErrorCode.FORBIDDEN, () -> participant.await(i -> new UpdateRoom(i, chat.id(), null, 30, null)));
            refused(ErrorCode.FORBIDDEN, () -> participant.await(i -> new ListBans(i, chat.id(), null, null, null, null)));
        }
        refused(ErrorCode.FORBIDDEN, () -> boss.await(i -> new Appoint(i, chat.id(), me(worker))));
        refused(ErrorCode.FORBIDDEN, () -> boss.await(i -> new Ban(i, me(worker), chat.id(), RestrictionKind.MUTE, 600L, "")));
        refused(ErrorCode.FORBIDDEN, () -> worker.await(i -> new Ban(i, bossId, chat.id(), RestrictionKind.BAN, 600L, "")));
        assertThat(worker.send(chat.id(), "still here").text()).isEqualTo("still here");
    }

    @Test
    void aSiteWideBan_holdsInPrivateChats_too() {
        ParleyClient mod = admin("mod1");
        ParleyClient troll = user("troll1");
        ParleyClient friend = user("friend1");
        RoomInfo chat = startPrivate(troll, me(friend));

        mod.await(i -> new Ban(i, me(troll), null, RestrictionKind.BAN, 3600L, "everywhere"));

        refused(ErrorCode.BANNED, () -> troll.send(chat.id(), "hello?"));
        refused(ErrorCode.BANNED, () -> troll.open(chat.id()));
        refused(ErrorCode.BANNED, () -> startPrivate(troll, me(mod)));
    }
}
