package dev.parley.client.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an item waiting to be uploaded: a file the user picked or dropped (read when it is
 * sent, not copied into memory) or a picture from the clipboard already encoded as PNG.
 */
interface UploadSource {
    long size() throws IOException;

    InputStream open() throws IOException;

    static UploadSource of(Path file) {
        return new UploadSource() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }

    static UploadSource of(byte[] bytes) {
        return new UploadSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String toString() {
                return bytes.length + " bytes";
            }
        };
    }
}
