package org.collegium.library.resource;

import java.time.Instant;
import java.util.UUID;

import org.collegium.library.ResourceFileView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file attached to a resource: stored under a server-made name, with the text extracted from it for search.
 */
@Entity
@Table(name = "library_resource_file")
class ResourceFile {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @Column(name = "stored_name", nullable = false)
    private String storedName;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ResourceFile() {
    }

    ResourceFile(Resource resource, StoredUpload upload, UUID uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.resource = resource;
        this.storedName = upload.storedName();
        this.originalName = upload.originalName();
        this.mediaType = upload.mediaType();
        this.sizeBytes = upload.sizeBytes();
        this.extractedText = upload.extractedText();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public Resource resource() {
        return resource;
    }

    public String storedName() {
        return storedName;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extractedText() {
        return extractedText;
    }

    public ResourceFileView view() {
        return new ResourceFileView(id, originalName, mediaType, sizeBytes, uploadedAt);
    }
}
