package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ProfileDetails;
import org.collegium.identity.Profiles;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cohort view of a run: who sees it, its progress, falling-behind rule and filters, its CSV export, messages to
 * learners, and its fixed cost in statements.
 */
@CollegiumIntegrationTest
class CohortIntegrationTests {

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final Profiles profiles;
    private final JdbcTemplate jdbc;
    private final DevMailbox mailbox;
    private final MockMvc mvc;
    private final EntityManagerFactory entityManagerFactory;

    private AcademySummary academy;
    private String admin;
    private String facilitator;
    private CourseFixtures.Built course;
    private CourseRunId run;
    private String path;

    @Autowired
    CohortIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies, AcademyStaff staff,
            UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments, Profiles profiles,
            DevMailbox mailbox, MockMvc mvc, EntityManagerFactory entityManagerFactory) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.mailbox = mailbox;
        this.mvc = mvc;
        this.entityManagerFactory = entityManagerFactory;
    }

    @BeforeEach
    void aCohortThatStartedTenDaysAgoAndEndsInTen() {
        admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        facilitator = courseFixtures.facilitator(academy);
        course = courseFixtures.course(fixtures.idOf(admin), academy, true);
        Instant now = Instant.now();
        run = runs.schedule(fixtures.idOf(admin), course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, null, null, null, now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(10)), ZoneId.of("Europe/Skopje"), Set.of(fixtures.idOf(facilitator))));
        path = "/academies/" + academy.slug() + "/cohorts/" + run.value();
    }

    private AccountId learner(String name, String country, Locale language) {
        String email = AcademyFixtures.unique("learner") + "@academy-test.example";
        AccountId id = accounts.createConfirmed(email, name, AcademyFixtures.PASSWORD, language);
        if (country != null) {
            profiles.update(id, new ProfileDetails(name, null, null, null, country, List.of(), Set.of(), language, null));
        }
        enrolments.enrol(id, run);
        return id;
    }

    private String page(String url, String email) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void showsEachLearnersProgressAndWhoFallsBehindByTheStatedRule() throws Exception {
        String marker = AcademyFixtures.unique("Zed");
        AccountId idle = learner("Idle " + marker, "FR", Locale.ENGLISH);
        AccountId halfway = learner("Halfway " + marker, "SN", Locale.ENGLISH);
        AccountId done = learner("Done " + marker, "FR", Locale.ENGLISH);
        enrolments.open(Optional.of(halfway), course.first(), false);
        enrolments.open(Optional.of(done), course.first(), false);
        enrolments.open(Optional.of(done), course.second(), false);

        String view = page(path, facilitator);

        assertThat(view).contains("Idle " + marker, "Halfway " + marker, "Done " + marker,
                "0 of 2 activities done (0 %)", "1 of 2 activities done (50 %)", "2 of 2 activities done (100 %)",
                "more than 20 percentage points below", "Senegal");
        String behind = page(path + "?show=BEHIND", facilitator);
        assertThat(behind).contains("Idle " + marker).doesNotContain("Halfway " + marker).doesNotContain("Done " + marker)
                .contains("1 of 3 learners shown");
        String completed = page(path + "?show=COMPLETED", admin);
        assertThat(completed).contains("Done " + marker).doesNotContain("Idle " + marker);
        String notStarted = page(path + "?show=NOT_STARTED", admin);
        assertThat(notStarted).contains("Idle " + marker).doesNotContain("Halfway " + marker);
        String senegal = page(path + "?country=SN", facilitator);
        assertThat(senegal).contains("Halfway " + marker).doesNotContain("Idle " + marker);
        String words = mvc.perform(get(path).param("q", "halfway " + marker.toUpperCase(Locale.ROOT))
                .with(fixtures.as(facilitator))).andReturn().getResponse().getContentAsString();
        assertThat(words).contains("Halfway " + marker).doesNotContain("Done " + marker);
        assertThat(idle).isNotNull();
    }

    @Test
    void aSelfPacedLearnerIdleForThirtyDaysFallsBehind() throws Exception {
        CourseRunId selfPaced = courseFixtures.selfPaced(fixtures.idOf(admin), course.id(), EnrolmentPolicy.SELF_SERVICE);
        String email = fixtures.account("slow");
        enrolments.enrol(fixtures.idOf(email), selfPaced);
        String fresh = fixtures.account("fresh");
        enrolments.enrol(fixtures.idOf(fresh), selfPaced);
        jdbc.update("UPDATE enrolment SET requested_at = ? WHERE run_id = ? AND learner_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(31))), selfPaced.value(),
                fixtures.idOf(email).value());

        String behind = page("/academies/" + academy.slug() + "/cohorts/" + selfPaced.value() + "?show=BEHIND", admin);

        assertThat(behind).contains("1 of 2 learners shown", "nothing for 30 days");
    }

    @Test
    void onlyTheRunsFacilitatorsAndTheAcademysAdministratorsSeeIt() throws Exception {
        learner("Someone", null, Locale.ENGLISH);
        String otherFacilitator = courseFixtures.facilitator(academy);
        mvc.perform(get(path).with(fixtures.as(otherFacilitator))).andExpect(status().isForbidden());
        String learnerEmail = fixtures.account("learner");
        enrolments.enrol(fixtures.idOf(learnerEmail), run);
        mvc.perform(get(path).with(fixtures.as(learnerEmail))).andExpect(status().isForbidden());
        mvc.perform(get(path + "/learners.csv").with(fixtures.as(learnerEmail))).andExpect(status().isForbidden());
        String strangerAdmin = fixtures.account("stranger");
        AcademySummary other = fixtures.academy(strangerAdmin);
        mvc.perform(get("/academies/" + other.slug() + "/cohorts/" + run.value()).with(fixtures.as(strangerAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(strangerAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        page(path, fixtures.platformAdministrator());
    }

    @Test
    void htmxGetsOnlyTheLearnersTable() throws Exception {
        learner("Fragment person", null, Locale.ENGLISH);
        String fragment = mvc.perform(get(path).param("show", "ALL").header("HX-Request", "true")
                .with(fixtures.as(facilitator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"learners\"", "Fragment person").doesNotContain("<html");
    }

    @Test
    void myCohortsListsTheRunsOfTheFacilitatorAndAllRunsForTheAdministrator() throws Exception {
        learner("Counted", null, Locale.ENGLISH);
        CourseRunId other = courseFixtures.selfPaced(fixtures.idOf(admin), course.id(), EnrolmentPolicy.SELF_SERVICE);
        String mine = page("/account/cohorts", facilitator);
        assertThat(mine).contains(path).doesNotContain(other.value().toString());
        String all = page("/account/cohorts", admin);
        assertThat(all).contains(path, other.value().toString());
        assertThat(page("/account/cohorts", fixtures.account("nobody"))).contains("You facilitate no run yet.");
    }

    @Test
    void exportsTheFilteredLearnersAsCsvWithAByteOrderMarkAndNoFormula() throws Exception {
        learner("=HYPERLINK(\"http://evil.example\")", null, Locale.ENGLISH);
        learner("Plain, person", "FR", Locale.ENGLISH);
        byte[] body = mvc.perform(get(path + "/learners.csv").param("country", "FR").with(fixtures.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(csv).startsWith("\uFEFFName,E-mail,Organisation,Country,Status").contains("\"Plain, person\"")
                .doesNotContain("HYPERLINK");
        String all = new String(mvc.perform(get(path + "/learners.csv").with(fixtures.as(admin))).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(all).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").doesNotContain("\n=");
    }

    @Test
    void aMessageToOneLearnerArrivesInTheirLanguageAndIsRecorded() throws Exception {
        AccountId french = learner("Amélie", null, Locale.FRENCH);
        String email = accounts.find(french).orElseThrow().email();
        learner("Bystander", null, Locale.ENGLISH);
        String enrolment = jdbc.queryForObject("SELECT id FROM enrolment WHERE run_id = ? AND learner_id = ?",
                String.class, run.value(), french.value());

        String form = page(path + "/messages/new?to=" + enrolment, facilitator);
        assertThat(form).contains("To: Amélie");
        mvc.perform(post(path + "/messages").param("to", enrolment).param("subject", "Week two")
                .param("text", "Please catch up.").with(csrf()).with(fixtures.as(facilitator)))
                .andExpect(status().is3xxRedirection());

        List<ReceivedMail> mails = messages(email, "Week two");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Week two");
        assertThat(mails.getFirst().text()).contains("Bonjour Amélie", "Please catch up.", "Envoyé par");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facilitation_message_recipient r JOIN facilitation_message m"
                + " ON m.id = r.message_id WHERE m.run_id = ?", Integer.class, run.value())).isEqualTo(1);
        assertThat(page("/account/facilitation-log", facilitator)).contains("Sent the message Week two to 1 learners");
    }

    @Test
    void aMessageToTheFilteredLearnersGoesToThemOnly() throws Exception {
        AccountId senegal = learner("Awa", "SN", Locale.ENGLISH);
        AccountId france = learner("Jean", "FR", Locale.ENGLISH);
        mvc.perform(post(path + "/messages").param("country", "SN").param("subject", "Hello Dakar")
                .param("text", "A word.").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(messages(accounts.find(senegal).orElseThrow().email(), "Hello Dakar")).hasSize(1);
        assertThat(messages(accounts.find(france).orElseThrow().email(), "Hello Dakar")).isEmpty();
    }

    @Test
    void aMessageWithoutSubjectIsRefusedKeepingTheTextAndNothingIsSentOrRecorded() throws Exception {
        AccountId person = learner("Waiting", null, Locale.ENGLISH);
        String page = mvc.perform(post(path + "/messages").param("subject", " ").param("text", "Kept text")
                .with(csrf()).with(fixtures.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Write a subject.", "Kept text");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facilitation_message WHERE run_id = ?", Integer.class,
                run.value())).isZero();
        assertThat(messages(accounts.find(person).orElseThrow().email(), "")).isEmpty();

        String stranger = fixtures.account("stranger");
        mvc.perform(post(path + "/messages").param("subject", "Spam").param("text", "Spam").with(csrf())
                .with(fixtures.as(stranger))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facilitation_message WHERE run_id = ?", Integer.class,
                run.value())).isZero();
    }

    /**
     * Fixed per {@link org.collegium.shared.Chunks#SIZE} (10,000) learners: the account look-ups add one statement per
     * chunk; below that size the count does not move.
     */
    @Test
    void theCohortViewCostsAFixedNumberOfStatementsWhateverItsSize() throws Exception {
        learner("First", "FR", Locale.ENGLISH);
        statements(path, facilitator);
        long few = statements(path, facilitator);
        List<AccountId> more = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            more.add(learner("More " + i, i % 2 == 0 ? "SN" : null, Locale.ENGLISH));
        }
        more.forEach(id -> enrolments.open(Optional.of(id), course.first(), false));
        long many = statements(path, facilitator);
        assertThat(many).isEqualTo(few);
        assertThat(statements(path + "/learners.csv", facilitator)).isEqualTo(few);
    }

    /** The mails to the address with this subject ("" for any but the enrolment's own). */
    private List<ReceivedMail> messages(String email, String subject) {
        return mailbox.messagesTo(email).stream().filter(mail -> subject.isEmpty()
                ? !mail.subject().startsWith("You are enrolled") : mail.subject().equals(subject)).toList();
    }

    private long statements(String url, String email) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(url).with(fixtures.as(email))).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
