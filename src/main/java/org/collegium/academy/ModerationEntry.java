package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * One line of the moderation log: who did what to which thread (and post, for hiding), when.
 */
public record ModerationEntry(AcademyId academy, CourseId course, AccountId moderator, ModerationAction action,
        DiscussionThreadId thread, DiscussionPostId post, Instant at) {
}
