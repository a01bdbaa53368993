package org.collegium.academy.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One level of one criterion, flattened to a row of the rubric table. */
@Embeddable
record RubricCell(
        @Column(name = "criterion_position", nullable = false) int criterionPosition,
        @Column(name = "criterion_title", nullable = false) String criterionTitle,
        @Column(name = "level_position", nullable = false) int levelPosition,
        @Column(name = "level_title", nullable = false) String levelTitle,
        @Column(nullable = false) int points) {
}
