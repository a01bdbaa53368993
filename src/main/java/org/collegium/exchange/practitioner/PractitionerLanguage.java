package org.collegium.exchange.practitioner;

import org.collegium.identity.LanguageLevel;

/** A language a practitioner speaks (ISO 639-1 code) and how well. */
public record PractitionerLanguage(String code, LanguageLevel level) {
}
