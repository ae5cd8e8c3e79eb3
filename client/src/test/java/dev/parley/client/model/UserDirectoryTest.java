package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {
    private final FakeChatService service = new FakeChatService();
    private final UserDirectory users = new UserDirectory(service, new SameThreadTaskExecutor());

    @Test
    void fetchWanted_asksInBatchesOfAHundred_andOnlyForUnknownIds() {
        LongStream.rangeClosed(1, 250).forEach(i -> service.user("u" + i, "#000000"));
        users.put(new UserInfo(1, "u1", "u1", "#000000"));

        users.want(LongStream.rangeClosed(1, 250).boxed().toList());
        users.fetchWanted();

        assertThat(service.requests(FetchUsers.class)).extracting(r -> r.ids().size()).containsExactly(100, 100, 49);
        assertThat(users.name(250)).isEqualTo("u250");
    }

    @Test
    void anIdTheServerLeftOut_isNotAskedForAgain() {
        users.want(List.of(404L));
        users.fetchWanted();
        users.want(List.of(404L));
        users.fetchWanted();

        assertThat(service.requests(FetchUsers.class)).hasSize(1);
        assertThat(users.get(404)).isNull();
    }

    @Test
    void aFailedFetch_isRetriedTheNextTime() {
        UserInfo ania = service.user("ania", "#c0392b");
        service.nextFailure = new ParleyException(ErrorCode.INTERNAL);
        users.want(List.of(ania.id()));
        users.fetchWanted();

        users.want(List.of(ania.id()));
        users.fetchWanted();

        assertThat(service.requests(FetchUsers.class)).hasSize(2);
        assertThat(users.name(ania.id())).isEqualTo("ania");
    }

    @Test
    void listeners_hearOfNewsOnly() {
        List<UserInfo> heard = new ArrayList<>();
        users.onChange(heard::add);
        UserInfo ania = new UserInfo(7, "ania", "Ania", "#c0392b");

        users.put(ania);
        users.put(ania);
        users.put(new UserInfo(7, "ania", "Ania", "#c0392b", "On holiday", null));

        assertThat(heard).hasSize(2);
        assertThat(users.usernames(List.of(7L, 8L))).containsExactly(java.util.Map.entry("ania", 7L));
    }
}
