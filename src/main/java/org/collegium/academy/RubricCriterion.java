package org.collegium.academy;

import java.util.List;

/** One criterion of a rubric with its levels, in the order the grader sees them. */
public record RubricCriterion(String title, List<RubricLevel> levels) {

    public RubricCriterion {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The most this criterion can give. */
    public int maximum() {
        return levels.stream().mapToInt(RubricLevel::points).max().orElse(0);
    }
}
