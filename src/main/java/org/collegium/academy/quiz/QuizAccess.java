package org.collegium.academy.quiz;

import java.util.Optional;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
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
        /** Take the quiz: start, answer, submit, read one's results. */
        TAKE,
        /** Follow the learners of the quiz: read everyone's attempts. */
        FACILITATE
    }

    private final AcademyAccess academies;

    QuizAccess(AcademyAccess academies) {
        this.academies = academies;
    }

    void checkAuthor(AccountId actor, AcademyId academy) {
        if (!isAuthor(actor, academy)) {
            throw new AccessDeniedException("not an author of quizzes of academy " + academy.value());
        }
    }

    boolean isAuthor(AccountId actor, AcademyId academy) {
        Optional<AccountId> account = Optional.ofNullable(actor);
        return academies.may(account, Role.ACADEMY_ADMINISTRATOR, academy)
                || academies.may(account, Role.FACILITATOR, academy);
    }

    /**
     * The one place for the course-level rules of an activity's quiz. Until the course core exists, taking a quiz
     * needs only a signed-in account and facilitating needs the academy's staff; the core will add here: enrolled
     * (active) in a run of the activity's course to take it, facilitator of that run or academy staff to facilitate.
     */
    void checkCourseAccess(AccountId actor, Quiz quiz, Need need) {
        if (actor == null) {
            throw new AccessDeniedException("signed-in account needed for quiz of " + quiz.activity().value());
        }
        if (need == Need.FACILITATE) {
            checkAuthor(actor, quiz.academy());
        }
    }

    /** A learner's attempt is theirs alone. */
    void checkOwnAttempt(AccountId actor, AccountId learner) {
        if (actor == null || !actor.equals(learner)) {
            throw new AccessDeniedException("an attempt of another learner");
        }
    }
}
