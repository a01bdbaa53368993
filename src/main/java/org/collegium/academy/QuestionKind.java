package org.collegium.academy;

/** How a question is answered, and so how it is graded. */
public enum QuestionKind {
    /** One choice among several; full points for the right one. */
    SINGLE_CHOICE,
    /** Any number of choices; right choices minus wrong ones, in proportion to the right ones, never below zero. */
    MULTIPLE_CHOICE,
    /** A statement that is true or false. */
    TRUE_FALSE,
    /** A few typed words, compared with the accepted answers regardless of case, accents and spaces. */
    SHORT_ANSWER,
    /** Left items matched to shuffled right items; points in proportion to the right pairs. */
    MATCHING
}
