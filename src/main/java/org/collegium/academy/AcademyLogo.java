package org.collegium.academy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An academy's logo, kept in the database under the academy's id: never under a name the uploader chose.
 */
@Entity
@Table(name = "academy_logo")
class AcademyLogo {

    @Id
    @Column(name = "academy_id")
    private UUID academyId;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AcademyLogo() {
    }

    AcademyLogo(AcademyId academy, LogoImage image, Instant now) {
        this.academyId = academy.value();
        replace(image, now);
    }

    void replace(LogoImage image, Instant now) {
        this.mediaType = image.mediaType();
        this.bytes = image.bytes();
        this.sha256 = image.sha256();
        this.width = image.width();
        this.height = image.height();
        this.updatedAt = now;
    }

    AcademyLogoFile toFile() {
        return new AcademyLogoFile(mediaType, bytes.clone(), sha256, width, height);
    }
}
