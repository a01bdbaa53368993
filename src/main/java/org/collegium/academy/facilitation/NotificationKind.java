package org.collegium.academy.facilitation;

/** What a learner may be told by mail; every kind is on until the learner turns it off. */
public enum NotificationKind {
    ANNOUNCEMENT, GRADE_RELEASED, CERTIFICATE_ISSUED, ENROLMENT_ACCEPTED, COHORT_STARTING
}
