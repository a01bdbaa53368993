package org.collegium.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files' bytes live, under keys the server makes. A file is first staged (written aside and hashed),
 * checked, then either kept (moved into place in one step) or discarded: a reader never sees half a file.
 */
public interface FileStore {

    /**
     * Writes the content aside, hashing it. Refuses with {@link TooLarge} (and keeps nothing) as soon as it
     * exceeds the given number of bytes.
     */
    Staged stage(InputStream content, long maxBytes) throws IOException;

    /** Moves a staged file into place; returns its key. */
    String keep(Staged staged) throws IOException;

    void discard(Staged staged);

    void delete(String key);

    Resource read(String key);

    /** A staged file: a local temporary copy, its size and its SHA-256 (hexadecimal). */
    record Staged(Path file, long size, String sha256) {
    }

    /** The content went past the limit while it was being written. */
    final class TooLarge extends IOException {

        public TooLarge() {
            super("content exceeds the limit");
        }
    }
}
