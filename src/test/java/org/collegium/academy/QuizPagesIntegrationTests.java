package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.QuestionDraft.Choice;
import org.collegium.academy.QuestionDraft.Pair;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The quiz pages on the real database: a learner starts, saves, submits (twice), is refused after the time limit and
 * sees the result with its feedback; another learner cannot touch the attempt; the academy's staff write questions,
 * translate them, set the quiz up and read the results; other academies and learners are kept out and nothing
 * changes when a form is refused.
 */
@CollegiumIntegrationTest
class QuizPagesIntegrationTests {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final EnrolledCourses courses;
    private final Quizzes quizzes;
    private final Accounts accounts;

    private AcademySummary academy;
    private String adminEmail;
    private AccountId admin;
    private String learnerEmail;
    private AccountId learner;
    private String otherLearnerEmail;
    private EnrolledCourses.Course course;
    private ActivityId activity;
    private QuestionId single;
    private QuestionId shortAnswer;
    private QuestionId matching;
    private String quizPath;
    private String managePath;

    @Autowired
    QuizPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            Quizzes quizzes) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.quizzes = quizzes;
        this.accounts = accounts;
    }

    @BeforeEach
    void aQuizOfThreeQuestions() {
        adminEmail = fixtures.account("quiz-admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
        learnerEmail = fixtures.account("quiz-learner");
        learner = fixtures.idOf(learnerEmail);
        otherLearnerEmail = fixtures.account("quiz-other");
        course = courses.create(admin, academy.id(), Set.of(learner, fixtures.idOf(otherLearnerEmail)),
                EnrolledCourses.quiz("Check-up"));
        activity = course.activity(0);
        single = quizzes.addQuestion(admin, academy.id(), QuestionDraft.singleChoice("en", "Where is NALAS based?", 2,
                Choice.right("Skopje").saying("Right, in North Macedonia."), Choice.wrong("Sofia").saying("No, a member is.")));
        shortAnswer = quizzes.addQuestion(admin, academy.id(),
                QuestionDraft.shortAnswer("en", "Name the disaster risk framework of 2015.", 2, "Sendai"));
        matching = quizzes.addQuestion(admin, academy.id(), QuestionDraft.matching("en", "Match goals and numbers.", 2,
                new Pair("Water", "6"), new Pair("Energy", "7")));
        quizzes.configure(admin, academy.id(), activity, QuizSettings.fixed(List.of(single, shortAnswer, matching))
                .passMark(60));
        quizPath = "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/" + activity.value()
                + "/quiz";
        managePath = "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + activity.value() + "/quiz";
    }

    @Test
    void aLearnerStartsSavesSubmitsTwiceAndSeesTheResultWithFeedback() throws Exception {
        String activityPage = page(get(activityPath()), learnerEmail);
        assertThat(activityPage).contains("Start attempt", "Pass mark", "60 %", quizPath + "/attempts");

        String attemptPath = start(learnerEmail);
        QuizAttemptView attempt = quizzes.attempt(learner, attemptId(attemptPath));
        String page = page(get(attemptPath), learnerEmail);
        assertThat(page).contains("Where is NALAS based?", "Skopje", "Name the disaster risk framework", "Water",
                "name=\"action\" value=\"save\"", "name=\"action\" value=\"submit\"");

        mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail)).param("action", "save")
                        .param("q." + single.value(), keyOf(attempt, single, "Skopje")))
                .andExpect(redirectedUrl(attemptPath));
        assertThat(page(get(attemptPath), learnerEmail)).containsPattern(
                "value=\"" + keyOf(attempt, single, "Skopje") + "\"\\s+checked");
        assertThat(page(get(activityPath()), learnerEmail)).contains("Continue attempt");

        MockHttpServletRequestBuilder submit = post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail))
                .param("action", "submit").param("q." + single.value(), keyOf(attempt, single, "Skopje"))
                .param("q." + shortAnswer.value(), " sendai ");
        mvc.perform(submit).andExpect(redirectedUrl(attemptPath + "/result"));
        String graded = row(attemptId(attemptPath));
        mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail)).param("action", "submit"))
                .andExpect(redirectedUrl(attemptPath + "/result"));
        mvc.perform(get(attemptPath).with(fixtures.as(learnerEmail))).andExpect(redirectedUrl(attemptPath + "/result"));
        assertThat(row(attemptId(attemptPath))).isEqualTo(graded).contains("SUBMITTED");

        String result = page(get(attemptPath + "/result"), learnerEmail);
        assertThat(result).contains("4 of 6 points (66.6 %)", "Passed", "Right, in North Macedonia.",
                "Right answer", "Sendai", "Water: 6", "Energy: 7", "Not answered");
        assertThat(page(get(activityPath()), learnerEmail)).contains("Result of attempt 1", attemptPath + "/result");
    }

    @Test
    void aSubmissionAfterTheTimeLimitIsRefusedAndWhatWasSavedIsGraded() throws Exception {
        quizzes.configure(admin, academy.id(), activity, QuizSettings.fixed(List.of(single, shortAnswer, matching))
                .passMark(30).timeLimit(10));
        String attemptPath = start(learnerEmail);
        QuizAttemptView attempt = quizzes.attempt(learner, attemptId(attemptPath));
        assertThat(page(get(attemptPath), learnerEmail)).contains("Deadline", "Time left", "About 10 minutes");
        quizzes.saveAnswers(learner, attempt.id(), Map.of(single, QuizAnswer.choosing(keyOf(attempt, single, "Skopje"))));
        jdbc.update("UPDATE quiz_attempt SET time_limit_end = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(5, ChronoUnit.MINUTES)), attempt.id().value());

        Flash flash = (Flash) mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail))
                        .param("action", "submit").param("q." + shortAnswer.value(), "Sendai"))
                .andExpect(redirectedUrl(attemptPath + "/result"))
                .andReturn().getFlashMap().get("flash");
        assertThat(flash.code()).isEqualTo("quiz.submit.time-limit-passed");
        assertThat(flash.kind()).isEqualTo(Flash.Kind.ERROR);
        assertThat(row(attempt.id())).contains("OVERDUE", "2.00");
        assertThat(page(get(attemptPath + "/result"), learnerEmail)).contains("Closed at the deadline", "2 of 6 points");

        mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail)).param("action", "submit"))
                .andExpect(redirectedUrl(attemptPath + "/result"));
        assertThat(row(attempt.id())).contains("OVERDUE", "2.00");
    }

    @Test
    void savingAfterTheTimeLimitClosesTheAttemptOnWhatWasSaved() throws Exception {
        quizzes.configure(admin, academy.id(), activity, QuizSettings.fixed(List.of(single)).timeLimit(5));
        String attemptPath = start(learnerEmail);
        jdbc.update("UPDATE quiz_attempt SET time_limit_end = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(5, ChronoUnit.MINUTES)), attemptId(attemptPath).value());
        Flash flash = (Flash) mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(learnerEmail))
                        .param("action", "save"))
                .andExpect(redirectedUrl(attemptPath + "/result")).andReturn().getFlashMap().get("flash");
        assertThat(flash.code()).isEqualTo("quiz.answers.time-limit-passed");
        assertThat(row(attemptId(attemptPath))).contains("OVERDUE");
    }

    @Test
    void startingAClosedQuizIsRefusedWithAClearMessageAndNoAttempt() throws Exception {
        quizzes.configure(admin, academy.id(), activity, QuizSettings.fixed(List.of(single))
                .open(Instant.now().minus(2, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.DAYS)));
        Flash flash = (Flash) mvc.perform(post(quizPath + "/attempts").with(csrf()).with(fixtures.as(learnerEmail)))
                .andExpect(redirectedUrl(activityPath())).andReturn().getFlashMap().get("flash");
        assertThat(flash.code()).isEqualTo("quiz.start.closed");
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE activity_id = ?", activity.value())).isZero();
        assertThat(page(get(activityPath()), learnerEmail)).contains("Closes");
        mvc.perform(post(quizPath + "/attempts").with(csrf()).with(fixtures.as(adminEmail)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidAnswerIsRefusedAndTheAttemptShownAgainWithWhatWasTyped() throws Exception {
        String attemptPath = start(learnerEmail);
        String before = items(attemptId(attemptPath));
        String tooLong = "Sendai framework " + "x".repeat(1000);
        String page = page(post(attemptPath).with(csrf()).param("action", "save")
                .param("q." + shortAnswer.value(), tooLong), learnerEmail);
        assertThat(page).contains("An answer does not fit its question", tooLong);
        assertThat(items(attemptId(attemptPath))).isEqualTo(before);

        String submitted = page(post(attemptPath).with(csrf()).param("action", "submit")
                .param("q." + single.value(), "not-a-key"), learnerEmail);
        assertThat(submitted).contains("An answer does not fit its question");
        assertThat(row(attemptId(attemptPath))).contains("IN_PROGRESS");
    }

    @Test
    void anotherLearnerCannotOpenSaveOrSubmitAnAttempt() throws Exception {
        String attemptPath = start(learnerEmail);
        String before = row(attemptId(attemptPath)) + items(attemptId(attemptPath));
        mvc.perform(get(attemptPath).with(fixtures.as(otherLearnerEmail))).andExpect(status().isForbidden());
        mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(otherLearnerEmail)).param("action", "save")
                .param("q." + shortAnswer.value(), "Sendai")).andExpect(status().isForbidden());
        mvc.perform(post(attemptPath).with(csrf()).with(fixtures.as(otherLearnerEmail)).param("action", "submit"))
                .andExpect(status().isForbidden());
        mvc.perform(get(attemptPath + "/result").with(fixtures.as(otherLearnerEmail)))
                .andExpect(status().isForbidden());
        assertThat(row(attemptId(attemptPath)) + items(attemptId(attemptPath))).isEqualTo(before);

        String strangerEmail = fixtures.account("quiz-stranger");
        AcademySummary other = fixtures.academy(strangerEmail);
        mvc.perform(get(attemptPath.replace(academy.slug(), other.slug())).with(fixtures.as(learnerEmail)))
                .andExpect(status().isNotFound());
        mvc.perform(post(quizPath.replace(academy.slug(), other.slug()) + "/attempts").with(csrf())
                .with(fixtures.as(learnerEmail))).andExpect(status().isNotFound());
        mvc.perform(get(attemptPath).with(fixtures.as(strangerEmail))).andExpect(status().isForbidden());
        mvc.perform(post(quizPath + "/attempts").with(csrf()).with(fixtures.as(strangerEmail)))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE activity_id = ?", activity.value())).isEqualTo(1);
    }

    @Test
    void staffAddQuestionsAndRefusedQuestionsAreShownAgainWithWhatWasTyped() throws Exception {
        String bank = "/academies/" + academy.slug() + "/manage/questions";
        int before = questionCount();
        String refused = page(post(bank + "/new").with(csrf()).param("kind", "SINGLE_CHOICE").param("language", "en")
                .param("prompt", "Which city hosts the network?").param("points", "2")
                .param("rows[0].text", "Skopje").param("rows[0].correct", "true"), adminEmail);
        assertThat(refused).contains("Give between 2 and 20 choices.", "Which city hosts the network?", "value=\"Skopje\"");
        String noRight = page(post(bank + "/new").with(csrf()).param("kind", "SINGLE_CHOICE").param("language", "en")
                .param("prompt", "Which city?").param("points", "2")
                .param("rows[0].text", "Skopje").param("rows[1].text", "Sofia"), adminEmail);
        assertThat(noRight).contains("Mark exactly one choice as right.");
        assertThat(page(post(bank + "/new").with(csrf()).param("kind", "MATCHING").param("language", "en")
                .param("prompt", "Match").param("points", "abc"), adminEmail)).contains("Points are a whole number");
        assertThat(questionCount()).isEqualTo(before);

        mvc.perform(post(bank + "/new").with(csrf()).with(fixtures.as(adminEmail)).param("kind", "MATCHING")
                        .param("language", "en").param("prompt", "Match the goals, with commas, to numbers").param("points", "3")
                        .param("tags", "sdg, goals").param("rows[0].text", "Water, sanitation").param("rows[0].match", "6")
                        .param("rows[1].text", "Energy").param("rows[1].match", "7").param("rows[2].text", "")
                        .param("correctFeedback", "Well matched."))
                .andExpect(redirectedUrl(bank));
        mvc.perform(post(bank + "/new").with(csrf()).with(fixtures.as(adminEmail)).param("kind", "TRUE_FALSE")
                        .param("language", "en").param("prompt", "Budgets are public.").param("points", "1")
                        .param("statement", "true"))
                .andExpect(redirectedUrl(bank));
        assertThat(questionCount()).isEqualTo(before + 2);
        List<QuestionSummary> added = quizzes.questions(admin, academy.id());
        QuestionSummary matched = added.stream().filter(q -> q.kind() == QuestionKind.MATCHING
                && q.prompt().readable("en").orElseThrow().startsWith("Match the goals")).findFirst().orElseThrow();
        assertThat(matched.choices()).extracting(QuestionSummary.Choice::text).containsExactly("Water, sanitation", "Energy");
        assertThat(matched.tags()).containsExactlyInAnyOrder("sdg", "goals");
        assertThat(page(get(bank), adminEmail)).contains("Match the goals, with commas, to numbers", "Matching",
                "True or false", "Add: Short answer");
    }

    @Test
    void staffTranslateAPromptAndBadTranslationsAreRefused() throws Exception {
        String question = "/academies/" + academy.slug() + "/manage/questions/" + single.value();
        String before = prompts(single);
        assertThat(page(post(question + "/translation").with(csrf()).param("language", "fr").param("prompt", " "), adminEmail))
                .contains("This text is required.");
        assertThat(page(post(question + "/translation").with(csrf()).param("language", "xx")
                .param("prompt", "Où se trouve NALAS ?"), adminEmail))
                .contains("Choose a language from the list.", "Où se trouve NALAS ?");
        assertThat(prompts(single)).isEqualTo(before);

        mvc.perform(post(question + "/translation").with(csrf()).with(fixtures.as(adminEmail)).param("language", "fr")
                .param("prompt", "Où se trouve NALAS ?")).andExpect(redirectedUrl(question));
        assertThat(page(get(question), adminEmail)).contains("Où se trouve NALAS ?", "Where is NALAS based?");
        assertThat(page(get("/academies/" + academy.slug() + "/manage/questions"), adminEmail)).contains("en, fr");
    }

    @Test
    void learnersAndOtherAcademiesAreKeptOutOfTheBankSettingsAndResults() throws Exception {
        String strangerEmail = fixtures.account("quiz-stranger");
        AcademySummary other = fixtures.academy(strangerEmail);
        String bank = "/academies/" + academy.slug() + "/manage/questions";
        int questions = questionCount();
        String quiz = quizRow();
        for (String outsider : List.of(learnerEmail, strangerEmail)) {
            mvc.perform(get(bank).with(fixtures.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get(bank + "/" + single.value()).with(fixtures.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(post(bank + "/new").with(csrf()).with(fixtures.as(outsider)).param("kind", "TRUE_FALSE")
                    .param("language", "en").param("prompt", "Sneaky").param("points", "1").param("statement", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(bank + "/" + single.value() + "/translation").with(csrf()).with(fixtures.as(outsider))
                    .param("language", "fr").param("prompt", "Sournois")).andExpect(status().isForbidden());
            mvc.perform(get(managePath).with(fixtures.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(post(managePath).with(csrf()).with(fixtures.as(outsider)).param("mode", "fixed")
                    .param("questions", single.value().toString()).param("attemptsLimit", "0").param("passMark", "10")
                    .param("zone", "UTC").param("feedback", "NONE")).andExpect(status().isForbidden());
            mvc.perform(get(managePath + "/results").with(fixtures.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get(managePath + "/results.csv").with(fixtures.as(outsider))).andExpect(status().isForbidden());
        }
        // The question of another academy's bank is not found through this academy's address.
        QuestionId foreign = quizzes.addQuestion(fixtures.idOf(strangerEmail), other.id(),
                QuestionDraft.trueFalse("en", "Foreign question.", 1, true));
        mvc.perform(get(bank + "/" + foreign.value()).with(fixtures.as(adminEmail))).andExpect(status().isNotFound());
        mvc.perform(get(managePath.replace(academy.slug(), other.slug())).with(fixtures.as(strangerEmail)))
                .andExpect(status().isNotFound());
        assertThat(questionCount()).isEqualTo(questions);
        assertThat(quizRow()).isEqualTo(quiz);
        assertThat(prompts(single)).doesNotContain("Sournois");
    }

    @Test
    void theSettingsFormRefusesBadInputAndKeepsWhatWasTyped() throws Exception {
        String before = quizRow();
        String page = page(post(managePath).with(csrf()).param("mode", "fixed")
                .param("questions", single.value().toString()).param("attemptsLimit", "3").param("timeLimitMinutes", "")
                .param("passMark", "150").param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-04-01T09:00")
                .param("zone", "Europe/Skopje").param("feedback", "SCORE_ONLY"), adminEmail);
        assertThat(page).contains("The pass mark is a percentage between 0 and 100.", "value=\"150\"",
                "value=\"2027-03-01T09:00\"");
        assertThat(page(post(managePath).with(csrf()).param("mode", "fixed").param("questions", single.value().toString())
                .param("attemptsLimit", "3").param("passMark", "50").param("opensAt", "2027-03-01T09:00")
                .param("closesAt", "2027-02-01T09:00").param("zone", "Europe/Skopje").param("feedback", "SCORE_ONLY"),
                adminEmail)).contains("The quiz must close after it opens.");
        assertThat(page(post(managePath).with(csrf()).param("mode", "fixed").param("attemptsLimit", "3")
                .param("passMark", "50").param("zone", "Europe/Skopje").param("feedback", "SCORE_ONLY"), adminEmail))
                .contains("Choose the questions, or the number of questions to draw at random, but not both.");
        assertThat(page(post(managePath).with(csrf()).param("mode", "draw").param("drawCount", "9")
                .param("attemptsLimit", "3").param("passMark", "50").param("zone", "Europe/Skopje")
                .param("feedback", "SCORE_ONLY"), adminEmail)).contains("The question bank has fewer than 9 questions");
        assertThat(page(post(managePath).with(csrf()).param("mode", "fixed").param("questions", single.value().toString())
                .param("attemptsLimit", "x").param("passMark", "50").param("zone", "Europe/Skopje")
                .param("feedback", "SCORE_ONLY"), adminEmail)).contains("Write a whole number.");
        assertThat(quizRow()).isEqualTo(before);

        mvc.perform(post(managePath).with(csrf()).with(fixtures.as(adminEmail)).param("mode", "fixed")
                        .param("questions", matching.value().toString(), single.value().toString())
                        .param("shuffleChoices", "true").param("attemptsLimit", "3").param("timeLimitMinutes", "20")
                        .param("passMark", "75").param("opensAt", "2026-03-01T09:00").param("closesAt", "2030-04-01T18:30")
                        .param("zone", "Europe/Skopje").param("feedback", "SCORE_ONLY"))
                .andExpect(redirectedUrl(managePath));
        QuizSettings saved = quizzes.overview(admin, activity).orElseThrow().settings();
        assertThat(saved.questions()).containsExactly(matching, single);
        assertThat(saved.attemptsLimit()).isEqualTo(3);
        assertThat(saved.timeLimitMinutes()).isEqualTo(20);
        assertThat(saved.passMark()).isEqualTo(75);
        assertThat(saved.feedback()).isEqualTo(QuizFeedback.SCORE_ONLY);
        assertThat(saved.shuffleChoices()).isTrue();
        assertThat(saved.opensAt()).isEqualTo(LocalDateTime.parse("2026-03-01T09:00").atZone(ZoneId.of("Europe/Skopje")).toInstant());
        assertThat(page(get(managePath), adminEmail)).contains("value=\"75\"", "value=\"2030-04-01T16:30\"", "value=\"UTC\" selected");
    }

    @Test
    void staffReadEveryAttemptInATableAndAsASafeCsv() throws Exception {
        String trickyEmail = AcademyFixtures.unique("tricky") + "@academy-test.example";
        AccountId tricky = accounts.createConfirmed(trickyEmail, "=HYPERLINK(\"x\")", "correct horse battery", Locale.ENGLISH);
        courses.enrol(course, tricky);
        QuizAttemptView attempt = quizzes.start(learner, activity);
        quizzes.submit(learner, attempt.id(), Map.of(single, QuizAnswer.choosing(keyOf(attempt, single, "Skopje"))));
        quizzes.start(tricky, activity);

        String table = page(get(managePath + "/results"), adminEmail);
        assertThat(table).contains("Person quiz-learner", "Attempt 1", "2 of 6 points (33.3 %)", "Not passed",
                "In progress", quizPath + "/attempts/" + attempt.id().value() + "/result");
        assertThat(page(get(quizPath + "/attempts/" + attempt.id().value() + "/result"), adminEmail))
                .contains("Right, in North Macedonia.", "Back to the quiz results");

        MockHttpServletResponse csv = mvc.perform(get(managePath + "/results.csv").with(fixtures.as(adminEmail))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFFLearner,Attempt,").contains("\r\nPerson quiz-learner,1,")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",\"=HYPERLINK");
        mvc.perform(get(managePath + "/results").with(fixtures.as(learnerEmail))).andExpect(status().isForbidden());
    }

    private String activityPath() {
        return quizPath.substring(0, quizPath.length() - "/quiz".length());
    }

    private String start(String email) throws Exception {
        String location = mvc.perform(post(quizPath + "/attempts").with(csrf()).with(fixtures.as(email)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(quizPath + "/attempts/");
        return location;
    }

    private static QuizAttemptId attemptId(String attemptPath) {
        return new QuizAttemptId(UUID.fromString(attemptPath.substring(attemptPath.lastIndexOf('/') + 1)));
    }

    private String page(MockHttpServletRequestBuilder request, String email) throws Exception {
        return mvc.perform(request.with(fixtures.as(email)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
    }

    private static String keyOf(QuizAttemptView attempt, QuestionId question, String text) {
        return attempt.questions().stream().filter(q -> q.id().equals(question)).findFirst().orElseThrow().options()
                .stream().filter(option -> option.text().equals(text)).findFirst().orElseThrow().key();
    }

    private String row(QuizAttemptId attempt) {
        return jdbc.queryForList("SELECT status, score, finished_at, version FROM quiz_attempt WHERE id = ?",
                attempt.value()).toString();
    }

    private String items(QuizAttemptId attempt) {
        return jdbc.queryForList("SELECT position, answer_keys, answer_text FROM quiz_attempt_item WHERE attempt_id = ?"
                + " ORDER BY position", attempt.value()).toString();
    }

    private String quizRow() {
        return jdbc.queryForList("SELECT * FROM quiz WHERE activity_id = ?", activity.value()) + " "
                + jdbc.queryForList("SELECT f.* FROM quiz_fixed_question f JOIN quiz q ON q.id = f.quiz_id "
                        + "WHERE q.activity_id = ? ORDER BY 2", activity.value());
    }

    private String prompts(QuestionId question) {
        return jdbc.queryForList("SELECT language, text FROM quiz_question_prompt WHERE question_id = ? ORDER BY language",
                question.value()).toString();
    }

    private int questionCount() {
        return count("SELECT COUNT(*) FROM quiz_question WHERE academy_id = ?", academy.id().value());
    }

    private int count(String sql, Object... arguments) {
        Integer found = jdbc.queryForObject(sql, Integer.class, arguments);
        return found == null ? 0 : found;
    }
}
