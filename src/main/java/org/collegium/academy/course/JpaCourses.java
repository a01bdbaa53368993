package org.collegium.academy.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityId;
import org.collegium.academy.CatalogueQuery;
import org.collegium.academy.CatalogueSort;
import org.collegium.academy.CourseDetails;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseStatus;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.OutlineMove;
import org.collegium.identity.AccountId;
import org.collegium.shared.Chunks;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses, kept in the database. Every change locks the course, checks the actor may author it, and is audited.
 */
@Service
@Transactional(readOnly = true)
class JpaCourses implements Courses {

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final ActivityRepository activities;
    private final CourseViews views;
    private final Authors authors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaCourses(CourseRepository courses, ModuleRepository modules, ActivityRepository activities, CourseViews views,
            Authors authors, ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.modules = modules;
        this.activities = activities;
        this.views = views;
        this.authors = authors;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CourseId create(AccountId actor, AcademyId academy, CourseDetails details) {
        authors.check(actor, academy);
        Course course = new Course(academy, details, clock.instant());
        if (courses.slugTaken(academy.value(), course.slug())) {
            throw new CourseRefusal("slug", "course.slug.taken", course.slug());
        }
        try {
            courses.saveAndFlush(course);
        } catch (DataIntegrityViolationException taken) {
            throw new CourseRefusal("slug", "course.slug.taken", course.slug());
        }
        audit(actor, "course.create", course, "Created course " + course.slug());
        return course.id();
    }

    @Override
    @Transactional
    public void update(AccountId actor, CourseId id, CourseDetails details) {
        Course course = authored(actor, id);
        String before = course.slug();
        course.describe(details);
        if (!before.equals(course.slug()) && courses.slugTaken(course.academy().value(), course.slug())) {
            throw new CourseRefusal("slug", "course.slug.taken", course.slug());
        }
        audit(actor, "course.update", course, "Changed course " + course.slug());
    }

    @Override
    @Transactional
    public void translate(AccountId actor, CourseId id, String language, String title, String summary,
            TranslationStatus status) {
        Course course = authored(actor, id);
        course.translate(language, title, summary, status);
        audit(actor, "course.translate", course, "Translated course " + course.slug() + " into " + language);
    }

    @Override
    @Transactional
    public void publish(AccountId actor, CourseId id) {
        Course course = authored(actor, id);
        course.publish(clock.instant());
        audit(actor, "course.publish", course, "Published course " + course.slug());
    }

    @Override
    @Transactional
    public void unpublish(AccountId actor, CourseId id) {
        Course course = authored(actor, id);
        course.unpublish();
        audit(actor, "course.unpublish", course, "Took course " + course.slug() + " back to draft");
    }

    @Override
    @Transactional
    public CourseModuleId addModule(AccountId actor, CourseId id, String language, String title) {
        Course course = authored(actor, id);
        CourseModule module = course.addModule(language, title);
        courses.flush();
        return module.id();
    }

    @Override
    @Transactional
    public void renameModule(AccountId actor, CourseModuleId id, String language, String title) {
        Course course = authored(actor, courseOfModule(id));
        module(course, id).rename(course.originalLanguage(), language, title);
    }

    @Override
    @Transactional
    public void moveModule(AccountId actor, CourseModuleId id, OutlineMove move) {
        Course course = authored(actor, courseOfModule(id));
        course.move(module(course, id), move);
    }

    @Override
    @Transactional
    public void removeModule(AccountId actor, CourseModuleId id) {
        Course course = authored(actor, courseOfModule(id));
        course.remove(module(course, id));
    }

    @Override
    @Transactional
    public ActivityId addActivity(AccountId actor, CourseModuleId id, ActivityDraft draft) {
        Course course = authored(actor, courseOfModule(id));
        Activity activity = course.addActivity(module(course, id), draft);
        courses.flush();
        return activity.id();
    }

    @Override
    @Transactional
    public void updateActivity(AccountId actor, ActivityId id, ActivityDraft draft) {
        Course course = authored(actor, courseOfActivity(id));
        activity(course, id).revise(course.originalLanguage(), draft);
    }

    @Override
    @Transactional
    public void moveActivity(AccountId actor, ActivityId id, OutlineMove move) {
        Course course = authored(actor, courseOfActivity(id));
        Activity activity = activity(course, id);
        activity.module().move(activity, move);
    }

    @Override
    @Transactional
    public void publishActivity(AccountId actor, ActivityId id) {
        Course course = authored(actor, courseOfActivity(id));
        activity(course, id).publish();
    }

    @Override
    @Transactional
    public void hideActivity(AccountId actor, ActivityId id) {
        Course course = authored(actor, courseOfActivity(id));
        activity(course, id).hide();
    }

    @Override
    @Transactional
    public void removeActivity(AccountId actor, ActivityId id) {
        Course course = authored(actor, courseOfActivity(id));
        Activity activity = activity(course, id);
        if (activities.progressOn(id.value()) > 0) {
            throw new CourseRefusal("activity", "course.activity.has-progress");
        }
        activity.module().remove(activity);
        audit(actor, "course.remove-activity", course, "Removed activity " + id.value() + " of course " + course.slug());
    }

    @Override
    public CourseView get(Optional<AccountId> viewer, AcademyId academy, String courseSlug) {
        return visible(viewer, courses.findBySlug(academy.value(), courseSlug));
    }

    @Override
    public CourseView get(Optional<AccountId> viewer, CourseId id) {
        return visible(viewer, courses.findById(id.value()));
    }

    @Override
    public Page<CourseSummary> catalogue(CatalogueQuery query, int page, int size) {
        Sort sort = query.sort() == CatalogueSort.NEWEST
                ? Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("id"))
                : Sort.by("sortKey", "id");
        Page<Course> found = courses.findAll(matching(query),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100), sort));
        List<CourseSummary> summaries = views.summaries(found.getContent());
        return new PageImpl<>(summaries, found.getPageable(), found.getTotalElements());
    }

    @Override
    public List<CourseSummary> authoredIn(AccountId actor, AcademyId academy) {
        authors.check(actor, academy);
        return views.summaries(courses.findByAcademy(academy.value()));
    }

    @Override
    public Map<CourseId, CourseSummary> findAll(Collection<CourseId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views.summaries(Chunks.list(ids.stream().map(CourseId::value).toList(), courses::findByIds)).stream()
                .collect(Collectors.toMap(CourseSummary::id, Function.identity()));
    }

    private CourseView visible(Optional<AccountId> viewer, Optional<Course> found) {
        Course course = found.orElseThrow(() -> new NotFoundException("course"));
        boolean authoring = authors.may(viewer, course.academy());
        if (!authoring && !course.isPublished()) {
            throw new NotFoundException("course");
        }
        return views.view(course, authoring);
    }

    private Course authored(AccountId actor, CourseId id) {
        Course course = courses.lockById(id.value()).orElseThrow(() -> new NotFoundException("course"));
        authors.check(actor, course.academy());
        return course;
    }

    private CourseId courseOfModule(CourseModuleId id) {
        return modules.courseOf(id.value()).map(CourseId::new).orElseThrow(() -> new NotFoundException("module"));
    }

    private CourseId courseOfActivity(ActivityId id) {
        return activities.courseOf(id.value()).map(CourseId::new).orElseThrow(() -> new NotFoundException("activity"));
    }

    private static CourseModule module(Course course, CourseModuleId id) {
        return course.modules().stream().filter(module -> module.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("module"));
    }

    private static Activity activity(Course course, ActivityId id) {
        return course.activities().filter(activity -> activity.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("activity"));
    }

    private static Specification<Course> matching(CatalogueQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("status"), CourseStatus.PUBLISHED));
            for (String pattern : Texts.wordPatterns(query.text())) {
                predicates.add(builder.like(root.get("searchKey"), pattern, '\\'));
            }
            if (query.academy() != null) {
                predicates.add(builder.equal(root.get("academyId"), query.academy().value()));
            }
            if (query.theme() != null) {
                predicates.add(builder.isMember(query.theme(), root.get("themes")));
            }
            if (query.language() != null) {
                predicates.add(builder.isMember(query.language(), root.get("languages")));
            }
            if (query.format() != null) {
                predicates.add(builder.equal(root.get("format"), query.format()));
            }
            if (query.sdg() != null) {
                predicates.add(builder.isMember(query.sdg(), root.get("sdgGoals")));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private void audit(AccountId actor, String action, Course course, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor == null ? null : actor.value(), action, "course",
                course.id().value().toString(), summary, clock.instant()));
    }
}
