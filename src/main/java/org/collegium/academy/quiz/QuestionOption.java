package org.collegium.academy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One choice (choice kinds), accepted answer (short answer) or pair (matching, with its right item) of a question,
 * in the question's original language. Keys are stable, so that an answer names what was chosen whatever the order
 * shown; a pair's right item has its own key, unrelated to the left one, so that the page gives nothing away.
 */
@Embeddable
record QuestionOption(
        @Column(name = "option_key", nullable = false) String key,
        @Column(name = "text", nullable = false) String text,
        @Column(name = "correct", nullable = false) boolean correct,
        @Column(name = "match_key") String matchKey,
        @Column(name = "match_text") String matchText,
        @Column(name = "feedback") String feedback) {
}
