package org.collegium.academy;

import java.time.Instant;
import java.util.List;

/**
 * A grade: chosen levels, points out of the rubric's total, whether it reaches the pass mark, the sanitised
 * feedback, the submitted version it marks, and when it was released (null while a draft).
 */
public record GradeView(List<Integer> levels, int points, int totalPoints, boolean passed, String feedback,
        int gradedVersion, Instant releasedAt) {

    public boolean released() {
        return releasedAt != null;
    }
}
