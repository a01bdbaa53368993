package org.collegium.exchange.expression;

import java.time.Instant;
import java.util.UUID;

import org.collegium.identity.AccountId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an expression: the bytes are in the file store under a key the server made. */
@Entity
@Table(name = "exchange_expression_attachment")
class ExpressionAttachment {

    @Id
    private UUID id;

    @Column(name = "file_key", nullable = false)
    private String fileKey;

    @Column(nullable = false)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    protected ExpressionAttachment() {
    }

    ExpressionAttachment(String fileKey, String name, String mediaType, long size, String sha256, AccountId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.fileKey = fileKey;
        this.name = name;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by.value();
        this.uploadedAt = now;
    }

    UUID id() {
        return id;
    }

    String fileKey() {
        return fileKey;
    }

    AttachmentView view() {
        return new AttachmentView(id, name, mediaType, size, uploadedAt);
    }
}
