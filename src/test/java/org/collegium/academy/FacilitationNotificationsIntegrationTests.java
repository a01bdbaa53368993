package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.facilitation.LearnerNotifications;
import org.collegium.academy.facilitation.NotificationKind;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates issued on completion and the mails a learner chose: through the core's progress, the real events, the
 * development mailbox and the learner's pages.
 */
@CollegiumIntegrationTest
class FacilitationNotificationsIntegrationTests {

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final Enrolments enrolments;
    private final Certificates certificates;
    private final LearnerNotifications notifications;
    private final Accounts accounts;
    private final DevMailbox mailbox;
    private final MockMvc mvc;
    private final UserDetailsService users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    private AcademySummary academy;
    private AccountId author;
    private CourseFixtures.Built course;

    @Autowired
    FacilitationNotificationsIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            Certificates certificates, LearnerNotifications notifications, DevMailbox mailbox, MockMvc mvc,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailbox = mailbox;
        this.mvc = mvc;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
    }

    @BeforeEach
    void aPublishedCourse() {
        String admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        author = fixtures.idOf(admin);
        course = courseFixtures.course(author, academy, true);
    }

    private EnrolmentId complete(AccountId learner) {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.SELF_SERVICE);
        enrolments.enrol(learner, run);
        enrolments.open(Optional.of(learner), course.first(), false);
        enrolments.open(Optional.of(learner), course.second(), false);
        assertThat(enrolments.learningOf(learner).getFirst().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        return enrolments.learningOf(learner).getFirst().enrolment();
    }

    @Test
    void completingACourseIssuesOneCertificateAndMailsItOnceEvenWhenTheEventComesTwice() throws Exception {
        String email = fixtures.account("graduate");
        AccountId learner = fixtures.idOf(email);

        complete(learner);

        List<CertificateView> issued = certificates.ofLearner(learner);
        assertThat(issued).hasSize(1);
        CertificateView certificate = issued.getFirst();
        assertThat(certificate.academyId()).isEqualTo(academy.id());
        assertThat(certificate.courseTitle().readable("en").orElseThrow()).isEqualTo("Budgeting " + course.slug());
        List<ReceivedMail> mails = EnrolmentAcceptedMails.otherMailsTo(mailbox, email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).contains("Budgeting " + course.slug());
        assertThat(mails.getFirst().text()).contains("/certificates/" + certificate.number());

        transactions.executeWithoutResult(status -> events.publishEvent(new CourseCompleted(course.id(),
                certificate.run(), certificate.enrolment(), learner, Instant.now())));
        transactions.executeWithoutResult(status -> events.publishEvent(new CourseCompleted(course.id(),
                certificate.run(), certificate.enrolment(), learner, Instant.now())));

        assertThat(certificates.ofLearner(learner)).extracting(CertificateView::number)
                .containsExactly(certificate.number());
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, email)).hasSize(1);
        String page = mvc.perform(get("/account/certificates").with(user(users.loadUserByUsername(email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split(certificate.number() + ".pdf", -1)).hasSize(2);
    }

    @Test
    void aLearnerWhoTurnedCertificateMailsOffGetsTheCertificateButNoMail() throws Exception {
        String email = fixtures.account("quiet");
        AccountId learner = fixtures.idOf(email);

        mvc.perform(post("/account/notifications").with(user(users.loadUserByUsername(email))).with(csrf())
                .param("kind", "GRADE_RELEASED").param("kind", "ANNOUNCEMENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.enabledFor(learner))
                .containsExactlyInAnyOrder(NotificationKind.GRADE_RELEASED, NotificationKind.ANNOUNCEMENT);

        complete(learner);

        assertThat(certificates.ofLearner(learner)).hasSize(1);
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, email)).isEmpty();
    }

    @Test
    void thePreferencesPageShowsEveryKindOnByDefaultAndNeedsSignIn() throws Exception {
        String email = fixtures.account("chooser");
        mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        String page = mvc.perform(get("/account/notifications").with(user(users.loadUserByUsername(email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(page).containsPattern("value=\"" + kind.name() + "\"\\s+checked");
        }
        String frenchEmail = AcademyFixtures.unique("francophone") + "@academy-test.example";
        accounts.createConfirmed(frenchEmail, "Personne", AcademyFixtures.PASSWORD, Locale.FRENCH);
        mvc.perform(get("/account/notifications").with(user(users.loadUserByUsername(frenchEmail))))
                .andExpect(content().string(
                org.hamcrest.Matchers.containsString("Notifications par courriel")));
    }

    @Test
    void aReleasedGradeIsMailedInTheLearnersLanguageUnlessTurnedOff() {
        CourseModuleId module = courses.addModule(author, course.id(), "en", "Checks");
        ActivityId assignment = courses.addActivity(author, module, new ActivityDraft(ActivityKind.ASSIGNMENT, "en",
                "Action plan", null, null, CompletionRule.ASSIGNMENT_GRADED, null));
        courses.publishActivity(author, assignment);
        String frenchEmail = AcademyFixtures.unique("francophone") + "@academy-test.example";
        accounts.createConfirmed(frenchEmail, "Personne", AcademyFixtures.PASSWORD, Locale.FRENCH);
        AccountId french = fixtures.idOf(frenchEmail);
        String quietEmail = fixtures.account("nograde");
        AccountId quiet = fixtures.idOf(quietEmail);
        notifications.choose(quiet, java.util.EnumSet.of(NotificationKind.CERTIFICATE_ISSUED));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AssignmentGraded(assignment, french, true, Instant.now()));
            events.publishEvent(new AssignmentGraded(assignment, quiet, true, Instant.now()));
        });

        List<ReceivedMail> mails = EnrolmentAcceptedMails.otherMailsTo(mailbox, frenchEmail);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Votre travail pour Action plan a été évalué");
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, quietEmail)).isEmpty();
    }
}
