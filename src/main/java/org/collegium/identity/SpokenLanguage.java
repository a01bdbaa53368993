package org.collegium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A language someone speaks (ISO 639-1 code from the content languages) and how well.
 */
@Embeddable
public record SpokenLanguage(
        @Column(name = "language_code", nullable = false) String code,
        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false) LanguageLevel level) {
}
