package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.SameThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayNotifierTest {
    private final FakeTray tray = new FakeTray();
    private final TrayNotifier notifier = new TrayNotifier(tray);
    private final List<Notification> opened = new ArrayList<>();

    {
        notifier.setOnActivated(opened::add);
    }

    @Test
    void show_displaysTheSummaryAsCaptionAndTheBody() {
        notifier.show(new Notification(7, 70, "Ania in #general", "hi <there>"));

        assertThat(tray.messages).containsExactly("Ania in #general|hi <there>");
    }

    @Test
    void click_opensTheLastNotificationShown() {
        notifier.show(new Notification(7, 70, "Ania", "first"));
        notifier.show(new Notification(8, 80, "Bob", "second"));

        tray.click();

        assertThat(opened).extracting(Notification::messageId).containsExactly(80L);
    }

    @Test
    void click_withNothingShown_opensNothing() {
        tray.click();

        assertThat(opened).isEmpty();
    }

    @Test
    void dismiss_ofTheLastShownConversation_forgetsIt_otherConversationsDoNot() {
        notifier.show(new Notification(7, 70, "Ania", "first"));
        notifier.dismiss(8);
        tray.click();
        notifier.dismiss(7);
        tray.click();

        assertThat(opened).extracting(Notification::messageId).containsExactly(70L);
    }

    @Test
    void close_stopsListeningToTheTray() {
        notifier.show(new Notification(7, 70, "Ania", "first"));

        notifier.close();

        assertThat(tray.listeners).isEmpty();
    }

    @Test
    void desktopTray_headless_isNotInstalled() {
        assertThat(DesktopTray.install("Parley", new SameThreadTaskExecutor())).isEmpty();
        assertThat(TaskbarBadge.detect().supported()).isFalse();
    }

    private static final class FakeTray implements TrayBalloons {
        final List<String> messages = new ArrayList<>();
        final List<Runnable> listeners = new ArrayList<>();

        @Override
        public void displayMessage(String caption, String text) {
            messages.add(caption + "|" + text);
        }

        @Override
        public void addClickListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeClickListener(Runnable listener) {
            listeners.remove(listener);
        }

        void click() {
            List.copyOf(listeners).forEach(Runnable::run);
        }
    }
}
