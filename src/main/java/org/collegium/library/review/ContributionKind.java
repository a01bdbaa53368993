package org.collegium.library.review;

/** A peer analysis, in three parts, or a comment, in one. */
public enum ContributionKind {
    ANALYSIS, COMMENT
}
