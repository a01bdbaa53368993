package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.facilitation.CohortStartingMails;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The mails of enrolment: accepted (however the enrolment became active) and the cohort starting the next day, each
 * sent once, in the learner's language, unless the learner turned the kind off.
 */
@CollegiumIntegrationTest
class FacilitationMailsIntegrationTests {

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final LearnerNotifications notifications;
    private final CohortStartingMails starting;
    private final JdbcTemplate jdbc;
    private final DevMailbox mailbox;

    private AccountId author;
    private String facilitator;
    private CourseFixtures.Built course;

    @Autowired
    FacilitationMailsIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            LearnerNotifications notifications, CohortStartingMails starting, DevMailbox mailbox) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.notifications = notifications;
        this.starting = starting;
        this.jdbc = jdbc;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void aPublishedCourse() {
        String admin = fixtures.account("admin");
        AcademySummary academy = fixtures.academy(admin);
        author = fixtures.idOf(admin);
        facilitator = courseFixtures.facilitator(academy);
        course = courseFixtures.course(author, academy, true);
    }

    private List<ReceivedMail> accepted(String email) {
        return mailbox.messagesTo(email).stream().filter(mail -> mail.subject().contains(course.slug())
                && (mail.subject().startsWith("You are enrolled") || mail.subject().startsWith("Vous êtes inscrit")))
                .toList();
    }

    private List<ReceivedMail> startingSoon(String email) {
        return mailbox.messagesTo(email).stream().filter(mail -> mail.subject().endsWith("starts soon")).toList();
    }

    @Test
    void selfServiceIntoAScheduledRunMailsTheDatesInTheLearnersLanguage() {
        CourseRunId run = courseFixtures.cohort(author, course.id(), 10, Set.of());
        String email = AcademyFixtures.unique("fr") + "@academy-test.example";
        AccountId learner = accounts.createConfirmed(email, "Chloé", AcademyFixtures.PASSWORD, Locale.FRENCH);

        enrolments.enrol(learner, run);

        List<ReceivedMail> mails = accepted(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Vous êtes inscrit à Budgeting " + course.slug());
        assertThat(mails.getFirst().text()).contains("Bonjour Chloé", "La session commence le", "(Europe/Skopje)",
                "/courses/" + course.slug());
    }

    @Test
    void anApprovalMailsOnlyWhenTheFacilitatorApproves() {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.APPROVAL);
        String email = fixtures.account("pending");
        enrolments.enrol(fixtures.idOf(email), run);
        assertThat(accepted(email)).isEmpty();

        EnrolmentId enrolment = enrolments.roster(author, run).getFirst().id();
        enrolments.approve(fixtures.idOf(facilitator), enrolment);

        assertThat(accepted(email)).hasSize(1);
        assertThat(accepted(email).getFirst().text()).contains("at your own pace");
    }

    @Test
    void aLearnerPromotedFromTheWaitingListIsMailedThen() {
        CourseRunId run = courseFixtures.cohort(author, course.id(), 1, Set.of());
        String first = fixtures.account("first");
        String second = fixtures.account("second");
        enrolments.enrol(fixtures.idOf(first), run);
        assertThat(enrolments.enrol(fixtures.idOf(second), run)).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(accepted(second)).isEmpty();

        enrolments.withdraw(fixtures.idOf(first), run);

        assertThat(accepted(first)).hasSize(1);
        assertThat(accepted(second)).hasSize(1);
    }

    @Test
    void anAcceptedInvitationIsMailedUnlessTheLearnerTurnedItOff() {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.INVITATION);
        String invited = fixtures.account("invited");
        String quiet = fixtures.account("quiet");
        notifications.choose(fixtures.idOf(quiet), EnumSet.complementOf(EnumSet.of(NotificationKind.ENROLMENT_ACCEPTED)));
        enrolments.invite(fixtures.idOf(facilitator), run, invited);
        enrolments.invite(fixtures.idOf(facilitator), run, quiet);
        assertThat(accepted(invited)).isEmpty();

        enrolments.enrol(fixtures.idOf(invited), run);
        enrolments.enrol(fixtures.idOf(quiet), run);

        assertThat(accepted(invited)).hasSize(1);
        assertThat(accepted(quiet)).isEmpty();
    }

    private CourseRunId startingIn(Duration delay) {
        Instant now = Instant.now();
        return runs.schedule(author, course.id(), new RunPlan(RunKind.COHORT, "en", EnrolmentPolicy.SELF_SERVICE,
                null, null, null, now.plus(delay), now.plus(Duration.ofDays(30)), ZoneId.of("Africa/Dakar"),
                Set.of(fixtures.idOf(facilitator))));
    }

    @Test
    void aCohortStartingWithinADayIsMailedOnceWithItsFirstSessionWhateverTheRunsOfTheJob() {
        CourseRunId run = startingIn(Duration.ofHours(12));
        Instant sessionStart = Instant.now().plus(Duration.ofHours(13));
        runs.addSession(fixtures.idOf(facilitator), run, new SessionPlan(sessionStart,
                sessionStart.plus(Duration.ofHours(2)), ZoneId.of("Africa/Dakar"), "Town hall, room 4", null, null));
        String learner = fixtures.account("soon");
        String quiet = fixtures.account("quietsoon");
        notifications.choose(fixtures.idOf(quiet), EnumSet.complementOf(EnumSet.of(NotificationKind.COHORT_STARTING)));
        enrolments.enrol(fixtures.idOf(learner), run);
        enrolments.enrol(fixtures.idOf(quiet), run);
        CourseRunId later = startingIn(Duration.ofDays(3));
        String patient = fixtures.account("later");
        enrolments.enrol(fixtures.idOf(patient), later);

        starting.sendDue(Instant.now());
        starting.sendDue(Instant.now());

        List<ReceivedMail> mails = startingSoon(learner);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().text()).contains("Town hall, room 4", "(Africa/Dakar)", course.slug());
        assertThat(startingSoon(quiet)).isEmpty();
        assertThat(startingSoon(patient)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facilitation_cohort_starting_mail WHERE run_id = ?",
                Integer.class, run.value())).isEqualTo(1);
    }

    @Test
    void twoNodesRunningTheJobTogetherMailEachLearnerOnce() throws Exception {
        CourseRunId run = startingIn(Duration.ofHours(20));
        List<String> learners = List.of(fixtures.account("a"), fixtures.account("b"), fixtures.account("c"));
        learners.forEach(email -> enrolments.enrol(fixtures.idOf(email), run));
        Instant now = Instant.now();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> job = () -> starting.sendDue(now);
            List<Future<Integer>> results = nodes.invokeAll(List.of(job, job));
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            nodes.shutdown();
        }
        learners.forEach(email -> assertThat(startingSoon(email)).as(email).hasSize(1));
    }
}
