package dev.parley.client.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile dialog (spec ID-4): changed fields only, the avatar through the picture upload, errors. */
class ProfileViewModelTest {
    private static final String PICTURE = "87bbe879c7a5f5784a70384bb49fa9513a6a3fbe4c2d388635e3c87611c03fae";
    private final FakeChatService service = new FakeChatService();
    private final List<UserInfo> saved = new ArrayList<>();
    private UserInfo me;

    @BeforeEach
    void setUp() {
        me = service.register("weatherbot", "password1").user();
    }

    private ProfileViewModel profile(ProfileViewModel.PictureUpload upload) {
        return new ProfileViewModel(service, new SameThreadTaskExecutor(), me, upload, saved::add);
    }

    @Test
    void save_sendsOnlyWhatChanged_andReportsTheNewProfile() {
        ProfileViewModel vm = profile(f -> null);
        vm.statusProperty().set("Forecasts every hour");
        vm.colorProperty().set("#8e44ad");

        vm.save();

        assertThat(service.requests(UpdateProfile.class)).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isNull();
            assertThat(r.color()).isEqualTo("#8e44ad");
            assertThat(r.status()).isEqualTo("Forecasts every hour");
            assertThat(r.avatar()).isNull();
        });
        assertThat(saved).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo("Forecasts every hour"));
        assertThat(vm.savedProperty().get()).isTrue();
    }

    @Test
    void save_withNothingChanged_sendsNothing() {
        ProfileViewModel vm = profile(f -> null);

        vm.save();

        assertThat(service.requests(UpdateProfile.class)).isEmpty();
        assertThat(vm.savedProperty().get()).isTrue();
    }

    @Test
    void save_refusesAnEmptyName() {
        ProfileViewModel vm = profile(f -> null);
        vm.displayNameProperty().set("   ");

        vm.save();

        assertThat(vm.errorProperty().get().key()).isEqualTo("profile.error.name_empty");
        assertThat(service.requests(UpdateProfile.class)).isEmpty();
    }

    @Test
    void clearingTheStatus_sendsAnEmptyStatus() {
        me = service.request(id -> new UpdateProfile(id, null, null, "busy", null));
        ProfileViewModel vm = profile(f -> null);
        vm.statusProperty().set("");

        vm.save();

        assertThat(service.requests(UpdateProfile.class).get(1).status()).isEmpty();
        assertThat(saved.get(0).status()).isNull();
    }

    @Test
    void chooseAvatar_uploadsThePicture_thenSetsItsId() {
        List<Path> uploaded = new ArrayList<>();
        ProfileViewModel vm = profile(f -> {
            uploaded.add(f);
            return new Attachment(PICTURE, Attachment.PICTURE, "me.png", 100, "image/png", 128, 128, null);
        });

        vm.chooseAvatar(Path.of("me.png"));

        assertThat(uploaded).containsExactly(Path.of("me.png"));
        assertThat(service.requests(UpdateProfile.class)).singleElement().satisfies(r -> assertThat(r.avatar()).isEqualTo(PICTURE));
        assertThat(vm.userProperty().get().avatar()).isEqualTo(PICTURE);
        assertThat(saved).hasSize(1);
        assertThat(vm.savedProperty().get()).as("the dialog stays open").isFalse();
    }

    @Test
    void anUploadThatCannotBeMade_saysSo() {
        ProfileViewModel vm = profile(f -> {
            throw new IOException("pictures are not supported by this version yet");
        });

        vm.chooseAvatar(Path.of("me.png"));

        assertThat(vm.errorProperty().get().key()).isEqualTo("profile.error.avatar_upload");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(service.requests(UpdateProfile.class)).isEmpty();
    }

    @Test
    void aPictureTheServerRefuses_showsTheServersReason() {
        ProfileViewModel vm = profile(f -> {
            throw new ParleyException(ErrorCode.UNSUPPORTED_PICTURE);
        });

        vm.chooseAvatar(Path.of("me.txt"));

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.unsupported_picture");
    }

    @Test
    void aGuest_isToldTheServersRefusal() {
        service.answers.put(UpdateProfile.class, r -> {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        });
        ProfileViewModel vm = profile(f -> null);
        vm.statusProperty().set("hello");

        vm.save();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.forbidden");
        assertThat(vm.savedProperty().get()).isFalse();
    }
}
