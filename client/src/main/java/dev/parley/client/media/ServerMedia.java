package dev.parley.client.media;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.Welcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The {@link Media} of a logged-in session: content fetched from the server with pipelined
 * {@code fetch} requests, checked against its SHA-256 id, kept in a bounded disk cache under
 * {@code cacheDir} and, decoded at display size, in a bounded memory cache; uploads in pipelined
 * pieces. Built once per login by the app; all its background work runs on its own daemon threads
 * ({@link MediaExecutor}), results reach the UI thread through the app's executor.
 */
public final class ServerMedia implements Media, AutoCloseable {
    /** Most bytes accepted for one piece of content when the server's Welcome names no limit. */
    private static final long DEFAULT_MAX_CONTENT = 1L << 30;

    private final ChatService service;
    private final Localization i18n;
    private final MediaExecutor executor;
    private final ContentStore store;
    private final ImageLoader images;
    private final Uploader uploader;
    private final SaveChooser chooser;
    private final int window;

    public ServerMedia(ChatService service, TaskExecutor executor, Path cacheDir, Localization i18n) {
        this(service, executor, cacheDir, i18n, MediaSettings.DEFAULTS, SaveChooser.fileChooser(i18n));
    }

    public ServerMedia(ChatService service, TaskExecutor executor, Path cacheDir, Localization i18n,
                       MediaSettings settings, SaveChooser chooser) {
        this.service = service;
        this.i18n = i18n;
        this.chooser = chooser;
        this.window = settings.window();
        this.executor = MediaExecutor.pooled(settings.threads(), executor);
        DiskCache cache = new DiskCache(cacheDir, settings.diskCacheBytes(), Clock.systemUTC());
        BlobFetcher fetcher = new BlobFetcher(service, this.executor, settings.window());
        this.store = new ContentStore(cache, fetcher, this.executor, settings.downloads(), maxContentBytes(service.welcome()));
        this.images = new ImageLoader(store, settings.memoryCacheBytes(), this.executor);
        this.uploader = new Uploader(service, settings.window());
    }

    @Override
    public Node attachment(Attachment attachment) {
        if (attachment.isPicture()) {
            return new PictureView(attachment, images, i18n, this::openViewer, executor::onUiThread);
        }
        return new FileView(attachment, store, i18n, chooser, executor);
    }

    @Override
    public Node avatar(UserInfo user, double size) {
        return new AvatarView(user, size, images, executor::onUiThread);
    }

    @Override
    public AttachmentTray newTray() {
        return new ComposerTray(new TrayViewModel(executor, service::welcome, new Uploader(service, window)), i18n, executor);
    }

    @Override
    public Attachment uploadPicture(Path file) throws IOException {
        return uploader.upload(UploadSource.of(file), file.getFileName().toString(), Attachment.PICTURE, received -> { });
    }

    /** Opens the full picture in a viewer window; returns it (for tests). */
    PictureViewer openViewer(Attachment picture) {
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        PictureViewer viewer = new PictureViewer(picture, images, store, i18n, chooser, executor, owner);
        viewer.show();
        return viewer;
    }

    /** The verified bytes of {@code id}, from the disk cache or fetched (for tests and measurements). */
    java.util.concurrent.CompletableFuture<byte[]> content(String id, long size) {
        return store.bytes(id, size);
    }

    /** Bytes of decoded pictures held in the memory cache now (for the measurements). */
    public long memoryCacheBytes() {
        return images.memoryBytes();
    }

    /** Stops the background threads; transfers in progress are abandoned. */
    @Override
    public void close() {
        executor.shutdown();
    }

    private static long maxContentBytes(Welcome welcome) {
        if (welcome == null || (welcome.maxPictureBytes() == null && welcome.maxFileBytes() == null)) {
            return DEFAULT_MAX_CONTENT;
        }
        // a re-encoded picture may come out larger than the upload (a JPEG saved as PNG)
        long pictures = welcome.maxPictureBytes() == null ? 0 : welcome.maxPictureBytes() * 4;
        long files = welcome.maxFileBytes() == null ? 0 : welcome.maxFileBytes();
        return Math.max(pictures, files);
    }
}
