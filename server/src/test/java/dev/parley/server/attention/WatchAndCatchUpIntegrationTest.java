package dev.parley.server.attention;

import static dev.parley.server.Expect.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
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
 * {@code watch} (pushes of many rooms without pages), {@code open} around a message (spec A-2:
 * opening at the first unread one) and the catch-up after a reconnect (spec UX-4: resume, then
 * {@code history after} page by page until {@code hasNewer} is false) against a real server.
 */
class WatchAndCatchUpIntegrationTest {
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

    private static List<MessageInfo> sendMany(ParleyClient c, long room, String prefix, int count) {
        List<CompletableFuture<MessageInfo>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = prefix + " " + i;
            futures.add(c.call(id -> new SendMessage(id, room, UUID.randomUUID(), text)));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void watch_deliversThePushesOfSeveralRooms_skipsWhatCannotBeRead_andCloseEndsOne() throws Exception {
        ParleyClient reader = server.user("reader1");
        ParleyClient writer = server.user("writer1");
        long general = TestServer.roomId(reader, "general");
        long random = TestServer.roomId(reader, "random");
        Pushes pushes = new Pushes(reader);

        reader.await(i -> new WatchRooms(i, List.of(general, random, 9_999_999L)));
        MessageInfo g = writer.send(general, "to general");
        MessageInfo r = writer.send(random, "to random");

        assertThat(pushes.next(MessagePosted.class, p -> p.message().id() == g.id()).message().room()).isEqualTo(general);
        assertThat(pushes.next(MessagePosted.class, p -> p.message().id() == r.id()).message().room()).isEqualTo(random);

        reader.await(i -> new CloseRoom(i, random));
        writer.send(random, "not for you any more");
        MessageInfo barrier = writer.send(general, "barrier");
        pushes.next(MessagePosted.class, p -> p.message().id() == barrier.id());
        assertThat(pushes.all(MessagePosted.class)).extracting(p -> p.message().room())
                .containsExactly(general, random, general);
    }

    @Test
    void aBan_unsubscribesWatchedRooms_andWatchSkipsARoomTheUserIsBannedFrom() throws Exception {
        ParleyClient banned = server.user("banned1");
        long bannedId = banned.send(TestServer.roomId(banned, "general"), "hi").author();
        ParleyClient writer = server.user("writer2");
        RoomInfo club = writer.await(i -> new dev.parley.protocol.frame.CreateRoom(i, "club-" + bannedId, ""));
        long general = TestServer.roomId(banned, "general");
        Pushes pushes = new Pushes(banned);
        banned.await(i -> new WatchRooms(i, List.of(club.id(), general)));

        writer.await(i -> new Ban(i, bannedId, club.id(), RestrictionKind.BAN, 3600L, "out"));
        pushes.next(RestrictionChanged.class);
        writer.send(club.id(), "behind your back");
        banned.await(i -> new WatchRooms(i, List.of(club.id())));
        writer.send(club.id(), "still behind your back");
        MessageInfo barrier = writer.send(general, "barrier");
        pushes.next(MessagePosted.class, p -> p.message().id() == barrier.id());

        assertThat(pushes.all(MessagePosted.class)).noneMatch(p -> p.message().room() == club.id());
        refused(ErrorCode.BANNED, () -> banned.history(club.id(), null, 10));
    }

    @Test
    void open_aroundAMessage_returnsHalfTheLimitBeforeIt_andTheRestFromItOn() throws Exception {
        ParleyClient writer = server.user("writer3");
        RoomInfo room = writer.await(i -> new dev.parley.protocol.frame.CreateRoom(i, "around-room", ""));
        List<MessageInfo> m = sendMany(writer, room.id(), "line", 10);
        ParleyClient reader = server.user("reader3");
        Pushes pushes = new Pushes(reader);

        HistoryPage page = reader.await(i -> new OpenRoom(i, room.id(), 4, m.get(4).id()));

        assertThat(page.messages()).extracting(MessageInfo::id)
                .containsExactly(m.get(2).id(), m.get(3).id(), m.get(4).id(), m.get(5).id());
        assertThat(page.hasMore()).isTrue();
        assertThat(page.newerExist()).isTrue();
        assertThat(page.users()).extracting(u -> u.username()).containsExactly("writer3");

        // a page of one is that message alone (no older half; found by the fuzz test)
        HistoryPage one = reader.await(i -> new OpenRoom(i, room.id(), 1, m.get(4).id()));
        assertThat(one.messages()).extracting(MessageInfo::id).containsExactly(m.get(4).id());
        assertThat(one.hasMore()).isTrue();
        assertThat(one.newerExist()).isTrue();

        // the first unread one need not exist (lastRead + 1): the page is then the messages around that id
        HistoryPage atEnd = reader.await(i -> new OpenRoom(i, room.id(), 4, m.get(9).id() + 1));
        assertThat(atEnd.messages()).extracting(MessageInfo::id).containsExactly(m.get(8).id(), m.get(9).id());
        assertThat(atEnd.newerExist()).isFalse();

        // open around subscribes like open: new messages are pushed
        HistoryPage atStart = reader.await(i -> new OpenRoom(i, room.id(), 5, m.get(0).id()));
        assertThat(atStart.messages()).extracting(MessageInfo::id)
                .containsExactly(m.get(0).id(), m.get(1).id(), m.get(2).id());
        assertThat(atStart.hasMore()).isFalse();
        assertThat(atStart.newerExist()).isTrue();
        MessageInfo fresh = writer.send(room.id(), "pushed to the opened room");
        assertThat(pushes.next(MessagePosted.class).message().id()).isEqualTo(fresh.id());
    }

    @Test
    void afterAReconnect_historyAfter_pageByPage_catchesUpWithNoGapAndNoDuplicate() {
        ParleyClient reader = server.connect();
        SessionInfo session = reader.register("reader4", "password-reader4");
        ParleyClient writer = server.user("writer4");
        RoomInfo room = writer.await(i -> new dev.parley.protocol.frame.CreateRoom(i, "catch-up", ""));
        MessageInfo last = reader.open(room.id()).messages().stream().reduce((a, b) -> b).orElse(null);
        long lastSeen = last == null ? 1 : last.id();
        reader.close();

        List<MessageInfo> missed = sendMany(writer, room.id(), "while offline", 250);

        ParleyClient back = server.connect();
        back.resume(session.token());
        back.open(room.id());
        List<Long> caught = new ArrayList<>();
        long after = lastSeen;
        int pages = 0;
        while (true) {
            long from = after;
            HistoryPage page = back.await(i -> new FetchHistory(i, room.id(), null, from, null, 100));
            pages++;
            page.messages().forEach(msg -> caught.add(msg.id()));
            if (!page.newerExist() || page.messages().isEmpty()) {
                break;
            }
            after = page.messages().get(page.messages().size() - 1).id();
        }

        assertThat(caught).containsExactlyElementsOf(missed.stream().map(MessageInfo::id).toList());
        assertThat(pages).isEqualTo(3);
    }
}
