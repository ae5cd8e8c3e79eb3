package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.model.Attachment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UploaderTest {
    private static final int PIECE = 36 * 1024;
    private final FakeBlobService server = new FakeBlobService();

    @Test
    void upload_sendsPiecesOfTheProtocolSizeInOrderThenTheHash() throws IOException {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(PIECE * 2 + 100);
        List<Long> progress = new ArrayList<>();

        Attachment stored = new Uploader(server.asService(), 4).upload(UploadSource.of(content), "dir/report.pdf", Attachment.FILE, progress::add);

        StartUpload start = server.requests(StartUpload.class).get(0);
        assertThat(start.name()).isEqualTo("report.pdf");
        assertThat(start.size()).isEqualTo(content.length);
        assertThat(start.kind()).isEqualTo(Attachment.FILE);
        List<UploadChunk> chunks = server.requests(UploadChunk.class);
        assertThat(chunks).extracting(UploadChunk::offset).containsExactly(0L, (long) PIECE, 2L * PIECE);
        assertThat(chunks).extracting(c -> Base64.getDecoder().decode(c.data()).length).containsExactly(PIECE, PIECE, 100);
        assertThat(server.requests(FinishUpload.class).get(0).sha256()).isEqualTo(ContentIds.of(content));
        assertThat(stored.id()).isEqualTo(ContentIds.of(content));
        assertThat(server.uploaded.toByteArray()).isEqualTo(content);
        assertThat(progress).last().isEqualTo((long) content.length);
    }

    @Test
    void upload_honoursASmallerChunkSizeFromTheServer() throws IOException {
        server.immediate = true;
        server.uploadChunkBytes = 1000;

        new Uploader(server.asService(), 4).upload(UploadSource.of(BlobFetcherTest.random(2500)), "a.bin", Attachment.FILE, r -> { });

        assertThat(server.requests(UploadChunk.class)).extracting(UploadChunk::offset).containsExactly(0L, 1000L, 2000L);
    }

    @Test
    void upload_keepsAtMostTheWindowOfPiecesInFlight() throws Exception {
        byte[] content = BlobFetcherTest.random(PIECE * 8);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Attachment> result = thread.submit(() ->
                    new Uploader(server.asService(), 3).upload(UploadSource.of(content), "a.bin", Attachment.FILE, r -> { }));
            for (int answered = 0; answered < 8; answered++) {
                assertThat(server.awaitWaiting(Math.min(3, 8 - answered), 10_000)).isTrue();
                assertThat(server.waiting).hasSizeLessThanOrEqualTo(3);
                server.answerNext();
            }
            assertThat(result.get().id()).isEqualTo(ContentIds.of(content));
        } finally {
            thread.shutdownNow();
        }
        assertThat(server.maxInFlight).isEqualTo(3);
    }

    @Test
    void upload_refusedAtTheStart_throwsTheServersCode() {
        server.immediate = true;
        server.welcome = new dev.parley.protocol.model.Welcome(1, "s", true, 4000, false, 10L, 10L);

        assertThatThrownBy(() -> new Uploader(server.asService(), 2).upload(UploadSource.of(new byte[20]), "a.png", Attachment.PICTURE, r -> { }))
                .isInstanceOf(ParleyException.class).hasMessageContaining("file_too_large");
        assertThat(server.requests(UploadChunk.class)).isEmpty();
    }

    @Test
    void upload_ofASourceThatGrewWhileSent_fails() {
        server.immediate = true;
        UploadSource growing = new UploadSource() {
            @Override
            public long size() {
                return 10;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[11]);
            }
        };

        assertThatThrownBy(() -> new Uploader(server.asService(), 2).upload(growing, "a.bin", Attachment.FILE, r -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("longer");
        assertThat(server.requests(FinishUpload.class)).isEmpty();
    }

    @Test
    void uploadName_keepsTheLastPathElementAndFitsTheProtocol() {
        assertThat(Uploader.uploadName("C:\\Users\\ann\\photo.jpg")).isEqualTo("photo.jpg");
        assertThat(Uploader.uploadName("  ")).isEqualTo("download");
        String longName = "x".repeat(300) + ".tar.gz";
        assertThat(Uploader.uploadName(longName)).hasSize(255).endsWith(".gz");
    }
}
