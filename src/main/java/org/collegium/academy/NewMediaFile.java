package org.collegium.academy;

import java.util.Objects;

import org.springframework.core.io.InputStreamSource;

/**
 * A file to add to an academy's media library, as received.
 *
 * @param originalName the name the uploader's computer gave it; kept only, made safe, as the name to save it under
 * @param size its size in bytes as announced; checked again while it is read
 * @param content its bytes (read more than once: first its beginning, then the whole)
 * @param activity the activity it belongs to, or null
 * @param publiclyReadable whether anyone may read it, signed in or not
 * @param language the language of captions or a document (ISO 639-1), or null
 */
public record NewMediaFile(String originalName, long size, InputStreamSource content, ActivityId activity,
        boolean publiclyReadable, String language) {

    public NewMediaFile {
        Objects.requireNonNull(content, "content");
    }
}
