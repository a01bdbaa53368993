package org.collegium.academy;

/**
 * Where a learner's enrolment in a run stands. ACTIVE and COMPLETED hold a seat. Labels: {@code enrolment.status.<NAME>}.
 */
public enum EnrolmentStatus {
    PENDING_APPROVAL, INVITED, ACTIVE, WAITING, COMPLETED, WITHDRAWN;

    public boolean holdsSeat() {
        return this == ACTIVE || this == COMPLETED;
    }

    /** Whether the learner follows the course: opens activities and makes progress. */
    public boolean learns() {
        return this == ACTIVE || this == COMPLETED;
    }
}
