package org.collegium.academy.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuestionSummary;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptId;
import org.collegium.academy.QuizAttemptResult;
import org.collegium.academy.QuizAttemptStatus;
import org.collegium.academy.QuizAttemptView;
import org.collegium.academy.QuizFeedback;
import org.collegium.academy.QuizOverview;
import org.collegium.academy.QuizPassed;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSettings;
import org.collegium.academy.QuizSubmission;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quiz engine behind {@link Quizzes}. Every start, submission and overdue closing of a learner's attempts at a
 * quiz first locks that learner's participation row, then the attempt: requests at once are served one after the
 * other, so an attempt is graded once and a pass announced once; saving answers locks the attempt alone.
 */
@Service
@Transactional(readOnly = true)
class QuizService implements Quizzes {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final QuestionRepository questions;
    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizParticipationRepository participations;
    private final QuizAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuizService(QuestionRepository questions, QuizRepository quizzes, QuizAttemptRepository attempts,
            QuizParticipationRepository participations, QuizAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.participations = participations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public QuestionId addQuestion(AccountId actor, AcademyId academy, QuestionDraft draft) {
        access.checkAuthor(actor, academy);
        return questions.save(new Question(academy, draft, now())).id();
    }

    @Override
    @Transactional
    public void translatePrompt(AccountId actor, QuestionId id, String language, String prompt) {
        Question question = questions.findById(id.value()).orElseThrow(() -> new NotFoundException("question"));
        access.checkAuthor(actor, question.academy());
        question.translatePrompt(language, prompt);
    }

    @Override
    public List<QuestionSummary> questions(AccountId actor, AcademyId academy) {
        access.checkAuthor(actor, academy);
        return questions.findByAcademyIdOrderByCreatedAtDesc(academy.value()).stream().map(Question::summary).toList();
    }

    @Override
    @Transactional
    public void configure(AccountId actor, AcademyId academy, ActivityId activity, QuizSettings settings) {
        access.checkQuizActivity(actor, academy, activity);
        Optional<Quiz> existing = quizzes.findByActivityId(activity.value());
        if (existing.isPresent() && !existing.get().academy().equals(academy)) {
            throw new QuizRefusal("activity", "quiz.settings.other-academy");
        }
        checkQuestionsOf(academy, settings);
        existing.ifPresentOrElse(quiz -> quiz.configure(settings, now()),
                () -> quizzes.save(new Quiz(academy, activity, settings, now())));
    }

    private void checkQuestionsOf(AcademyId academy, QuizSettings settings) {
        if (!settings.drawsAtRandom()) {
            Set<UUID> ids = settings.questions().stream().map(QuestionId::value).collect(Collectors.toSet());
            List<Question> found = questions.findByIdIn(ids);
            if (found.size() != ids.size() || found.stream().anyMatch(q -> !q.academy().equals(academy))) {
                throw new QuizRefusal("questions", "quiz.settings.question-unknown");
            }
        } else if (settings.drawCount() > 0 && candidates(academy, settings.drawTags()).size() < settings.drawCount()) {
            throw new QuizRefusal("drawCount", "quiz.settings.not-enough-questions", settings.drawCount());
        }
    }

    private List<UUID> candidates(AcademyId academy, Set<String> tags) {
        if (tags.isEmpty()) {
            return questions.idsOfAcademy(academy.value());
        }
        return questions.idsOfAcademyTagged(academy.value(), tags.stream().map(Question::tag).toList());
    }

    @Override
    public Optional<QuizOverview> overview(AccountId actor, ActivityId activity) {
        Optional<Quiz> found = quizzes.findByActivityId(activity.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quiz quiz = found.get();
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.PREVIEW);
        Optional<QuizParticipation> participation = participations.findByQuizIdAndLearnerId(quiz.id(), actor.value());
        int used = participation.map(QuizParticipation::attemptsStarted).orElse(0);
        Optional<QuizAttemptId> inProgress = attempts.findByQuizIdAndLearnerIdAndStatus(quiz.id(), actor.value(),
                QuizAttemptStatus.IN_PROGRESS).stream().map(QuizAttempt::id).findFirst();
        return Optional.of(new QuizOverview(quiz.activity(), quiz.academy(), quiz.settings(), used,
                quiz.attemptsLimit() == 0 ? null : Math.max(0, quiz.attemptsLimit() - used), inProgress,
                participation.map(QuizParticipation::passed).orElse(false)));
    }

    @Override
    @Transactional
    public QuizAttemptView start(AccountId actor, ActivityId activity) {
        Quiz quiz = quizOf(activity);
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        Instant now = now();
        QuizParticipation participation = lockParticipation(quiz, actor, true);
        Optional<QuizAttempt> running = attempts.findByQuizIdAndLearnerIdAndStatus(quiz.id(), actor.value(),
                QuizAttemptStatus.IN_PROGRESS).stream().findFirst();
        if (running.isPresent() && running.get().deadline(quiz).accepts(now)) {
            return QuizViews.attempt(running.get(), quiz, questionsOf(running.get()));
        }
        quiz.checkOpenAt(now);
        quiz.checkAttemptsLeft(participation.attemptsStarted());
        running.ifPresent(overdue -> finish(overdue, quiz, participation, now));
        long seed = SEEDS.nextLong();
        List<UUID> picked = QuestionSelection.pick(quiz,
                quiz.drawsAtRandom() ? candidates(quiz.academy(), quiz.drawTags()) : List.of(), seed);
        Map<UUID, Question> byId = load(picked);
        List<Question> asked = picked.stream().filter(byId::containsKey).map(byId::get).toList();
        if (asked.isEmpty()) {
            throw new QuizRefusal("quiz", "quiz.start.no-questions");
        }
        QuizAttempt attempt = attempts.save(
                new QuizAttempt(quiz, actor, participation.startAttempt(), seed, asked, now));
        return QuizViews.attempt(attempt, quiz, byId);
    }

    @Override
    public QuizAttemptView attempt(AccountId actor, QuizAttemptId id) {
        QuizAttempt attempt = attempts.findById(id.value()).orElseThrow(() -> new NotFoundException("attempt"));
        access.checkOwnAttempt(actor, attempt.learner());
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        return QuizViews.attempt(attempt, quiz, questionsOf(attempt));
    }

    @Override
    @Transactional
    public void saveAnswers(AccountId actor, QuizAttemptId id, Map<QuestionId, QuizAnswer> answers) {
        access.checkOwnAttempt(actor, new AccountId(ownerOf(id).learnerId()));
        QuizAttempt attempt = attempts.lockById(id.value()).orElseThrow(() -> new NotFoundException("attempt"));
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        if (!attempt.inProgress()) {
            throw new QuizRefusal("attempt", "quiz.answers.finished");
        }
        Deadline deadline = attempt.deadline(quiz);
        if (!deadline.accepts(now())) {
            throw new QuizRefusal("attempt", deadline.kind() == Deadline.Kind.TIME_LIMIT
                    ? "quiz.answers.time-limit-passed" : "quiz.answers.closed", deadline.at());
        }
        attempt.answer(answers == null ? Map.of() : answers, questionsOf(attempt));
    }

    @Override
    @Transactional
    public QuizSubmission submit(AccountId actor, QuizAttemptId id, Map<QuestionId, QuizAnswer> answers) {
        AttemptOwner owner = ownerOf(id);
        access.checkOwnAttempt(actor, new AccountId(owner.learnerId()));
        Quiz quiz = quizzes.findById(owner.quizId()).orElseThrow();
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        // The attempt is read only once the learner's row is locked, so that it is read as the last submission left it.
        QuizParticipation participation = lockParticipation(quiz, actor, false);
        QuizAttempt attempt = attempts.lockById(id.value()).orElseThrow(() -> new NotFoundException("attempt"));
        Map<UUID, Question> asked = questionsOf(attempt);
        if (attempt.inProgress()) {
            Instant now = now();
            Deadline deadline = attempt.deadline(quiz);
            if (deadline.accepts(now)) {
                attempt.answer(answers == null ? Map.of() : answers, asked);
                finish(attempt, quiz, participation, null, now, asked);
            } else {
                finish(attempt, quiz, participation, deadline.kind(), now, asked);
            }
        }
        return new QuizSubmission(QuizViews.result(attempt, asked, quiz.feedback()), lateCode(attempt));
    }

    private static String lateCode(QuizAttempt attempt) {
        if (attempt.status() != QuizAttemptStatus.OVERDUE) {
            return null;
        }
        return attempt.overdueBy() == Deadline.Kind.TIME_LIMIT ? "quiz.submit.time-limit-passed" : "quiz.submit.closed";
    }

    @Override
    public QuizAttemptResult result(AccountId actor, QuizAttemptId id) {
        QuizAttempt attempt = attempts.findById(id.value()).orElseThrow(() -> new NotFoundException("attempt"));
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        if (!attempt.belongsTo(actor) && actor != null && access.isAuthor(actor, quiz.academy())) {
            access.checkCourseAccess(actor, quiz, QuizAccess.Need.FACILITATE);
            return QuizViews.result(attempt, questionsOf(attempt), QuizFeedback.PER_ANSWER);
        }
        access.checkOwnAttempt(actor, attempt.learner());
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        return QuizViews.result(attempt, questionsOf(attempt), quiz.feedback());
    }

    @Override
    @Transactional
    public List<QuizAttemptResult> results(AccountId actor, ActivityId activity) {
        Quiz quiz = quizOf(activity);
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.TAKE);
        Instant now = now();
        if (attempts.countByQuizIdAndLearnerIdAndStatus(quiz.id(), actor.value(), QuizAttemptStatus.IN_PROGRESS) > 0) {
            QuizParticipation participation = lockParticipation(quiz, actor, false);
            for (QuizAttempt attempt : attempts.findByQuizIdAndLearnerIdAndStatus(quiz.id(), actor.value(),
                    QuizAttemptStatus.IN_PROGRESS)) {
                if (!attempt.deadline(quiz).accepts(now)) {
                    finish(attempt, quiz, participation, now);
                }
            }
        }
        List<QuizAttempt> mine = attempts.findByQuizIdAndLearnerIdOrderByNumber(quiz.id(), actor.value());
        Map<UUID, Question> asked = load(questionIdsOf(mine));
        return mine.stream().map(attempt -> QuizViews.result(attempt, asked, quiz.feedback())).toList();
    }

