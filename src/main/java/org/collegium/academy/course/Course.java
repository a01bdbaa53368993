package org.collegium.academy.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityDraft;
import org.collegium.academy.Audience;
import org.collegium.academy.CourseDetails;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseLevel;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseStatus;
import org.collegium.academy.OutlineMove;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A course of an academy: its facts, its title and summary in several languages, and its outline of numbered
 * modules. It keeps the modules numbered 1..n whatever is added, moved or removed.
 */
@Entity
@Table(name = "course")
class Course {

    static final int TITLE_LENGTH = 300;
    static final int SUMMARY_LENGTH = 2000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    @Id
    private UUID id;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(nullable = false)
    private String slug;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseStatus status;

    @Column(name = "duration_hours")
    private Integer durationHours;

    @Column(name = "origin_course_id")
    private UUID originCourseId;

    @Column(name = "licence")
    private String licence;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_title", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> title = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_summary", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> summary = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_theme", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<ExpertiseTopic> themes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_audience", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience")
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_language", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_sdg", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "goal")
    private Set<Integer> sdgGoals = new HashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<CourseModule> modules = new ArrayList<>();

    protected Course() {
    }

    Course(AcademyId academy, CourseDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.academyId = academy.value();
        this.originalLanguage = Texts.language("language", details.language());
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
        this.slug = checkedSlug(details.slug());
        describe(details);
    }

    CourseId id() {
        return new CourseId(id);
    }

    AcademyId academy() {
        return new AcademyId(academyId);
    }

    String slug() {
        return slug;
    }

    CourseStatus status() {
        return status;
    }

    boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    String originalLanguage() {
        return originalLanguage;
    }

    TranslatedText title() {
        return new TranslatedText(originalLanguage, title);
    }

    TranslatedText summary() {
        return new TranslatedText(originalLanguage, summary);
    }

    Set<ExpertiseTopic> themes() {
        return Set.copyOf(themes);
    }

    Set<Audience> audiences() {
        return Set.copyOf(audiences);
    }

    CourseLevel level() {
        return level;
    }

    List<String> languages() {
        return languages.stream().sorted().toList();
    }

    Integer durationHours() {
        return durationHours;
    }

    List<Integer> sdgGoals() {
        return sdgGoals.stream().sorted().toList();
    }

    CourseFormat format() {
        return format;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    CourseId origin() {
        return originCourseId == null ? null : new CourseId(originCourseId);
    }

    String licence() {
        return licence;
    }

    List<CourseModule> modules() {
        return List.copyOf(modules);
    }

    Stream<Activity> activities() {
        return modules.stream().flatMap(module -> module.activities().stream());
    }

    /** Changes the facts, and the title and summary in the language the details are written in. */
    void describe(CourseDetails details) {
        if (details.level() == null) {
            throw new CourseRefusal("level", "course.level.required");
        }
        if (details.format() == null) {
            throw new CourseRefusal("format", "course.format.required");
        }
        if (details.durationHours() != null && (details.durationHours() < 1 || details.durationHours() > 1000)) {
            throw new CourseRefusal("durationHours", "course.duration.invalid");
        }
        if (details.sdgGoals().stream().anyMatch(goal -> goal == null || goal < 1 || goal > 17)) {
            throw new CourseRefusal("sdgGoals", "course.sdg.invalid");
        }
        if (details.languages().isEmpty()) {
            throw new CourseRefusal("languages", "course.languages.required");
        }
        details.languages().forEach(language -> Texts.language("languages", language));
        if (details.slug() != null && !details.slug().isBlank()) {
            this.slug = checkedSlug(details.slug());
        }
        Texts.write(title, originalLanguage, details.language(), details.title(), TranslationStatus.TRANSLATED, "title",
                TITLE_LENGTH);
        Texts.write(summary, originalLanguage, details.language(), details.summary(), TranslationStatus.TRANSLATED,
                "summary", SUMMARY_LENGTH);
        this.level = details.level();
        this.format = details.format();
        this.durationHours = details.durationHours();
        replace(themes, details.themes());
        replace(audiences, details.audiences());
        replace(languages, details.languages());
        replace(sdgGoals, details.sdgGoals());
        reindex();
    }

    void translate(String language, String newTitle, String newSummary, TranslationStatus translationStatus) {
        Texts.write(title, originalLanguage, language, newTitle, translationStatus, "title", TITLE_LENGTH);
        Texts.write(summary, originalLanguage, language, newSummary, translationStatus, "summary", SUMMARY_LENGTH);
        reindex();
    }

    /** Records where a transferred course comes from and the licence it came under. */
    void derivedFrom(CourseId origin, String licenceText) {
        this.originCourseId = origin == null ? null : origin.value();
        this.licence = licenceText == null || licenceText.isBlank() ? null : licenceText.strip();
    }

    void publish(Instant now) {
        if (title.get(originalLanguage) == null) {
            throw new CourseRefusal("title", "course.title.required");
        }
        status = CourseStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        activities().forEach(Activity::publish);
    }

    void unpublish() {
        status = CourseStatus.DRAFT;
    }

    CourseModule addModule(String language, String moduleTitle) {
        CourseModule module = new CourseModule(this, modules.size() + 1, originalLanguage, language, moduleTitle);
        modules.add(module);
        return module;
    }

    void move(CourseModule module, OutlineMove move) {
        Positions.move(modules, module, move);
    }

    void remove(CourseModule module) {
        if (!module.activities().isEmpty()) {
            throw new CourseRefusal("module", "course.module.not-empty");
        }
        modules.remove(module);
        Positions.renumber(modules);
    }

    Activity addActivity(CourseModule module, ActivityDraft draft) {
        return module.add(draft, originalLanguage);
    }

    private void reindex() {
        this.sortKey = Texts.key(TITLE_LENGTH, List.of(title.get(originalLanguage).text()));
        this.searchKey = Texts.key(16000, Stream.concat(title.values().stream(), summary.values().stream())
                .map(Translation::text).toList());
    }

    private static String checkedSlug(String slug) {
        String value = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(value).matches() || value.contains("--") || value.equals("new")) {
            throw new CourseRefusal("slug", "course.slug.invalid");
        }
        return value;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }
}
