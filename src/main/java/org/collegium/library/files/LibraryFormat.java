package org.collegium.library.files;

import java.util.Arrays;
import java.util.Optional;

import org.collegium.shared.files.FileFormat;

/**
 * The formats the library keeps, each one of the platform's {@link FileFormat}s with the kind of file it is. The old
 * binary Office formats share one container whose first bytes do not tell which it is: {@link FormatCheck} asks
 * Tika's container detector.
 */
enum LibraryFormat {
    PDF(FileKind.DOCUMENT, FileFormat.PDF),
    DOCX(FileKind.DOCUMENT, FileFormat.DOCX),
    XLSX(FileKind.DOCUMENT, FileFormat.XLSX),
    PPTX(FileKind.DOCUMENT, FileFormat.PPTX),
    ODT(FileKind.DOCUMENT, FileFormat.ODT),
    ODS(FileKind.DOCUMENT, FileFormat.ODS),
    ODP(FileKind.DOCUMENT, FileFormat.ODP),
    DOC(FileKind.DOCUMENT, FileFormat.DOC),
    XLS(FileKind.DOCUMENT, FileFormat.XLS),
    PPT(FileKind.DOCUMENT, FileFormat.PPT),
    PNG(FileKind.IMAGE, FileFormat.PNG),
    JPEG(FileKind.IMAGE, FileFormat.JPEG),
    MP3(FileKind.AUDIO, FileFormat.MP3),
    OGG(FileKind.AUDIO, FileFormat.OGG),
    MP4(FileKind.VIDEO, FileFormat.MP4),
    WEBM(FileKind.VIDEO, FileFormat.WEBM);

    private final FileKind kind;
    private final FileFormat format;

    LibraryFormat(FileKind kind, FileFormat format) {
        this.kind = kind;
        this.format = format;
    }

    FileKind kind() {
        return kind;
    }

    FileFormat format() {
        return format;
    }

    String mediaType() {
        return format.mediaType();
    }

    boolean isNamedBy(String extension) {
        return format.isNamedBy(extension);
    }

    /** Whether text is read from it for search. */
    boolean hasText() {
        return kind == FileKind.DOCUMENT;
    }

    boolean isOpenDocument() {
        return this == ODT || this == ODS || this == ODP;
    }

    static Optional<LibraryFormat> of(FileFormat found) {
        return Arrays.stream(values()).filter(format -> format.format == found).findFirst();
    }

    static Optional<LibraryFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType().equals(mediaType)).findFirst();
    }

    /** The format a name's extension claims, if the library knows it. */
    static Optional<LibraryFormat> claimedBy(String extension) {
        return Arrays.stream(values()).filter(format -> format.isNamedBy(extension)).findFirst();
    }
}
