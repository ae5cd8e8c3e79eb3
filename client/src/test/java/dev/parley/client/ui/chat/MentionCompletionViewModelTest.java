package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @} completion (spec M-12): which word is completed, coalesced member requests, keys, insertion. */
class MentionCompletionViewModelTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "");
    private final List<UserInfo> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service.user("tomek", "#16a085");
        service.user("tola", "#16a085");
        service.user("ania", "#c0392b");
        service.users.put(99L, new UserInfo(99, "bob", "Tobias", "#000000"));
    }

    private MentionCompletionViewModel completion(TaskExecutor executor) {
        return new MentionCompletionViewModel(service, executor, () -> 1L, seen::addAll);
    }

    private static List<String> names(MentionCompletionViewModel vm) {
        return vm.suggestions().stream().map(UserInfo::username).toList();
    }

    @Test
    void atAndAPrefix_offerMembersByUserOrDisplayName() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());

        vm.update("hi @to", 6);

        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(names(vm)).containsExactly("bob", "tola", "tomek");
        assertThat(vm.selectedProperty().get()).isZero();
        assertThat(service.requests(RoomMembers.class)).singleElement().satisfies(r -> {
            assertThat(r.room()).isEqualTo(1L);
            assertThat(r.prefix()).isEqualTo("to");
        });
        assertThat(seen).isNotEmpty();
    }

    @Test
    void noCompletion_inAnEmailAddress_orAfterASpace() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());

        vm.update("write ana@to", 12);
        assertThat(vm.showingProperty().get()).isFalse();
        vm.update("@tomek done", 11);
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(service.requests(RoomMembers.class)).isEmpty();
    }

    @Test
    void typingOn_narrowsACompleteAnswerWithoutAskingAgain() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());
        vm.update("@t", 2);

        vm.update("@to", 3);
        vm.update("@tom", 4);

        assertThat(names(vm)).containsExactly("tomek");
        assertThat(service.requests(RoomMembers.class)).hasSize(1);
    }

    @Test
    void requestsAreCoalesced_oneInFlight_theNewestPrefixAskedNext() {
        for (int i = 0; i < 10; i++) {
            service.user("t" + i + "user", "#000000");
        }
        ManualTaskExecutor executor = new ManualTaskExecutor();
        MentionCompletionViewModel vm = completion(executor);

        vm.update("@t", 2);
        vm.update("@t1", 3);
        vm.update("@t1u", 4);
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();

        assertThat(service.requests(RoomMembers.class)).extracting(RoomMembers::prefix).containsExactly("t", "t1u");
        assertThat(names(vm)).containsExactly("t1user");
    }

    @Test
    void upDownAndEnter_chooseAndInsertTheUsernameWithASpace() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());
        vm.update("hi @to and", 6);

        vm.move(1);
        vm.move(1);
        vm.move(1);
        vm.move(-1);
        MentionCompletionViewModel.Insertion insertion = vm.accept();

        assertThat(insertion).isEqualTo(new MentionCompletionViewModel.Insertion(3, 6, "@tomek ", 10));
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void escape_closesUntilAnotherWordIsTyped() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());
        vm.update("@to", 3);

        vm.dismiss();
        vm.update("@tom", 4);
        assertThat(vm.showingProperty().get()).isFalse();

        vm.update("@tom @a", 7);
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(names(vm)).containsExactly("ania");
    }

    @Test
    void accept_withNothingOffered_insertsNothing() {
        MentionCompletionViewModel vm = completion(new SameThreadTaskExecutor());
        vm.update("@zz", 3);

        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.accept()).isNull();
    }
}
