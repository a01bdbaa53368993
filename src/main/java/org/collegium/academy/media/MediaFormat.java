package org.collegium.academy.media;

import java.util.Arrays;
import java.util.Optional;

import org.collegium.academy.MediaKind;
import org.collegium.shared.files.FileFormat;

/**
 * The file formats the media library accepts, each one of the platform's {@link FileFormat}s with the kind of media
 * it is. {@link #ZIP} is only an intermediate finding: an archive must turn out to be an office document.
 */
enum MediaFormat {
    MP4(MediaKind.VIDEO, FileFormat.MP4),
    WEBM(MediaKind.VIDEO, FileFormat.WEBM),
    MP3(MediaKind.AUDIO, FileFormat.MP3),
    OGG(MediaKind.AUDIO, FileFormat.OGG),
    PDF(MediaKind.DOCUMENT, FileFormat.PDF),
    DOCX(MediaKind.DOCUMENT, FileFormat.DOCX),
    XLSX(MediaKind.DOCUMENT, FileFormat.XLSX),
    PPTX(MediaKind.DOCUMENT, FileFormat.PPTX),
    ZIP(MediaKind.DOCUMENT, FileFormat.ZIP),
    WEBVTT(MediaKind.CAPTIONS, FileFormat.WEBVTT),
    PNG(MediaKind.IMAGE, FileFormat.PNG),
    JPEG(MediaKind.IMAGE, FileFormat.JPEG);

    private final MediaKind kind;
    private final FileFormat format;

    MediaFormat(MediaKind kind, FileFormat format) {
        this.kind = kind;
        this.format = format;
    }

    MediaKind kind() {
        return kind;
    }

    FileFormat format() {
        return format;
    }

    String mediaType() {
        return format.mediaType();
    }

    /** The usual extension, for names that carry none. */
    String extension() {
        return format.extension();
    }

    boolean isNamedBy(String extension) {
        return format.isNamedBy(extension);
    }

    /** The format a name's extension claims, if it is one the library knows. */
    static Optional<MediaFormat> claimedBy(String extension) {
        return Arrays.stream(values()).filter(format -> format.isNamedBy(extension)).findFirst();
    }

    /**
     * The library's format for what the content showed. The library takes no OpenDocument files: they are archives
     * like any other, which the office check then refuses, as it always has.
     */
    static Optional<MediaFormat> of(FileFormat found) {
        FileFormat format = found == FileFormat.ODT || found == FileFormat.ODS || found == FileFormat.ODP ? FileFormat.ZIP
                : found;
        return Arrays.stream(values()).filter(media -> media.format == format).findFirst();
    }
}
