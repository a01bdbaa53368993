package org.collegium.shared.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One language version of a text that people wrote. Entities keep these in a map keyed by language code.
 */
@Embeddable
public record Translation(
        @Column(name = "text", nullable = false) String text,
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) TranslationStatus status) {

    public static Translation original(String text) {
        return new Translation(text, TranslationStatus.ORIGINAL);
    }

    boolean isReadable() {
        return status.isReadable() && text != null && !text.isBlank();
    }
}
