package org.collegium.academy.media;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.collegium.identity.AccountId;

/**
 * The metadata of one stored file. Its bytes are in the {@link FileStore} under {@code storageKey}; files do not
 * change once stored (a new version is a new file), so the row has no update method.
 */
@Entity
@Table(name = "media_file")
class MediaFile {

    @Id
    private UUID id;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(name = "activity_id")
    private UUID activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaKind kind;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "publicly_readable", nullable = false)
    private boolean publiclyReadable;

    private String language;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    protected MediaFile() {
    }

    MediaFile(AcademyId academy, ActivityId activity, MediaFormat format, String fileName, String storageKey,
            long size, String sha256, boolean publiclyReadable, String language, UUID uploadedBy, UUID submittedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.academyId = academy.value();
        this.activityId = activity == null ? null : activity.value();
        this.kind = format.kind();
        this.mediaType = format.mediaType();
        this.fileName = fileName;
        this.storageKey = storageKey;
        this.size = size;
        this.sha256 = sha256;
        this.publiclyReadable = publiclyReadable;
        this.language = language;
        this.uploadedBy = uploadedBy;
        this.submittedBy = submittedBy;
        this.uploadedAt = now;
    }

    String storageKey() {
        return storageKey;
    }

    MediaFileSummary toSummary() {
        return new MediaFileSummary(new MediaFileId(id), new AcademyId(academyId),
                activityId == null ? null : new ActivityId(activityId), kind, mediaType, fileName, size, sha256,
                publiclyReadable, language, uploadedAt, submittedBy == null ? null : new AccountId(submittedBy));
    }
}
