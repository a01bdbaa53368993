package org.collegium.academy.assignment.web;

import java.util.ArrayList;
import java.util.List;

import org.collegium.academy.GradeInput;
import org.collegium.academy.GradeView;

/** A grader's marking as typed: the level chosen for each criterion, by position, and the feedback. */
record GradeForm(List<Integer> levels, String feedback) {

    GradeForm {
        levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
        feedback = feedback == null ? "" : feedback;
    }

    static GradeForm of(GradeView grade) {
        return new GradeForm(grade.levels(), grade.feedback());
    }

    public boolean chose(int criterion, int level) {
        return criterion < levels.size() && levels.get(criterion) != null && levels.get(criterion) == level;
    }

    GradeInput toInput() {
        return new GradeInput(levels, feedback);
    }
}
