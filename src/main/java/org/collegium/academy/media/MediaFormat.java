package org.collegium.academy.media;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collegium.academy.MediaKind;

/**
 * The file formats the library accepts, with the media type they are served as and the extensions their names
 * may carry. {@link #ZIP} is only an intermediate finding: an archive must turn out to be an office document.
 */
enum MediaFormat {
    MP4(MediaKind.VIDEO, "video/mp4", "mp4", "m4v"),
    WEBM(MediaKind.VIDEO, "video/webm", "webm"),
    MP3(MediaKind.AUDIO, "audio/mpeg", "mp3"),
    OGG(MediaKind.AUDIO, "audio/ogg", "ogg", "oga", "opus"),
    PDF(MediaKind.DOCUMENT, "application/pdf", "pdf"),
    DOCX(MediaKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX(MediaKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX(MediaKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ZIP(MediaKind.DOCUMENT, "application/zip", "zip"),
    WEBVTT(MediaKind.CAPTIONS, "text/vtt", "vtt"),
    PNG(MediaKind.IMAGE, "image/png", "png"),
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg", "jpeg");

    private final MediaKind kind;
    private final String mediaType;
    private final List<String> extensions;

    MediaFormat(MediaKind kind, String mediaType, String... extensions) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    MediaKind kind() {
        return kind;
    }

    String mediaType() {
        return mediaType;
    }

    /** The usual extension, for names that carry none. */
    String extension() {
        return extensions.getFirst();
    }

    boolean isNamedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The format a name's extension claims, if it is one the library knows. */
    static Optional<MediaFormat> claimedBy(String extension) {
        return Arrays.stream(values()).filter(format -> format.isNamedBy(extension)).findFirst();
    }
}
