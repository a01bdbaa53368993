package org.collegium.academy;

import java.time.Instant;
import java.util.Objects;

import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.TranslatedText;

/**
 * What the course part knows when a learner completes a course, handed over as a snapshot: the certificate keeps
 * these values even if the course is renamed later.
 *
 * @param courseTitle the course title in every language it has
 * @param workload optional text such as "20 hours" or "2 ECTS credits", printed as given; may be null
 */
public record IssueCertificate(AcademyId academy, CourseId course, CourseRunId run, EnrolmentId enrolment,
        AccountId learner, Instant completedAt, TranslatedText courseTitle, String workload) {

    public IssueCertificate {
        Objects.requireNonNull(academy, "academy");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(courseTitle, "courseTitle");
        workload = workload == null || workload.isBlank() ? null : workload.strip();
    }
}
