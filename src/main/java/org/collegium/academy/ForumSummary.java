package org.collegium.academy;

/**
 * A forum as pages see it: where it belongs, and whether the viewer moderates it.
 */
public record ForumSummary(ForumId id, AcademyId academy, CourseId course, CourseModuleId module, boolean moderator) {
}
