package dev.parley.client.media;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.Welcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of one composer's attachment tray (spec M-10, M-11): at most one pending picture or
 * file, its upload progress and what went wrong. A new item replaces the pending one (a message
 * carries one attachment). Items are checked before anything is sent: their kind by content, their
 * size against the limits the server announced in its Welcome. Reading and sniffing files runs on
 * the executor's background thread; properties change on the UI thread only.
 */
final class TrayViewModel {
    private final TaskExecutor executor;
    private final Supplier<Welcome> welcome;
    private final Uploader uploader;
    private final ReadOnlyObjectWrapper<PendingAttachment> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UiText> notice = new SimpleObjectProperty<>();
    /** Bumped by every offer and clear: a slow offer finishing after a newer one is dropped. */
    private int generation;

    TrayViewModel(TaskExecutor executor, Supplier<Welcome> welcome, Uploader uploader) {
        this.executor = executor;
        this.welcome = welcome;
        this.uploader = uploader;
        empty.bind(pending.isNull());
    }

    // Properties

    /** The item waiting to be sent, or null. */
    ReadOnlyObjectProperty<PendingAttachment> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Upload progress from 0 to 1, or -1 while not uploading. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while an offered item is being read (a clipboard picture encoded, a file sniffed). */
    ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** Why the last item was refused or its upload failed; null when nothing went wrong. */
    ObjectProperty<UiText> errorProperty() {
        return error;
    }

    /** A remark about the last offer (only the first of several files was taken); null otherwise. */
    ObjectProperty<UiText> noticeProperty() {
        return notice;
    }

    // Commands

    /** Offers files (picked, dropped or pasted): the first is taken, the rest are said to be left out. */
    void offerFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        offer(() -> {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file: " + file);
            }
            UploadSource source = UploadSource.of(file);
            return describe(file.getFileName().toString(), source);
        }, files.size() > 1 ? UiText.of("media.tray.one_only") : null);
    }

    /** Offers a picture from the clipboard: {@code png} encodes it (on the background thread). */
    void offerPicture(String name, Callable<byte[]> png) {
        offer(() -> describe(name, UploadSource.of(png.call())), null);
    }

    /** Forgets the pending item and any error. */
    void clear() {
        generation++;
        pending.set(null);
        error.set(null);
        notice.set(null);
        progress.set(-1);
        preparing.set(false);
    }

    /**
     * Uploads the pending item and returns the stored attachment, or null when nothing is pending.
     * Blocking, on a background thread. A failure is shown in the tray and thrown.
     */
    Attachment upload() throws IOException {
        PendingAttachment item = pending.get();
        if (item == null) {
            return null;
        }
        executor.onUiThread(() -> {
            error.set(null);
            progress.set(0);
        });
        try {
            Attachment stored = uploader.upload(item.source(), item.name(), item.kind(), received ->
                    executor.onUiThread(() -> progress.set(item.size() == 0 ? 1 : (double) received / item.size())));
            executor.onUiThread(() -> progress.set(-1));
            return stored;
        } catch (IOException | RuntimeException e) {
            UiText text = ErrorTexts.of(e, false);
            executor.onUiThread(() -> {
                progress.set(-1);
                error.set(text);
            });
            throw e;
        }
    }

    private void offer(Callable<PendingAttachment> read, UiText remark) {
        int mine = ++generation;
        error.set(null);
        notice.set(null);
        preparing.set(true);
        executor.run(read, item -> {
            if (mine != generation) {
                return;
            }
            preparing.set(false);
            UiText refusal = refusal(item);
            if (refusal != null) {
                error.set(refusal);
                return;
            }
            pending.set(item);
            notice.set(remark);
        }, failure -> {
            if (mine != generation) {
                return;
            }
            preparing.set(false);
            error.set(failure instanceof IOException ? UiText.of("media.tray.unreadable") : ErrorTexts.of(failure, false));
        });
    }

    /** Why {@code item} cannot be sent to this server, or null when it can. */
    UiText refusal(PendingAttachment item) {
        Welcome w = welcome.get();
        Long max = w == null ? null : item.isPicture() ? w.maxPictureBytes() : w.maxFileBytes();
        if (max == null) {
            return UiText.of("media.tray.no_uploads");
        }
        if (item.size() == 0) {
            return UiText.of("media.tray.empty_file");
        }
        if (item.size() > max) {
            return UiText.of(item.isPicture() ? "media.tray.picture_too_large" : "media.tray.file_too_large",
                    SizeFormat.text(item.size()), SizeFormat.text(max));
        }
        return null;
    }

    private static PendingAttachment describe(String name, UploadSource source) throws IOException {
        PictureSniffer.Sniffed sniffed = PictureSniffer.sniff(source);
        return new PendingAttachment(Uploader.uploadName(name), source.size(), sniffed.kind(), sniffed.width(),
                sniffed.height(), source);
    }
}
