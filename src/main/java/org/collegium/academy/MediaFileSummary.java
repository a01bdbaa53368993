package org.collegium.academy;

import java.time.Instant;
import java.util.Optional;

/**
 * An uploaded file as pages show it and as the course's activities refer to it.
 *
 * @param activity the activity it belongs to, or null for a file of the academy's library only
 * @param mediaType the media type its content showed, e.g. {@code video/mp4}
 * @param fileName the uploader's file name, made safe, used as the name to save it under
 * @param sha256 the hash of its content, hexadecimal
 * @param publiclyReadable whether anyone may read it; otherwise see {@link MediaLibrary#mayRead}
 * @param language the language of captions and documents (ISO 639-1), or null when not said
 * @param submittedBy the learner who handed it in for the assignment of {@code activity}, or null for a file staff
 *        uploaded; see {@link MediaLibrary#uploadSubmission}
 */
public record MediaFileSummary(MediaFileId id, AcademyId academy, ActivityId activity, MediaKind kind,
        String mediaType, String fileName, long size, String sha256, boolean publiclyReadable, String language,
        Instant uploadedAt, org.collegium.identity.AccountId submittedBy) {

    public boolean isSubmission() {
        return submittedBy != null;
    }

    public Optional<ActivityId> attachedActivity() {
        return Optional.ofNullable(activity);
    }

    /** The address that shows it (inline, or saved for documents). */
    public String href() {
        return "/media/" + id.value();
    }

    /** The address that always saves it. */
    public String downloadHref() {
        return href() + "/download";
    }
}
