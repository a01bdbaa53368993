package org.collegium.academy.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.collegium.academy.ActivityDraft;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.OutlineMove;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A numbered module of a course, holding its activities numbered 1..n.
 */
@Entity
@Table(name = "course_module")
class CourseModule implements Positions.Positioned {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_module_title", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> title = new HashMap<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<Activity> activities = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Course course, int position, String originalLanguage, String language, String title) {
        this.id = UUID.randomUUID();
        this.course = course;
        this.position = position;
        rename(originalLanguage, language, title);
    }

    CourseModuleId id() {
        return new CourseModuleId(id);
    }

    Course course() {
        return course;
    }

    int position() {
        return position;
    }

    TranslatedText title(String originalLanguage) {
        return new TranslatedText(originalLanguage, title);
    }

    List<Activity> activities() {
        return List.copyOf(activities);
    }

    void rename(String originalLanguage, String language, String newTitle) {
        Texts.write(title, originalLanguage, language, newTitle, TranslationStatus.TRANSLATED, "title",
                Course.TITLE_LENGTH);
    }

    Activity add(ActivityDraft draft, String originalLanguage) {
        Activity activity = new Activity(this, activities.size() + 1, originalLanguage, draft);
        activities.add(activity);
        return activity;
    }

    void move(Activity activity, OutlineMove move) {
        Positions.move(activities, activity, move);
    }

    void remove(Activity activity) {
        activities.remove(activity);
        Positions.renumber(activities);
    }

    @Override
    public void number(int newPosition) {
        this.position = newPosition;
    }
}
