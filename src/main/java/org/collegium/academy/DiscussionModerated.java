package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A moderator hid, locked or pinned something in a course's discussion (or undid it).
 */
public record DiscussionModerated(AcademyId academy, CourseId course, AccountId moderator, ModerationAction action,
        DiscussionThreadId thread, Instant at) {
}
