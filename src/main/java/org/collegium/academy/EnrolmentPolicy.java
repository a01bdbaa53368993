package org.collegium.academy;

/**
 * How learners join a run. Labels: {@code enrolment.policy.<NAME>}.
 */
public enum EnrolmentPolicy {
    /** Anyone signed in enrols, while seats last; then the waiting list. */
    SELF_SERVICE,
    /** A facilitator approves or declines each request. */
    APPROVAL,
    /** Only the invited addresses may join. */
    INVITATION
}
