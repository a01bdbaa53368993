package org.collegium.academy.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseRefusal;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

/**
 * One activity of a module. Learners' progress refers to it by id, so edits keep the id; a hidden activity
 * keeps the progress made on it.
 */
@Entity
@Table(name = "course_activity")
class Activity implements Positions.Positioned {

    static final int BODY_LENGTH = 200_000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule")
    private CompletionRule completionRule;

    @Column(name = "estimated_minutes")
    private Integer estimatedMinutes;

    @Column(name = "video_url")
    private String videoUrl;

    @Column(nullable = false)
    private boolean published;

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "course_activity_title", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> title = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "course_activity_body", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> body = new HashMap<>();

    protected Activity() {
    }

    Activity(CourseModule module, int position, String originalLanguage, ActivityDraft draft) {
        this.id = UUID.randomUUID();
        this.module = module;
        this.courseId = module.course().id().value();
        this.position = position;
        this.published = false;
        if (draft.kind() == null) {
            throw new CourseRefusal("kind", "course.activity.kind.required");
        }
        this.kind = draft.kind();
        revise(originalLanguage, draft);
    }

    ActivityId id() {
        return new ActivityId(id);
    }

    CourseModule module() {
        return module;
    }

    int position() {
        return position;
    }

    ActivityKind kind() {
        return kind;
    }

    CompletionRule completionRule() {
        return completionRule;
    }

    Integer estimatedMinutes() {
        return estimatedMinutes;
    }

    String videoUrl() {
        return videoUrl;
    }

    boolean isPublished() {
        return published;
    }

    TranslatedText title(String originalLanguage) {
        return new TranslatedText(originalLanguage, title);
    }

    TranslatedText body(String originalLanguage) {
        return new TranslatedText(originalLanguage, body);
    }

    /** Rewrites the activity in the draft's language; its kind never changes, so learners' progress keeps its sense. */
    void revise(String originalLanguage, ActivityDraft draft) {
        if (draft.kind() != null && draft.kind() != kind) {
            throw new CourseRefusal("kind", "course.activity.kind.fixed");
        }
        if (draft.estimatedMinutes() != null && (draft.estimatedMinutes() < 1 || draft.estimatedMinutes() > 6000)) {
            throw new CourseRefusal("estimatedMinutes", "course.activity.minutes.invalid");
        }
        if (draft.completionRule() != null && !fits(kind, draft.completionRule())) {
            throw new CourseRefusal("completionRule", "course.activity.completion.mismatch");
        }
        Texts.write(title, originalLanguage, draft.language(), draft.title(), TranslationStatus.TRANSLATED, "title",
                Course.TITLE_LENGTH);
        if (kind == ActivityKind.PAGE) {
            String safe = org.collegium.shared.web.RichText.sanitise(draft.body());
            if (safe.isEmpty() && draft.language().equals(originalLanguage)) {
                throw new CourseRefusal("body", "course.body.required");
            }
            Texts.write(body, originalLanguage, draft.language(), safe, TranslationStatus.TRANSLATED, "body",
                    BODY_LENGTH);
        }
        this.videoUrl = kind == ActivityKind.VIDEO ? checkedVideoUrl(draft.videoUrl()) : null;
        this.completionRule = draft.completionRule();
        this.estimatedMinutes = draft.estimatedMinutes();
    }

    void publish() {
        published = true;
    }

    void hide() {
        published = false;
    }

    @Override
    public void number(int newPosition) {
        this.position = newPosition;
    }

    /** Which completion rules make sense for which kind of activity. */
    static boolean fits(ActivityKind kind, CompletionRule rule) {
        return switch (rule) {
            case VIEWED -> true;
            case QUIZ_PASSED -> kind == ActivityKind.QUIZ;
            case ASSIGNMENT_GRADED -> kind == ActivityKind.ASSIGNMENT;
            case ATTENDED -> kind == ActivityKind.LIVE_SESSION;
        };
    }

    static String checkedVideoUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 1000) {
                return uri.toString();
            }
        } catch (URISyntaxException invalid) {
            // refused below
        }
        throw new CourseRefusal("videoUrl", "course.activity.video-url.invalid");
    }
}
