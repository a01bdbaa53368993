package org.collegium.library.files;

import java.time.Duration;

import org.collegium.shared.files.ArchiveLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the library's files ({@code collegium.library.files.*}). Spring's multipart limits must stay above the
 * largest.
 *
 * @param maxSize the largest file of each kind
 * @param archive what an office document's ZIP container may hold
 * @param extraction how much text is read from one file, and for how long at most
 */
@ConfigurationProperties("collegium.library.files")
record FileSettings(@DefaultValue MaxSize maxSize, @DefaultValue Archive archive, @DefaultValue Extraction extraction) {

    long limitOf(FileKind kind) {
        return switch (kind) {
            case DOCUMENT -> maxSize.document().toBytes();
            case IMAGE -> maxSize.image().toBytes();
            case AUDIO -> maxSize.audio().toBytes();
            case VIDEO -> maxSize.video().toBytes();
        };
    }

    long largest() {
        long largest = 0;
        for (FileKind kind : FileKind.values()) {
            largest = Math.max(largest, limitOf(kind));
        }
        return largest;
    }

    ArchiveLimits archiveLimits() {
        return new ArchiveLimits(archive.maxEntries(), archive.maxUncompressed().toBytes(), archive.maxRatio());
    }

    record MaxSize(@DefaultValue("50MB") DataSize document, @DefaultValue("10MB") DataSize image,
            @DefaultValue("100MB") DataSize audio, @DefaultValue("500MB") DataSize video) {
    }

    record Archive(@DefaultValue("5000") int maxEntries, @DefaultValue("500MB") DataSize maxUncompressed,
            @DefaultValue("100") int maxRatio) {
    }

    /** The characters cap matches the {@code extracted_text} column. */
    record Extraction(@DefaultValue("1000000") int maxCharacters, @DefaultValue("60s") Duration timeout) {
    }
}
