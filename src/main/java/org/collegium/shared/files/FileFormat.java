package org.collegium.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the platform recognises by their content, with the media type they are served as and the
 * extensions their names may carry. {@link #ZIP} is only an intermediate finding: an archive must turn out to be an
 * office document ({@link OfficeArchives}). The old binary Office formats ({@link #DOC}, {@link #XLS}, {@link #PPT})
 * share one container whose first bytes do not say which it is: {@link ContentSniffer} does not report them, and a
 * feature that takes them tells them apart from the whole file. Each feature decides which of these it accepts.
 */
public enum FileFormat {
    MP4("video/mp4", "mp4", "m4v"),
    WEBM("video/webm", "webm"),
    MP3("audio/mpeg", "mp3"),
    OGG("audio/ogg", "ogg", "oga", "opus"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    ZIP("application/zip", "zip"),
    WEBVTT("text/vtt", "vtt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    private final String mediaType;
    private final List<String> extensions;

    FileFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, for names that carry none. */
    public String extension() {
        return extensions.getFirst();
    }

    public boolean isNamedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether the format is a ZIP container (office documents, OpenDocument files, plain archives). */
    public boolean isZipContainer() {
        return this == ZIP || this == DOCX || this == XLSX || this == PPTX || this == ODT || this == ODS || this == ODP;
    }

    /** The format a name's extension claims, if it is one the platform knows. */
    public static Optional<FileFormat> claimedBy(String extension) {
        return Arrays.stream(values()).filter(format -> format.isNamedBy(extension)).findFirst();
    }
}
