package org.collegium.academy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.collegium.identity.AccountId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@link QuizPassed} published while the tests run, from any thread, as the progress listener will receive
 * them: in the publishing transaction, so that a publication later rolled back is counted too.
 */
@Component
class RecordedQuizPasses {

    private final List<QuizPassed> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(QuizPassed event) {
        events.add(event);
    }

    long count(ActivityId activity, AccountId learner) {
        return events.stream().filter(event -> event.activity().equals(activity) && event.learner().equals(learner))
                .count();
    }
}
