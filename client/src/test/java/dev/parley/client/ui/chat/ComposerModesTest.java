package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.media.AttachmentTray;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.EditMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The composer's edit mode, reply mode, anonymous checkbox and attachment (spec M-4, M-7, M-10..M-12, UX-3). */
class ComposerModesTest {
    private static final String BLOB = "8460e24969d53e382b52b1caebde8dc491de69e7f4f6924c95c2eb6101822810";
    private final FakeChatService service = new FakeChatService();
    private UserInfo alice;
    private UserInfo me;

    @BeforeEach
    void setUp() {
        service.withRoom(1, "general", "");
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
    }

    private ChatViewModel chat(RoomInfo... rooms) {
        for (RoomInfo r : rooms.length == 0 ? new RoomInfo[] {new RoomInfo(1, "general", "", 0, false)} : rooms) {
            service.withRoom(r);
        }
        ChatViewModel vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, Role.USER, null, n -> { },
                java.time.Clock.systemUTC());
        vm.start();
        return vm;
    }

    private void seed(long id, UserInfo author, String text) {
        service.seed(new MessageInfo(id, 1, author.id(), text, Instant.parse("2026-06-10T10:00:00Z"), null));
    }

    // Edit mode

    @Test
    void upInAnEmptyComposer_editsMyLastMessage_andEnterSavesIt() {
        seed(1, me, "first");
        seed(2, me, "typo hree");
        seed(3, alice, "not mine");
        ChatViewModel vm = chat();
        ComposerViewModel composer = vm.composer();

        assertThat(composer.editLast()).isTrue();
        assertThat(composer.editingProperty().get().id()).isEqualTo(2);
        assertThat(composer.textProperty().get()).isEqualTo("typo hree");

        composer.textProperty().set("typo here");
        composer.send();

        assertThat(service.requests(EditMessage.class)).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo(2L);
            assertThat(e.text()).isEqualTo("typo here");
        });
        MessageItem row = vm.timeline().find(2);
        assertThat(row.text()).isEqualTo("typo here");
        assertThat(row.edited()).isTrue();
        assertThat(composer.editingProperty().get()).isNull();
        assertThat(composer.textProperty().get()).isEmpty();
        assertThat(service.calls).noneMatch(c -> c.startsWith("send"));
    }

    @Test
    void up_withADraft_doesNotEdit() {
        seed(1, me, "first");
        ChatViewModel vm = chat();
        vm.composer().textProperty().set("draft");

        assertThat(vm.composer().editLast()).isFalse();
        assertThat(vm.composer().editingProperty().get()).isNull();
    }

    @Test
    void escape_cancelsTheEdit_andBringsTheDraftBack() {
        seed(1, me, "first");
        ChatViewModel vm = chat();
        ComposerViewModel composer = vm.composer();
        composer.textProperty().set("my draft");
        composer.startEdit(vm.messages().get(0));
        composer.textProperty().set("changed my mind");

        composer.escape();

        assertThat(composer.editingProperty().get()).isNull();
        assertThat(composer.textProperty().get()).isEqualTo("my draft");
        assertThat(vm.messages().get(0).text()).isEqualTo("first");
        assertThat(service.requests(EditMessage.class)).isEmpty();
    }

    @Test
    void savingAnUnchangedText_sendsNothing() {
        seed(1, me, "first");
        ChatViewModel vm = chat();
        vm.composer().editLast();

        vm.composer().send();

        assertThat(service.requests(EditMessage.class)).isEmpty();
        assertThat(vm.composer().editingProperty().get()).isNull();
    }

    @Test
    void aRefusedEdit_staysInEditModeWithTheError() {
        seed(1, me, "first");
        ChatViewModel vm = chat();
        vm.composer().editLast();
        vm.composer().textProperty().set("changed");
        service.answers.put(EditMessage.class, r -> {
            throw new ParleyException(ErrorCode.MUTED);
        });

        vm.composer().send();

        assertThat(vm.composer().editingProperty().get()).isNotNull();
        assertThat(vm.composer().textProperty().get()).isEqualTo("changed");
        assertThat(vm.composer().errorProperty().get().key()).isEqualTo("error.muted");
        assertThat(vm.composer().sendableProperty().get()).as("another try is possible").isTrue();
    }

    @Test
    void othersMessages_cannotBeEdited() {
        seed(1, alice, "hers");
        ChatViewModel vm = chat();

        vm.composer().startEdit(vm.messages().get(0));

        assertThat(vm.composer().editingProperty().get()).isNull();
    }

    // Reply mode

    @Test
    void reply_sendsTheQuotedId_andEndsAfterSending() {
        seed(1, alice, "question?");
        ChatViewModel vm = chat();
        vm.composer().replyTo(vm.messages().get(0));
        assertThat(vm.composer().replyingToProperty().get().id()).isEqualTo(1);

        vm.composer().textProperty().set("answer");
        vm.composer().send();

        assertThat(service.sends).singleElement().satisfies(s -> assertThat(s.replyTo()).isEqualTo(1L));
        assertThat(vm.composer().replyingToProperty().get()).isNull();
        assertThat(vm.messages().get(1).replyTo().id()).isEqualTo(1);
    }

    @Test
    void escape_dismissesTheQuote() {
        seed(1, alice, "question?");
        ChatViewModel vm = chat();
        vm.composer().replyTo(vm.messages().get(0));

        vm.composer().escape();
        vm.composer().textProperty().set("not a reply");
        vm.composer().send();

        assertThat(service.sends).singleElement().satisfies(s -> assertThat(s.replyTo()).isNull());
    }

    @Test
    void aFailedReply_comesBackWithItsQuote() {
        seed(1, alice, "question?");
        ChatViewModel vm = chat();
        vm.composer().replyTo(vm.messages().get(0));
        vm.composer().textProperty().set("much too long answer");

        vm.composer().send();

        assertThat(vm.composer().textProperty().get()).isEqualTo("much too long answer");
        assertThat(vm.composer().replyingToProperty().get().id()).isEqualTo(1);
    }

    // Anonymous

    @Test
    void anonymous_offeredInPublicRooms_notInPrivateChats() {
        ChatViewModel vm = chat(new RoomInfo(1, "general", "", 0, false),
                new RoomInfo(2, "ana & me", null, 0, false, RoomInfo.PRIVATE, null, List.of()));
        assertThat(vm.composer().anonymousAllowedProperty().get()).isTrue();

        vm.openRoom(vm.rooms().get(1));

        assertThat(vm.composer().anonymousAllowedProperty().get()).isFalse();
        vm.composer().anonymousProperty().set(true);
        vm.composer().textProperty().set("hi");
        vm.composer().send();
        assertThat(service.sends).singleElement().satisfies(s -> assertThat(s.anonymous()).isFalse());
    }

    @Test
    void anonymous_isSentAsAsked_andUncheckedAfterSending() {
        ChatViewModel vm = chat();
        vm.composer().anonymousProperty().set(true);
        vm.composer().textProperty().set("secret");

        vm.composer().send();

        assertThat(service.sends).singleElement().satisfies(s -> assertThat(s.anonymous()).isTrue());
        assertThat(vm.composer().anonymousProperty().get()).isFalse();
        MessageItem row = vm.messages().get(0);
        assertThat(row.anonymous()).isTrue();
        assertThat(row.mine()).as("the author still sees it as theirs").isTrue();
        assertThat(row.authorName()).isEqualTo("me");
    }

    @Test
    void anonymous_isRememberedPerRoomUntilSent() {
        ChatViewModel vm = chat(new RoomInfo(1, "general", "", 0, false), new RoomInfo(2, "random", "", 0, false));
        vm.composer().anonymousProperty().set(true);

        vm.openRoom(vm.rooms().get(1));
        assertThat(vm.composer().anonymousProperty().get()).isFalse();
        vm.openRoom(vm.rooms().get(0));

        assertThat(vm.composer().anonymousProperty().get()).isTrue();
    }

    // Attachment

    @Test
    void attachment_isUploadedAndSent_textMayBeEmpty_andTheTrayIsCleared() {
        ChatViewModel vm = chat();
        FakeTray tray = new FakeTray();
        vm.composer().setTray(tray);
        tray.put();

        vm.composer().send();

        assertThat(tray.uploads).isEqualTo(1);
        assertThat(service.sends).singleElement().satisfies(s -> {
            assertThat(s.attachment()).isEqualTo(BLOB);
            assertThat(s.text()).isEmpty();
        });
        assertThat(tray.emptyProperty().get()).isTrue();
        assertThat(vm.messages().get(0).attachment().id()).isEqualTo(BLOB);
    }

    @Test
    void afterALostReply_theResendReusesTheUploadAndTheClientMessageId() {
        ChatViewModel vm = chat();
        FakeTray tray = new FakeTray();
        vm.composer().setTray(tray);
        tray.put();
        service.nextFailureAfterStoring = new UncheckedIOException(new IOException("reply lost"));
        vm.composer().textProperty().set("pic");

        vm.composer().send();
        assertThat(tray.emptyProperty().get()).as("the tray keeps it until it is sent").isFalse();
        vm.composer().send();

        assertThat(tray.uploads).isEqualTo(1);
        assertThat(service.sends).hasSize(2);
        assertThat(service.sends.get(1).clientMessageId()).isEqualTo(service.sends.get(0).clientMessageId());
        assertThat(service.messages.get(1L)).as("stored once").hasSize(1);
    }

    @Test
    void blankTextWithoutAttachment_isNotSent() {
        ChatViewModel vm = chat();
        vm.composer().setTray(new FakeTray());
        vm.composer().textProperty().set("   ");

        vm.composer().send();

        assertThat(service.sends).isEmpty();
    }

    /** A tray holding one pretend file. */
    private static final class FakeTray implements AttachmentTray {
        private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
        int uploads;

        void put() {
            empty.set(false);
        }

        @Override
        public javafx.scene.Node node() {
            return null;
        }

        @Override
        public javafx.scene.Node pickButton() {
            return null;
        }

        @Override
        public void install(javafx.scene.control.TextInputControl input, javafx.scene.Node dropTarget) {
        }

        @Override
        public ReadOnlyBooleanProperty emptyProperty() {
            return empty.getReadOnlyProperty();
        }

        @Override
        public Attachment upload() {
            if (empty.get()) {
                return null;
            }
            uploads++;
            return new Attachment(BLOB, Attachment.FILE, "notes.txt", 5, "application/octet-stream", null, null, null);
        }

        @Override
        public void clear() {
            empty.set(true);
        }
    }
}
