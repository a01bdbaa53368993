package org.collegium.academy.facilitation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.collegium.academy.ActivityReference;
import org.collegium.academy.AssignmentGraded;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentAccepted;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.RunView;
import org.collegium.academy.StartingEnrolment;
import org.collegium.identity.Profiles;
import org.collegium.shared.time.TimeZones;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a learner, after the commit and in the learner's interface language, about a released grade and an issued
 * certificate, unless the learner turned that kind off.
 */
@Component
class LearnerMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final Accounts accounts;
    private final Courses courses;
    private final CourseAccess access;
    private final LearnerNotifications notifications;
    private final CourseRuns runs;
    private final Profiles profiles;
    private final String baseUrl;

    LearnerMails(Mailer mailer, MessageSource messages, Accounts accounts, Courses courses, CourseAccess access,
            LearnerNotifications notifications, CourseRuns runs, Profiles profiles,
            @Value("${collegium.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.courses = courses;
        this.access = access;
        this.notifications = notifications;
        this.runs = runs;
        this.profiles = profiles;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(CertificateIssued issued) {
        CourseSummary course = courses.findAll(List.of(issued.course())).get(issued.course());
        if (course == null) {
            return;
        }
        send(issued.learner(), NotificationKind.CERTIFICATE_ISSUED, language -> new String[] {
                text("facilitation.mail.certificate.subject", language, course.titleIn(language).text()),
                text("facilitation.mail.certificate.body", language, course.titleIn(language).text(),
                        baseUrl + "/certificates/" + issued.number()) });
    }

    @TransactionalEventListener
    void on(AssignmentGraded graded) {
        Optional<ActivityReference> activity = access.activity(graded.activity());
        if (activity.isEmpty()) {
            return;
        }
        send(graded.learner(), NotificationKind.GRADE_RELEASED, language -> new String[] {
                text("facilitation.mail.grade.subject", language, activity.get().titleIn(language).text()),
                text("facilitation.mail.grade.body", language, activity.get().titleIn(language).text(),
                        baseUrl + "/account/learning") });
    }

    @TransactionalEventListener
    void on(EnrolmentAccepted accepted) {
        CourseSummary course = courses.findAll(List.of(accepted.course())).get(accepted.course());
        if (course == null) {
            return;
        }
        RunView run = runs.get(Optional.empty(), accepted.run());
        ZoneId zone = zoneOf(accepted.learner(), run.zone());
        send(accepted.learner(), NotificationKind.ENROLMENT_ACCEPTED, language -> new String[] {
                text("facilitation.mail.enrolment.subject", language, course.titleIn(language).text()),
                text("facilitation.mail.enrolment.body", language, course.titleIn(language).text(),
                        run.isCohort() ? text("facilitation.mail.enrolment.dates", language,
                                when(run.starts(), zone, language), when(run.ends(), zone, language))
                                : text("facilitation.mail.enrolment.self-paced", language),
                        baseUrl + course.path()) });
    }

    /** Tells an active learner that the cohort starts soon; returns whether a mail went out. */
    boolean cohortStarting(StartingEnrolment starting) {
        CourseSummary course = courses.findAll(List.of(starting.course())).get(starting.course());
        if (course == null) {
            return false;
        }
        ZoneId zone = zoneOf(starting.learner(), starting.zone());
        LiveSessionView session = starting.firstSession();
        return send(starting.learner(), NotificationKind.COHORT_STARTING, language -> new String[] {
                text("facilitation.mail.starting.subject", language, course.titleIn(language).text()),
                text("facilitation.mail.starting.body", language, course.titleIn(language).text(),
                        when(starting.starts(), zone, language), baseUrl + course.path())
                        + (session == null ? "" : "\n\n" + text("facilitation.mail.starting.session", language,
                                when(session.starts(), zone, language), Optional.ofNullable(session.place())
                                        .filter(place -> !place.isBlank()).orElse("-"),
                                Optional.ofNullable(session.link()).filter(link -> !link.isBlank()).orElse("-"))) });
    }

    boolean wants(AccountId learner, NotificationKind kind) {
        return notifications.wants(learner, kind);
    }

    private ZoneId zoneOf(AccountId learner, ZoneId fallback) {
        return TimeZones.parse(profiles.profile(learner).timeZone()).orElse(fallback);
    }

    private static String when(java.time.Instant instant, ZoneId zone, Locale language) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private boolean send(AccountId learner, NotificationKind kind, java.util.function.Function<Locale, String[]> write) {
        if (!notifications.wants(learner, kind)) {
            return false;
        }
        Optional<AccountSummary> account = accounts.find(learner).filter(AccountSummary::confirmed);
        if (account.isEmpty()) {
            return false;
        }
        Locale language = accounts.languagesOf(List.of(learner)).getOrDefault(learner, Locale.ENGLISH);
        String[] mail = write.apply(language);
        String body = text("facilitation.mail.greeting", language, account.get().displayName()) + "\n\n" + mail[1]
                + "\n\n" + text("facilitation.mail.footer", language, baseUrl + "/account/notifications");
        return mailer.send(new Mail(account.get().email(), mail[0], body));
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }
}
