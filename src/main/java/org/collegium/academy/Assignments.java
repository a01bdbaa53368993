package org.collegium.academy;

import java.util.List;
import java.util.Optional;

import org.collegium.academy.assignment.AssignmentEngine;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Service;

/**
 * Assignments of activities: a learner saves a draft and hands in text and/or a file before the due date (late
 * ones are marked or refused as the assignment says, anything after the cut-off is refused); staff of the
 * assignment's academy grade with its rubric and release the grade, which announces {@link AssignmentGraded}
 * once; peers review each other's work when the assignment asks for it, without ever holding anyone back.
 *
 * <p>Every method checks the actor on the server: staff means a facilitator or administrator of the
 * assignment's academy (or a platform administrator); a learner reads only their own submission and the
 * submissions allocated to them for review. Refusals of the rules are {@link AssignmentRefusal}s, refusals of
 * access {@link org.springframework.security.access.AccessDeniedException}s, unknown assignments
 * {@link org.collegium.shared.NotFoundException}s; a refused step writes nothing.
 */
@Service
public class Assignments {

    private final AssignmentEngine engine;

    Assignments(AssignmentEngine engine) {
        this.engine = engine;
    }

    /** Staff create the assignment of an activity of their academy; one per activity. */
    public void create(AccountId actor, ActivityId activity, AcademyId academy, AssignmentSettings settings) {
        engine.create(actor, activity, academy, settings);
    }

    /** Staff change the settings; the rubric is frozen once a grade exists. */
    public void update(AccountId actor, ActivityId activity, AssignmentSettings settings) {
        engine.update(actor, activity, settings);
    }

    /** The assignment, for its academy's staff and learners. */
    public AssignmentView assignment(AccountId actor, ActivityId activity) {
        return engine.assignment(actor, activity);
    }

    /** Keeps the learner's working copy without handing it in. */
    public SubmissionView saveDraft(AccountId learner, ActivityId activity, SubmissionDraft draft) {
        return engine.saveDraft(learner, activity, draft);
    }

    /** Hands in (again) until the grade is released; late or refused by the deadline rules, to the second. */
    public SubmissionView submit(AccountId learner, ActivityId activity, SubmissionDraft draft) {
        return engine.submit(learner, activity, draft);
    }

    /**
     * Keeps the working copy with a file the learner just uploaded (see {@link MediaLibrary#uploadSubmission}); the
     * file is kept only if the draft is.
     */
    public SubmissionView saveDraft(AccountId learner, ActivityId activity, String text, NewMediaFile file) {
        return engine.saveDraftWithFile(learner, activity, text, file);
    }

    /** Hands in the text with a file the learner just uploaded; the file is kept only if the work is accepted. */
    public SubmissionView submit(AccountId learner, ActivityId activity, String text, NewMediaFile file) {
        return engine.submitWithFile(learner, activity, text, file);
    }

    /** The learner's own submission with every version handed in, and the grade once released. */
    public Optional<SubmissionView> mySubmission(AccountId learner, ActivityId activity) {
        return engine.mySubmission(learner, activity);
    }

    /** One learner's submission, for staff or that learner only. */
    public SubmissionView submissionOf(AccountId actor, ActivityId activity, AccountId learner) {
        return engine.submissionOf(actor, activity, learner);
    }

    /** Every handed-in submission with its grade so far, for staff. */
    public List<SubmissionView> submissions(AccountId actor, ActivityId activity) {
        return engine.submissions(actor, activity);
    }

    /** Staff save (or correct) a draft grade: a level per rubric criterion and feedback. */
    public GradeView grade(AccountId actor, ActivityId activity, AccountId learner, GradeInput input) {
        return engine.grade(actor, activity, learner, input);
    }

    /** Staff release the grade: the learner sees it and {@link AssignmentGraded} is published, once. */
    public GradeView release(AccountId actor, ActivityId activity, AccountId learner) {
        return engine.release(actor, activity, learner);
    }

    /** The learner (or staff for them) leaves the assignment; their pending reviews go to other peers. */
    public void withdraw(AccountId actor, ActivityId activity, AccountId learner) {
        engine.withdraw(actor, activity, learner);
    }

    /** The peer reviews allocated to the reader, with the work to review. */
    public List<PeerReviewTask> reviewsToDo(AccountId reviewer, ActivityId activity) {
        return engine.reviewsToDo(reviewer, activity);
    }

    /** Gives an allocated review: rubric levels, a comment, or both. */
    public void giveReview(AccountId reviewer, PeerReviewId review, PeerReviewInput input) {
        engine.giveReview(reviewer, review, input);
    }

    /** The peer reviews of the reader's submission, once no review is still awaited within its time. */
    public List<ReceivedReview> reviewsReceived(AccountId learner, ActivityId activity) {
        return engine.reviewsReceived(learner, activity);
    }
}