    @Override
    public List<QuizAttemptResult> activityResults(AccountId actor, ActivityId activity) {
        Quiz quiz = quizOf(activity);
        access.checkCourseAccess(actor, quiz, QuizAccess.Need.FACILITATE);
        List<QuizAttempt> all = attempts.findByQuizIdOrderByLearnerIdAscNumberAsc(quiz.id());
        Map<UUID, Question> asked = load(questionIdsOf(all));
        return all.stream().map(attempt -> QuizViews.result(attempt, asked, QuizFeedback.PER_ANSWER)).toList();
    }

    private void finish(QuizAttempt attempt, Quiz quiz, QuizParticipation participation, Instant now) {
        finish(attempt, quiz, participation, attempt.deadline(quiz).kind(), now, questionsOf(attempt));
    }

    private void finish(QuizAttempt attempt, Quiz quiz, QuizParticipation participation, Deadline.Kind overdue,
            Instant now, Map<UUID, Question> asked) {
        attempt.finish(asked, quiz.passMark(), overdue, now);
        if (attempt.passed() && participation.pass(now)) {
            events.publishEvent(new QuizPassed(quiz.activity(), attempt.learner(), now));
        }
    }

    /** The clock's time to the microsecond, as the database keeps it: results read back equal results returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private QuizParticipation lockParticipation(Quiz quiz, AccountId learner, boolean create) {
        UUID id = QuizParticipation.idOf(quiz.id(), learner.value());
        if (create) {
            participations.createIfAbsent(id, quiz.id(), learner.value());
        }
        return participations.lockById(id).orElseThrow(() -> new IllegalStateException("no participation " + id));
    }

    private AttemptOwner ownerOf(QuizAttemptId id) {
        return attempts.ownerOf(id.value()).orElseThrow(() -> new NotFoundException("attempt"));
    }

    private Quiz quizOf(ActivityId activity) {
        return quizzes.findByActivityId(activity.value()).orElseThrow(() -> new NotFoundException("quiz"));
    }

    private Map<UUID, Question> questionsOf(QuizAttempt attempt) {
        return load(questionIdsOf(List.of(attempt)));
    }

    private static Set<UUID> questionIdsOf(Collection<QuizAttempt> list) {
        Set<UUID> ids = new HashSet<>();
        list.forEach(attempt -> attempt.items().forEach(item -> ids.add(item.questionId())));
        return ids;
    }

    private Map<UUID, Question> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return questions.findByIdIn(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(question -> question.id().value(), Function.identity()));
    }
}
