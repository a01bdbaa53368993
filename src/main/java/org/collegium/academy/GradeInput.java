package org.collegium.academy;

import java.util.List;

/**
 * A grader's marking: the chosen level's position (from 0) for each criterion of the rubric, in order, and the
 * overall feedback (rich text, sanitised when stored).
 */
public record GradeInput(List<Integer> levels, String feedback) {

    public GradeInput {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
