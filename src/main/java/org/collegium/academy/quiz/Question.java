package org.collegium.academy.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AcademyId;
import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuestionSummary;
import org.collegium.academy.QuizRefusal;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A question of an academy's bank. Once written its answers do not change, so that attempts graded or under way
 * keep their meaning; only the prompt gains translations.
 */
@Entity
@Table(name = "quiz_question")
class Question {

    static final int MAX_TEXT = 1000;
    static final int MAX_PROMPT = 4000;

    @Id
    private UUID id;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @Column(nullable = false)
    private int points;

    @ElementCollection
    @CollectionTable(name = "quiz_question_prompt", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 100)
    private Map<String, Translation> prompt = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "quiz_question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "quiz_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<QuestionOption> options = new ArrayList<>();

    @Column(name = "correct_feedback")
    private String correctFeedback;

    @Column(name = "incorrect_feedback")
    private String incorrectFeedback;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Question() {
    }

    Question(AcademyId academy, QuestionDraft draft, Instant now) {
        if (draft.kind() == null) {
            throw new QuizRefusal("kind", "quiz.question.kind-missing");
        }
        this.id = UUID.randomUUID();
        this.academyId = academy.value();
        this.kind = draft.kind();
        this.originalLanguage = knownLanguage(draft.language());
        if (draft.points() < 1 || draft.points() > 100) {
            throw new QuizRefusal("points", "quiz.question.points-invalid", 1, 100);
        }
        this.points = draft.points();
        this.prompt.put(originalLanguage, Translation.original(text("prompt", draft.prompt(), MAX_PROMPT)));
        for (String tag : draft.tags()) {
            this.tags.add(tag(tag));
        }
        this.options.addAll(QuestionRules.options(draft));
        this.correctFeedback = optional("correctFeedback", draft.correctFeedback());
        this.incorrectFeedback = optional("incorrectFeedback", draft.incorrectFeedback());
        this.createdAt = now;
    }

    static String tag(String tag) {
        if (tag == null || tag.isBlank() || tag.strip().length() > 40) {
            throw new QuizRefusal("tags", "quiz.question.tag-invalid", 40);
        }
        return tag.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String text(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new QuizRefusal(field, "quiz.question.text-missing");
        }
        if (text.strip().length() > max) {
            throw new QuizRefusal(field, "quiz.question.text-too-long", max);
        }
        return text.strip();
    }

    private static String optional(String field, String text) {
        return text == null || text.isBlank() ? null : text(field, text, MAX_TEXT);
    }

    private static String knownLanguage(String language) {
        if (!ContentLanguages.isKnown(language)) {
            throw new QuizRefusal("language", "quiz.question.language-unknown");
        }
        return language;
    }

    void translatePrompt(String language, String text) {
        knownLanguage(language);
        String checked = text("prompt", text, MAX_PROMPT);
        prompt.put(language, language.equals(originalLanguage)
                ? Translation.original(checked) : new Translation(checked, TranslationStatus.TRANSLATED));
    }

    QuestionId id() {
        return new QuestionId(id);
    }

    AcademyId academy() {
        return new AcademyId(academyId);
    }

    QuestionKind kind() {
        return kind;
    }

    int points() {
        return points;
    }

    Set<String> tags() {
        return Set.copyOf(tags);
    }

    List<QuestionOption> options() {
        return List.copyOf(options);
    }

    TranslatedText prompt() {
        return new TranslatedText(originalLanguage, prompt);
    }

    String correctFeedback() {
        return correctFeedback;
    }

    String incorrectFeedback() {
        return incorrectFeedback;
    }

    QuestionSummary summary() {
        return new QuestionSummary(id(), academy(), kind, prompt(), points, tags(), options.stream()
                .map(option -> new QuestionSummary.Choice(option.key(), option.text(), option.correct(),
                        option.matchText(), option.feedback()))
                .toList(), correctFeedback, incorrectFeedback);
    }
}
