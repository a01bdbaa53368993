package org.collegium.exchange.expression;

import org.collegium.identity.LanguageLevel;

/** A language a practitioner speaks (ISO 639-1 code) and how well. */
public record LanguageSkill(String language, LanguageLevel level) {
}
