package org.collegium.academy.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuestionDraft.Choice;
import org.collegium.academy.QuestionDraft.Pair;
import org.collegium.academy.QuizSettings;

/** Valid questions of each kind and quizzes for the unit tests, built without a database. */
final class QuizTestData {

    static final AcademyId ACADEMY = new AcademyId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private QuizTestData() {
    }

    static Question question(QuestionDraft draft) {
        return new Question(ACADEMY, draft, NOW);
    }

    static Question singleChoice() {
        return question(QuestionDraft.singleChoice("en", "Which city hosts the NALAS secretariat?", 2,
                Choice.wrong("Sofia").saying("Sofia hosts a member association."),
                Choice.right("Skopje").saying("Yes, since 2001."), Choice.wrong("Tirana"))
                .withFeedback("Well done.", "See module 1."));
    }

    static Question multipleChoice() {
        return question(QuestionDraft.multipleChoice("en", "Which are Sustainable Development Goals?", 3,
                Choice.right("Clean water"), Choice.right("Affordable energy"), Choice.right("Gender equality"),
                Choice.wrong("Highway speed"), Choice.wrong("Stock prices")));
    }

    static Question trueFalse(boolean answer) {
        return question(QuestionDraft.trueFalse("en", "Municipalities may borrow to invest.", 1, answer));
    }

    static Question shortAnswer() {
        return question(QuestionDraft.shortAnswer("en", "Name the 2015 framework for disaster risk reduction.", 2,
                "Sendai Framework", "Sendai"));
    }

    static Question matching() {
        return question(QuestionDraft.matching("en", "Match each goal to its number.", 4,
                new Pair("Clean water", "6"), new Pair("Energy", "7"), new Pair("Climate action", "13"),
                new Pair("Partnerships", "17")));
    }

    static Quiz quiz(QuizSettings settings) {
        return new Quiz(ACADEMY, new ActivityId(UUID.randomUUID()), settings, NOW);
    }

    static Map<UUID, Question> byId(List<Question> questions) {
        return questions.stream().collect(Collectors.toMap(q -> q.id().value(), Function.identity()));
    }

    static String key(Question question, String text) {
        return question.options().stream().filter(option -> option.text().equals(text)).findFirst().orElseThrow()
                .key();
    }

    static String matchKey(Question question, String right) {
        return question.options().stream().filter(option -> option.matchText().equals(right)).findFirst()
                .orElseThrow().matchKey();
    }
}
