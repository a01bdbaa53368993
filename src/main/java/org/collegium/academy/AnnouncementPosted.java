package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A member of an academy's staff opened an announcement thread in a course's discussion.
 */
public record AnnouncementPosted(AcademyId academy, CourseId course, AccountId author, DiscussionThreadId thread,
        String title, Instant at) {
}
