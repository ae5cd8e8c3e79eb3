package dev.parley.server.storage;

/**
 * A database failure that is not the caller's fault (disk, pool, bug). The request that hit it
 * is answered with {@code internal}; the cause is logged once at the edge.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
