package org.collegium.academy;

/** What a learner sees of a submitted attempt. Facilitators always see everything. */
public enum QuizFeedback {
    /** Score, pass or fail, and for each question whether it was right, with the feedback of the answers given. */
    PER_ANSWER,
    /** Score and pass or fail only. */
    SCORE_ONLY,
    /** Only that the attempt was submitted. */
    NONE
}
