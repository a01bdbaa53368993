package org.collegium.academy.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.AssignmentGraded;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseCompleted;
import org.collegium.academy.QuizPassed;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Learners' progress: completes activities by their rule and, when every counted activity of the course is complete,
 * completes the enrolment and announces it once. Runs inside the caller's (or the event publisher's) transaction.
 */
@Component
class Progress {

    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final CourseContents contents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Progress(EnrolmentRepository enrolments, CompletionRepository completions, CourseContents contents,
            ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.completions = completions;
        this.contents = contents;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(QuizPassed event) {
        completeEverywhere(event.learner(), event.activity(), CompletionRule.QUIZ_PASSED, event.at());
    }

    @EventListener
    void on(AssignmentGraded event) {
        if (event.passed()) {
            completeEverywhere(event.learner(), event.activity(), CompletionRule.ASSIGNMENT_GRADED, event.at());
        }
    }

    /** Completes the activity in each of the learner's active enrolments in its course, when the rule is its own. */
    void completeEverywhere(AccountId learner, ActivityId activity, CompletionRule rule, Instant at) {
        ActivityReference reference = contents.reference(activity).orElse(null);
        if (reference == null || reference.completionRule() != rule || !reference.published()) {
            return;
        }
        enrolments.findByLearnerAndCourse(learner.value(), reference.course().value()).stream()
                .filter(enrolment -> enrolment.status().learns())
                .forEach(enrolment -> complete(enrolment, activity, rule, at));
    }

    /** Records the completion once (idempotent), then checks the course. */
    void complete(Enrolment unlocked, ActivityId activity, CompletionRule rule, Instant at) {
        Enrolment enrolment = enrolments.lockById(unlocked.id().value()).orElseThrow();
        if (!enrolment.status().learns()) {
            return;
        }
        ActivityCompletion.Key key = new ActivityCompletion.Key(enrolment.id().value(), activity.value());
        if (!completions.existsById(key)) {
            completions.saveAndFlush(new ActivityCompletion(enrolment.id().value(), activity, rule, at));
        }
        checkCourse(enrolment);
    }

    private void checkCourse(Enrolment enrolment) {
        if (!contents.isPublished(enrolment.course())) {
            return;
        }
        List<ActivitySummary> outline = contents.publishedOutlines(List.of(enrolment.course()))
                .getOrDefault(enrolment.course(), List.of());
        Set<ActivityId> required = outline.stream().filter(ActivitySummary::counts).map(ActivitySummary::id)
                .collect(Collectors.toSet());
        if (required.isEmpty()) {
            return;
        }
        Set<ActivityId> done = completions.findByEnrolments(List.of(enrolment.id().value())).stream()
                .map(ActivityCompletion::activity).collect(Collectors.toSet());
        if (done.containsAll(required) && enrolment.complete(clock.instant())) {
            events.publishEvent(new CourseCompleted(enrolment.course(), enrolment.run(), enrolment.id(),
                    enrolment.learner(), clock.instant()));
        }
    }
}
