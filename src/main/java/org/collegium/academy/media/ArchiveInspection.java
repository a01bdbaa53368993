package org.collegium.academy.media;

import java.nio.file.Path;

import org.collegium.academy.MediaRefusal;
import org.collegium.shared.files.ArchiveLimits;
import org.collegium.shared.files.FileFormat;
import org.collegium.shared.files.OfficeArchives;
import org.collegium.shared.files.UnacceptableFile;

/**
 * The media library's office check: a ZIP container must be a Word, Excel or PowerPoint document that is safe to
 * keep ({@link OfficeArchives}); a refusal is told in the library's words.
 */
final class ArchiveInspection {

    static final String REJECTED = "media.upload.archive-rejected";
    static final String NOT_ALLOWED = "media.upload.type-not-allowed";

    private ArchiveInspection() {
    }

    /** The office format of the archive, or a refusal naming why it is not accepted. */
    static MediaFormat inspect(Path archive, ArchiveLimits limits) {
        try {
            FileFormat office = OfficeArchives.inspect(archive, limits);
            return MediaFormat.of(office).filter(format -> format.format() == office)
                    .orElseThrow(() -> new MediaRefusal(NOT_ALLOWED));
        } catch (UnacceptableFile refusal) {
            throw new MediaRefusal(refusal.reason() == UnacceptableFile.Reason.NOT_ALLOWED ? NOT_ALLOWED : REJECTED);
        }
    }

    static boolean isSafePath(String name) {
        return OfficeArchives.isSafePath(name);
    }
}
