package org.collegium.academy.assignment.web;

import java.util.Optional;

import org.collegium.academy.GradeView;
import org.collegium.academy.SubmissionStatus;
import org.collegium.academy.SubmissionView;
import org.collegium.identity.AccountId;

/**
 * One learner on the staff's list of an assignment's submissions; {@code submission} is null for a learner who has
 * handed nothing in.
 */
record SubmissionRow(AccountId learner, String name, SubmissionView submission) {

    enum Filter {
        ALL, TO_GRADE, GRADED, LATE;

        boolean keeps(SubmissionRow row) {
            return switch (this) {
                case ALL -> true;
                case TO_GRADE -> row.toGrade();
                case GRADED -> row.grade().isPresent();
                case LATE -> row.submission != null && row.submission.late();
            };
        }

        static Filter parse(String value) {
            for (Filter filter : values()) {
                if (filter.name().equalsIgnoreCase(value == null ? "" : value.replace('-', '_'))) {
                    return filter;
                }
            }
            return ALL;
        }

        public String param() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public boolean handedIn() {
        return submission != null;
    }

    public Optional<GradeView> grade() {
        return submission == null ? Optional.empty() : submission.grade();
    }

    /** Handed in, and no grade yet for its latest version (a resubmission needs grading again). */
    public boolean toGrade() {
        if (submission == null || submission.status() != SubmissionStatus.SUBMITTED) {
            return false;
        }
        int latest = submission.versions().isEmpty() ? 0 : submission.versions().getLast().number();
        return grade().map(grade -> grade.gradedVersion() < latest).orElse(true);
    }

    /** The message key of the grade's state: none, draft or released. */
    public String gradeState() {
        return grade().map(grade -> grade.released() ? "RELEASED" : "DRAFT").orElse("NONE");
    }
}
