package org.collegium.academy.facilitation;

import org.collegium.academy.CourseId;
import org.collegium.identity.AccountId;

/** A certificate was issued on completion; the learner hears of it by mail after the commit. */
record CertificateIssued(String number, AccountId learner, CourseId course) {
}
