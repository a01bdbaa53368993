package org.collegium.academy;

import java.util.Set;

/**
 * An activity opened by a learner or previewed by an author.
 *
 * @param completed the activities of the course the viewer completed (empty for authors)
 * @param authoring whether the viewer authors the course (pages then offer editing and the learner's preview)
 * @param preview whether an author looks at it as a learner would
 */
public record LearnerActivity(ActivityView view, Set<ActivityId> completed, boolean authoring, boolean preview) {

    public boolean isCompleted() {
        return completed.contains(view.activity().id());
    }
}
