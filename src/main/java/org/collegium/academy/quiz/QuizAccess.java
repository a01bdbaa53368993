package org.collegium.academy.quiz;

import java.util.Optional;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.QuizRefusal;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with quizzes. Authors are the academy's administrators and facilitators (and platform
 * administrators); a learner acts on their own attempts only.
 */
@Component
class QuizAccess {

    enum Need {
        /** Read the quiz's overview: its learners, and its course's authors previewing it. */
        PREVIEW,
        /** Take the quiz: start, answer, submit, read one's results; graded attempts are for enrolled learners only. */
        TAKE,
        /** Follow the learners of the quiz: read everyone's attempts. */
        FACILITATE
    }

    private final AcademyAccess academies;
    private final CourseAccess courses;

    QuizAccess(AcademyAccess academies, CourseAccess courses) {
        this.academies = academies;
        this.courses = courses;
    }

    void checkAuthor(AccountId actor, AcademyId academy) {
        if (!isAuthor(actor, academy)) {
            throw new AccessDeniedException("not an author of quizzes of academy " + academy.value());
        }
    }

    /** A quiz is set on a quiz activity of a course of that academy, by someone who may author that course. */
    void checkQuizActivity(AccountId actor, AcademyId academy, ActivityId activity) {
        ActivityReference found = courses.activity(activity)
                .filter(reference -> reference.academy().equals(academy) && courses.mayAuthor(actor, reference.course()))
                .orElseThrow(() -> new AccessDeniedException("not an author of activity " + activity.value()));
        if (found.kind() != ActivityKind.QUIZ) {
            throw new QuizRefusal("activity", "quiz.settings.not-a-quiz-activity");
        }
    }

    boolean isAuthor(AccountId actor, AcademyId academy) {
        Optional<AccountId> account = Optional.ofNullable(actor);
        return academies.may(account, Role.ACADEMY_ADMINISTRATOR, academy)
                || academies.may(account, Role.FACILITATOR, academy);
    }

    /**
     * The one place for the course-level rules of an activity's quiz. Taking it (every graded attempt) needs an ACTIVE
     * or COMPLETED enrolment in a run of the activity's course, the activity being published; the course's authors
     * may preview the overview but do not start graded attempts, so no staff attempt ever counts as a pass.
     * Facilitating needs the academy's staff.
     */
    void checkCourseAccess(AccountId actor, Quiz quiz, Need need) {
        if (actor == null) {
            throw new AccessDeniedException("signed-in account needed for quiz of " + quiz.activity().value());
        }
        if (need == Need.FACILITATE) {
            checkAuthor(actor, quiz.academy());
            return;
        }
        Optional<ActivityReference> activity = courses.activity(quiz.activity());
        boolean learner = activity.map(found -> found.published() && courses.isLearnerOf(actor, found.course()))
                .orElse(false);
        boolean previewing = need == Need.PREVIEW
                && activity.map(found -> courses.mayAuthor(actor, found.course())).orElse(false);
        if (!learner && !previewing) {
            throw new AccessDeniedException("not a learner of the course of quiz " + quiz.activity().value());
        }
    }

    /** A learner's attempt is theirs alone. */
    void checkOwnAttempt(AccountId actor, AccountId learner) {
        if (actor == null || !actor.equals(learner)) {
            throw new AccessDeniedException("an attempt of another learner");
        }
    }
}
