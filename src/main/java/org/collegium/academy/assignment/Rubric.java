package org.collegium.academy.assignment;

import java.util.List;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.RubricCriterion;
import org.collegium.academy.RubricLevel;

/** A rubric's rules: what a valid rubric is, its total, and the points of a choice of levels. */
record Rubric(List<RubricCriterion> criteria) {

    static final int MAX_CRITERIA = 30;
    static final int MAX_LEVELS = 10;
    static final int MAX_POINTS = 1000;
    static final int MAX_TITLE = 500;

    Rubric {
        criteria = List.copyOf(criteria);
    }

    /** Refuses an empty rubric, empty or over-long titles, negative or huge points, too many rows; strips titles. */
    static Rubric of(List<RubricCriterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new AssignmentRefusal("rubric", "assignment.rubric.criteria", MAX_CRITERIA);
        }
        for (RubricCriterion criterion : criteria) {
            requireTitle(criterion.title());
            if (criterion.levels().isEmpty() || criterion.levels().size() > MAX_LEVELS) {
                throw new AssignmentRefusal("rubric", "assignment.rubric.levels", MAX_LEVELS);
            }
            for (RubricLevel level : criterion.levels()) {
                requireTitle(level.title());
                if (level.points() < 0 || level.points() > MAX_POINTS) {
                    throw new AssignmentRefusal("rubric", "assignment.rubric.points", MAX_POINTS);
                }
            }
        }
        return new Rubric(criteria.stream().map(criterion -> new RubricCriterion(criterion.title().strip(),
                criterion.levels().stream().map(level -> new RubricLevel(level.title().strip(), level.points()))
                        .toList())).toList());
    }

    int total() {
        return criteria.stream().mapToInt(RubricCriterion::maximum).sum();
    }

    /** The points of one level per criterion, in order; refuses a choice that does not fit the rubric. */
    int score(List<Integer> levels) {
        if (levels == null || levels.size() != criteria.size()) {
            throw new AssignmentRefusal("levels", "assignment.grade.levels.incomplete");
        }
        int points = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Integer level = levels.get(i);
            List<RubricLevel> options = criteria.get(i).levels();
            if (level == null || level < 0 || level >= options.size()) {
                throw new AssignmentRefusal("levels", "assignment.grade.levels.unknown");
            }
            points += options.get(level).points();
        }
        return points;
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new AssignmentRefusal("rubric", "assignment.rubric.title", MAX_TITLE);
        }
    }
}
