package org.collegium.academy.facilitation;

import java.time.Instant;

import org.collegium.academy.CourseSummary;
import org.collegium.identity.AccountId;

/**
 * One line of the facilitation log.
 *
 * @param detail the activity, announcement or message title, or the moderation action's name
 * @param firstCount learners present, or a message's recipients
 * @param secondCount learners absent
 * @param course the course it was about, or null when gone
 */
public record LogEntry(Instant at, AccountId actor, String actorName, LogAction action, String detail,
        int firstCount, int secondCount, CourseSummary course) {
}
