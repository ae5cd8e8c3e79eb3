package dev.parley.server.attention;

import static dev.parley.server.Expect.eventually;
import static dev.parley.server.Expect.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.ConversationChanged;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.Expect.Pushes;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read state, unread counts and notification settings (specs) against a real
 * server: counts at login after messages arrived while away, one's own messages and messages from
 * before the account never counting, the marker moving forward only and following the user to
 * their other connections, and the setting kept across logins.
 */
class ConversationsIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ConversationState state(ParleyClient c, long room) {
        return c.await(ListConversations::new).conversations().stream().filter(s -> s.room() == room).findFirst()
                .orElseThrow(() -> new AssertionError("room " + room + " not in conversations"));
    }

    private static List<MessageInfo> sendMany(ParleyClient c, long room, String prefix, int count) {
        List<MessageInfo> sent = new ArrayList<>();
        // pipelined in batches below the per-connection limit of requests in flight
        for (int start = 0; start < count; start += 200) {
            List<CompletableFuture<MessageInfo>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + 200); i++) {
                String text = prefix + " " + i;
                batch.add(c.call(id -> new SendMessage(id, room, UUID.randomUUID(), text)));
            }
            batch.forEach(f -> sent.add(f.join()));
        }
        return sent;
    }

    @Test
    void conversations_atLogin_countMessagesByOthersThatArrivedWhileAway_notOnesOwn() {
        ParleyClient ola = server.user("ola");
        long general = TestServer.roomId(ola, "general");
        long random = TestServer.roomId(ola, "random");
        MessageInfo mine = ola.send(general, "see you later");
        ola.close();

        ParleyClient piotr = server.user("piotr");
        List<MessageInfo> whileAway = sendMany(piotr, general, "while you were away", 3);
        piotr.send(random, "elsewhere");

        ParleyClient back = server.login("ola");
        List<ConversationState> all = back.await(ListConversations::new).conversations();

        assertThat(all).extracting(ConversationState::room).containsExactlyElementsOf(
                back.rooms().rooms().stream().map(RoomInfo::id).toList());
        ConversationState g = state(back, general);
        assertThat(g.unread()).isEqualTo(3);
        assertThat(g.mentions()).isZero();
        assertThat(g.notifications()).isTrue();
        assertThat(g.lastRead()).isGreaterThanOrEqualTo(mine.id()).isLessThan(whileAway.get(0).id());
        assertThat(state(back, random).unread()).isEqualTo(1);
        // piotr's own messages never count for piotr
        assertThat(state(piotr, general).unread()).isZero();
    }

    @Test
    void messagesFromBeforeTheAccountWasCreated_neverCount() {
        ParleyClient early = server.user("early");
        long general = TestServer.roomId(early, "general");
        List<MessageInfo> old = sendMany(early, general, "history", 5);

        ParleyClient late = server.user("late");
        ConversationState s = state(late, general);

        assertThat(s.unread()).isZero();
        assertThat(s.lastRead()).isGreaterThanOrEqualTo(old.get(4).id());
        MessageInfo fresh = early.send(general, "welcome, late");
        assertThat(state(late, general).unread()).isEqualTo(1);
        assertThat(state(late, general).lastRead()).isLessThan(fresh.id());
    }

    @Test
    void read_movesTheMarkerForwardOnly_toAMessageOfThatRoom() {
        ParleyClient rita = server.user("rita");
        ParleyClient sam = server.user("sam");
        long general = TestServer.roomId(rita, "general");
        long random = TestServer.roomId(rita, "random");
        List<MessageInfo> m = sendMany(sam, general, "news", 4);
        MessageInfo elsewhere = sam.send(random, "other room");

        ConversationState afterTwo = rita.await(i -> new MarkRead(i, general, m.get(1).id()));
        assertThat(afterTwo.lastRead()).isEqualTo(m.get(1).id());
        assertThat(afterTwo.unread()).isEqualTo(2);

        ConversationState back = rita.await(i -> new MarkRead(i, general, m.get(0).id()));
        assertThat(back.lastRead()).isEqualTo(m.get(1).id());
        assertThat(back.unread()).isEqualTo(2);

        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> rita.await(i -> new MarkRead(i, general, elsewhere.id())));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> rita.await(i -> new MarkRead(i, general, 9_999_999L)));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> rita.await(i -> new MarkRead(i, 9_999_999L, m.get(0).id())));
        assertThat(state(rita, general).lastRead()).isEqualTo(m.get(1).id());

        ConversationState all = rita.await(i -> new MarkRead(i, general, m.get(3).id()));
        assertThat(all.unread()).isZero();
        assertThat(state(rita, general)).isEqualTo(all);
    }

    @Test
    void readState_reachesTheUsersOtherClients_andConversationsAgrees() throws Exception {
        ParleyClient desk = server.user("tina");
        ParleyClient phone = server.login("tina");
        ParleyClient other = server.user("ulf");
        Pushes toPhone = new Pushes(phone);
        Pushes toDesk = new Pushes(desk);
        Pushes toOther = new Pushes(other);
        long general = TestServer.roomId(desk, "general");
        List<MessageInfo> m = sendMany(other, general, "hello tina", 3);

        ConversationState read = desk.await(i -> new MarkRead(i, general, m.get(1).id()));

        ConversationChanged pushed = toPhone.next(ConversationChanged.class);
        assertThat(pushed.conversation()).isEqualTo(read);
        assertThat(read.unread()).isEqualTo(1);
        assertThat(state(phone, general)).isEqualTo(read);

        ConversationState muted = phone.await(i -> new SetNotify(i, general, false));
        assertThat(toDesk.next(ConversationChanged.class).conversation()).isEqualTo(muted);
        assertThat(muted.notifications()).isFalse();
        assertThat(muted.lastRead()).isEqualTo(m.get(1).id());
        // the connection that changed it gets only its reply, other users nothing; a request of
        // each is answered after any push queued for it before
        for (ParleyClient c : List.of(desk, phone, other)) {
            c.await(ListConversations::new);
        }
        assertThat(toDesk.all(ConversationChanged.class)).hasSize(1);
        assertThat(toPhone.all(ConversationChanged.class)).hasSize(1);
        assertThat(toOther.all(ConversationChanged.class)).isEmpty();
    }

    @Test
    void notify_isStoredOnTheServer_acrossLogins_andIsOnByDefault() {
        ParleyClient vera = server.user("vera");
        long general = TestServer.roomId(vera, "general");
        long random = TestServer.roomId(vera, "random");

        assertThat(vera.await(i -> new SetNotify(i, random, false)).notifications()).isFalse();
        vera.close();
        server.restart();

        ParleyClient again = server.login("vera");
        assertThat(state(again, random).notifications()).isFalse();
        assertThat(state(again, general).notifications()).isTrue();
        assertThat(again.await(i -> new SetNotify(i, random, true)).notifications()).isTrue();
        assertThat(state(again, random).notifications()).isTrue();
        refused(ErrorCode.ROOM_NOT_FOUND, () -> again.await(i -> new SetNotify(i, 9_999_999L, false)));
    }

    @Test
    void sendingAMessage_movesTheSendersMarkerToIt() throws Exception {
        ParleyClient wiki = server.user("wiki");
        ParleyClient xena = server.user("xena");
        long random = TestServer.roomId(wiki, "random");
        sendMany(xena, random, "before wiki answers", 2);

        MessageInfo answer = wiki.send(random, "I read all that");

        eventually("wiki's marker at her own message", () -> {
            ConversationState s = state(wiki, random);
            return s.lastRead() != null && s.lastRead() == answer.id() && s.unread() == 0;
        });
        assertThat(state(xena, random).unread()).isEqualTo(1);
    }
}
