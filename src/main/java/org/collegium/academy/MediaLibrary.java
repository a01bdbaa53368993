package org.collegium.academy;

import java.util.List;
import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * The academies' uploaded files: videos, audio, documents, captions and images. Kinds are decided from the content,
 * files are stored under names the server makes, and every read passes {@link #mayRead}.
 */
public interface MediaLibrary {

    /**
     * Stores a file for the academy. Only the academy's administrators and facilitators (and platform
     * administrators) may; others get an {@link org.springframework.security.access.AccessDeniedException}.
     * A refused file ({@link MediaRefusal}) leaves nothing behind, on disk or in the database.
     */
    MediaFileSummary upload(AccountId actor, AcademyId academy, NewMediaFile file);

    /**
     * Stores a learner's file for the assignment of an activity they may open as a learner, with the same checks as
     * {@link #upload}. The file is not listed with the activity's files nor in the academy's library, and only the
     * learner, the academy's staff and the peers allocated to review it may read it.
     */
    MediaFileSummary uploadSubmission(AccountId learner, ActivityId activity, NewMediaFile file);

    /** Whether the account may upload to and list the academy's library. */
    boolean mayManage(Optional<AccountId> account, AcademyId academy);

    /** The academy's files (not learners' submissions), newest first: only for those who {@link #mayManage} it. */
    List<MediaFileSummary> filesOf(AccountId actor, AcademyId academy);

    /**
     * The files staff attached to an activity (not learners' submissions), oldest first; the caller decides who sees
     * the activity.
     */
    List<MediaFileSummary> attachedTo(ActivityId activity);

    Optional<MediaFileSummary> find(MediaFileId id);

    /**
     * The one rule for reading a file: public files are readable by anyone; the others by the academy's staff and,
     * for a file attached to an activity, by whoever may open that activity (its course's enrolled learners once it
     * is published, and the course's authors; see {@link CourseAccess#mayOpen}). A learner's submission file is read
     * only by that learner, the academy's staff and the peers allocated to review it.
     */
    boolean mayRead(Optional<AccountId> viewer, MediaFileSummary file);

    /** The file's content for a viewer who {@link #mayRead} it: 404 when unknown, 403 otherwise. */
    MediaContent open(Optional<AccountId> viewer, MediaFileId id);
}
