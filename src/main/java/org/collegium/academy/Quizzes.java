package org.collegium.academy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * The quizzes of the academies: each academy's question bank, the quiz of an activity, and learners' attempts,
 * graded on the server. Every method takes the acting account and checks it: authors are the academy's
 * administrators and facilitators; a learner acts only on their own attempts ({@code AccessDeniedException}
 * otherwise). Rules refuse with {@link QuizRefusal}; an unknown quiz, question or attempt is a
 * {@code NotFoundException}. When a learner first reaches the pass mark of an activity's quiz, {@link QuizPassed} is
 * published, once per learner and activity.
 */
public interface Quizzes {

    /**
     * How late after its deadline a submission is still accepted: the time a page takes to reach the server on a
     * slow connection. Saving answers and submitting are accepted up to deadline + grace, inclusive; starting an
     * attempt is not accepted at or after the closing date.
     */
    Duration GRACE = Duration.ofSeconds(30);

    /** Adds a question to the academy's bank. Only the academy's administrators and facilitators may. */
    QuestionId addQuestion(AccountId actor, AcademyId academy, QuestionDraft draft);

    /** Writes or replaces the prompt of a question in another language (the original is changed in place). */
    void translatePrompt(AccountId actor, QuestionId question, String language, String prompt);

    /** The academy's bank, newest first, for its administrators and facilitators. */
    List<QuestionSummary> questions(AccountId actor, AcademyId academy);

    /**
     * Makes or changes the quiz of an activity with questions of this academy's bank. Attempts already started keep
     * their questions and their time limit; a new closing date applies to them.
     */
    void configure(AccountId actor, AcademyId academy, ActivityId activity, QuizSettings settings);

    /** The quiz of an activity as this learner sees it before starting, or empty when the activity has none. */
    Optional<QuizOverview> overview(AccountId actor, ActivityId activity);

    /**
     * Starts an attempt, or gives back the one under way. Refused ({@link QuizRefusal}) before the quiz opens
     * ({@code quiz.start.not-open}), from its closing date ({@code quiz.start.closed}), past the attempts limit
     * ({@code quiz.start.attempts-used}) or when it has no question ({@code quiz.start.no-questions}).
     */
    QuizAttemptView start(AccountId actor, ActivityId activity);

    /** One's own attempt, with the answers saved so far. */
    QuizAttemptView attempt(AccountId actor, QuizAttemptId attempt);

    /**
     * Saves answers (replacing earlier answers to the same questions) without submitting. Refused after the deadline
     * and its grace ({@code quiz.answers.time-limit-passed}, {@code quiz.answers.closed}), on a finished attempt
     * ({@code quiz.answers.finished}) and for answers that do not fit their question ({@code quiz.answer.invalid}):
     * then nothing is saved.
     */
    void saveAnswers(AccountId actor, QuizAttemptId attempt, Map<QuestionId, QuizAnswer> answers);

    /**
     * Saves these answers and submits the attempt for grading. Idempotent: a finished attempt gives its result
     * again. After the deadline and its grace, these answers are refused and the attempt is graded on what was saved
     * before and closed as overdue (see {@link QuizSubmission}).
     */
    QuizSubmission submit(AccountId actor, QuizAttemptId attempt, Map<QuestionId, QuizAnswer> answers);

    /** One attempt's result: one's own as the quiz's feedback setting allows, or in full for facilitators. */
    QuizAttemptResult result(AccountId actor, QuizAttemptId attempt);

    /**
     * The actor's own attempts at the quiz of an activity, first to last; an attempt whose deadline passed is closed
     * as overdue and graded first.
     */
    List<QuizAttemptResult> results(AccountId actor, ActivityId activity);

    /** Every attempt at the quiz of an activity, by learner then number, in full. For facilitators. */
    List<QuizAttemptResult> activityResults(AccountId actor, ActivityId activity);
}
