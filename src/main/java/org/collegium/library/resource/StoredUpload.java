package org.collegium.library.resource;

/**
 * A file already checked and written to the file store: its server-made name, the name it came with, its type as
 * read from its content, its size and the text extracted from it (empty when it has none, such as a video).
 */
public record StoredUpload(String storedName, String originalName, String mediaType, long sizeBytes,
        String extractedText) {
}
