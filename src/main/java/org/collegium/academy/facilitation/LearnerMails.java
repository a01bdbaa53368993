package org.collegium.academy.facilitation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collegium.academy.ActivityReference;
import org.collegium.academy.AssignmentGraded;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
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
    private final String baseUrl;

    LearnerMails(Mailer mailer, MessageSource messages, Accounts accounts, Courses courses, CourseAccess access,
            LearnerNotifications notifications, @Value("${collegium.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.courses = courses;
        this.access = access;
        this.notifications = notifications;
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

    private void send(AccountId learner, NotificationKind kind, java.util.function.Function<Locale, String[]> write) {
        if (!notifications.wants(learner, kind)) {
            return;
        }
        Optional<AccountSummary> account = accounts.find(learner).filter(AccountSummary::confirmed);
        if (account.isEmpty()) {
            return;
        }
        Locale language = accounts.languagesOf(List.of(learner)).getOrDefault(learner, Locale.ENGLISH);
        String[] mail = write.apply(language);
        String body = text("facilitation.mail.greeting", language, account.get().displayName()) + "\n\n" + mail[1]
                + "\n\n" + text("facilitation.mail.footer", language, baseUrl + "/account/notifications");
        mailer.send(new Mail(account.get().email(), mail[0], body));
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }
}
