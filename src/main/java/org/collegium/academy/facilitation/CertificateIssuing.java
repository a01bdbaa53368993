package org.collegium.academy.facilitation;

import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.CourseCompleted;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.academy.IssueCertificate;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate of a completed course in the transaction that completes it: the completion and its
 * certificate are stored together. Issuing is idempotent per enrolment, so a repeated event changes nothing.
 */
@Component
class CertificateIssuing {

    private final Courses courses;
    private final Certificates certificates;
    private final ApplicationEventPublisher events;

    CertificateIssuing(Courses courses, Certificates certificates, ApplicationEventPublisher events) {
        this.courses = courses;
        this.certificates = certificates;
        this.events = events;
    }

    @EventListener
    void on(CourseCompleted completed) {
        CourseSummary course = courses.findAll(java.util.List.of(completed.course())).get(completed.course());
        if (course == null) {
            throw new NotFoundException("course");
        }
        boolean alreadyIssued = certificates.ofLearner(completed.learner()).stream()
                .anyMatch(certificate -> certificate.enrolment().equals(completed.enrolment()));
        CertificateView issued = certificates.issue(new IssueCertificate(course.academy(), completed.course(),
                completed.run(), completed.enrolment(), completed.learner(), completed.at(), course.title(), null));
        if (!alreadyIssued) {
            events.publishEvent(new CertificateIssued(issued.number(), completed.learner(), completed.course()));
        }
    }
}
