package org.collegium.exchange.selection;

/**
 * A selection criterion as the secretariat sets it: one of the standard ones (named in every language) or one the
 * programme adds by name.
 *
 * @param standardCode {@code international-experience} or {@code technical-quality}, or null for a named one
 * @param weight its share of the total, 1 to 100
 * @param maxScore the highest score a reviewer gives, 1 to 100 (scores go from 0)
 */
public record CriterionDraft(String standardCode, String name, int weight, int maxScore) {
}
