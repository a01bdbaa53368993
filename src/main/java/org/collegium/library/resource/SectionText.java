package org.collegium.library.resource;

import org.collegium.library.CaseSection;
import org.collegium.shared.i18n.TranslationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One section of a case study in one language. */
@Embeddable
public record SectionText(
        @Enumerated(EnumType.STRING) @Column(name = "section", nullable = false) CaseSection section,
        @Column(name = "language", nullable = false) String language,
        @Column(name = "text", nullable = false) String text,
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) TranslationStatus status) {
}
