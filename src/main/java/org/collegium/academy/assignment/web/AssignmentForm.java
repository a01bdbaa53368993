package org.collegium.academy.assignment.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.AssignmentSettings;
import org.collegium.academy.AssignmentView;
import org.collegium.academy.LatePolicy;
import org.collegium.academy.PeerReviewSettings;
import org.collegium.academy.RubricCriterion;
import org.collegium.academy.RubricLevel;
import org.collegium.academy.SubmissionType;

/**
 * An assignment's settings as staff type them: dates as {@code datetime-local} values in the author's zone, numbers
 * as typed (so a wrong one comes back as it was), and the rubric as rows where an empty row is simply left out.
 *
 * @param peerReview reviews asked of each submission, 0 for none
 * @param reviewDays the days each reviewer has
 */
record AssignmentForm(String instructions, SubmissionType submissionType, String dueAt, LatePolicy latePolicy,
        String cutOffAt, String passMark, String peerReview, String reviewDays, Boolean anonymous,
        List<CriterionRow> rubric) {

    static final int SPARE_LEVELS = 3;

    AssignmentForm {
        anonymous = Boolean.TRUE.equals(anonymous);
        rubric = rubric == null ? List.of() : rubric.stream().map(row -> row == null ? CriterionRow.empty(0) : row)
                .toList();
    }

    static AssignmentForm empty(ZoneId zone, Instant now) {
        return new AssignmentForm("", SubmissionType.TEXT, local(now.plus(Duration.ofDays(7)), zone),
                LatePolicy.ACCEPT_AND_MARK_LATE, "", "0", "0", "7", true, List.of());
    }

    static AssignmentForm of(AssignmentView view, ZoneId zone) {
        PeerReviewSettings peer = view.peerReview();
        return new AssignmentForm(view.instructions(), view.submissionType(), local(view.dueAt(), zone),
                view.latePolicy(), local(view.cutOffAt(), zone), String.valueOf(view.passMark()),
                String.valueOf(peer.reviewsPerSubmission()),
                peer.enabled() ? String.valueOf(Math.max(1, peer.reviewTime().toDays())) : "7", peer.anonymous(),
                view.rubric().stream().map(CriterionRow::of).toList());
    }

    /** The settings, or a refusal naming the field that cannot be read. */
    AssignmentSettings toSettings(ZoneId zone) {
        int reviews = number("peerReview", peerReview);
        PeerReviewSettings peer = reviews == 0 ? PeerReviewSettings.off()
                : new PeerReviewSettings(reviews, Duration.ofDays(number("reviewDays", reviewDays)), anonymous);
        List<RubricCriterion> criteria = rubric.stream().filter(row -> !row.isBlank())
                .map(CriterionRow::toCriterion).toList();
        return new AssignmentSettings(instructions, submissionType, instant("dueAt", dueAt, zone), latePolicy,
                instant("cutOffAt", cutOffAt, zone), criteria, number("passMark", passMark), peer);
    }

    /** The rows to show: those typed, each with a spare level, and a spare criterion; {@code more} adds one more. */
    List<CriterionRow> rows(boolean more) {
        int extra = more ? 2 : 1;
        List<CriterionRow> rows = new ArrayList<>(rubric.stream().filter(row -> !row.isBlank())
                .map(row -> row.padded(extra)).toList());
        IntStream.range(0, extra).forEach(i -> rows.add(CriterionRow.empty(SPARE_LEVELS)));
        return rows;
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), zone).toString();
    }

    private static Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException invalid) {
            throw new AssignmentRefusal(field, "assignment.form.date");
        }
    }

    static int number(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException invalid) {
            throw new AssignmentRefusal(field, "assignment.form.number");
        }
    }

    /** One criterion row of the rubric editor. */
    record CriterionRow(String title, List<LevelRow> levels) {

        CriterionRow {
            title = title == null ? "" : title;
            levels = levels == null ? List.of() : levels.stream().map(level -> level == null
                    ? new LevelRow("", "") : level).toList();
        }

        static CriterionRow empty(int levels) {
            return new CriterionRow("", Stream.generate(() -> new LevelRow("", "")).limit(levels).toList());
        }

        static CriterionRow of(RubricCriterion criterion) {
            return new CriterionRow(criterion.title(), criterion.levels().stream()
                    .map(level -> new LevelRow(level.title(), String.valueOf(level.points()))).toList());
        }

        boolean isBlank() {
            return title.isBlank() && levels.stream().allMatch(LevelRow::isBlank);
        }

        CriterionRow padded(int spare) {
            return new CriterionRow(title, Stream.concat(levels.stream().filter(level -> !level.isBlank()),
                    Stream.generate(() -> new LevelRow("", "")).limit(spare)).toList());
        }

        RubricCriterion toCriterion() {
            return new RubricCriterion(title, levels.stream().filter(level -> !level.isBlank())
                    .map(level -> new RubricLevel(level.title(), number("rubric", level.points()))).toList());
        }
    }

    /** One level of a criterion: its title and points as typed. */
    record LevelRow(String title, String points) {

        LevelRow {
            title = title == null ? "" : title;
            points = points == null ? "" : points;
        }

        boolean isBlank() {
            return title.isBlank() && points.isBlank();
        }
    }
}
