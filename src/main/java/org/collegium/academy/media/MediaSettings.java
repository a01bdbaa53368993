package org.collegium.academy.media;

import org.collegium.academy.MediaKind;
import org.collegium.shared.files.ArchiveLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the media library ({@code collegium.media.*}). Spring's multipart limits must stay above the largest.
 *
 * @param maxSize the largest file of each kind
 * @param archive what an office document's ZIP container may hold
 */
@ConfigurationProperties("collegium.media")
record MediaSettings(@DefaultValue MaxSize maxSize, @DefaultValue Archive archive) {

    long limitOf(MediaKind kind) {
        return switch (kind) {
            case VIDEO -> maxSize.video().toBytes();
            case AUDIO -> maxSize.audio().toBytes();
            case DOCUMENT -> maxSize.document().toBytes();
            case CAPTIONS -> maxSize.captions().toBytes();
            case IMAGE -> maxSize.image().toBytes();
        };
    }

    long largest() {
        long largest = 0;
        for (MediaKind kind : MediaKind.values()) {
            largest = Math.max(largest, limitOf(kind));
        }
        return largest;
    }

    ArchiveLimits archiveLimits() {
        return new ArchiveLimits(archive.maxEntries(), archive.maxUncompressed().toBytes(), archive.maxRatio());
    }

    record MaxSize(@DefaultValue("500MB") DataSize video, @DefaultValue("100MB") DataSize audio,
            @DefaultValue("50MB") DataSize document, @DefaultValue("1MB") DataSize captions,
            @DefaultValue("5MB") DataSize image) {
    }

    record Archive(@DefaultValue("2000") int maxEntries, @DefaultValue("250MB") DataSize maxUncompressed,
            @DefaultValue("100") int maxRatio) {
    }
}
