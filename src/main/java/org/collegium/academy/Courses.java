package org.collegium.academy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.data.domain.Page;

/**
 * Courses: authoring (the academy's administrators and facilitators, and platform administrators; anyone else gets
 * an {@link org.springframework.security.access.AccessDeniedException}) and reading (learners and visitors never see
 * a draft course nor a hidden activity: they get a {@link org.collegium.shared.NotFoundException}).
 * Rules refused by a course raise a {@link CourseRefusal} naming the field; nothing is written then.
 */
public interface Courses {

    CourseId create(AccountId actor, AcademyId academy, CourseDetails details);

    /** Changes the facts of a course, and its title and summary in {@code details.language()}. */
    void update(AccountId actor, CourseId course, CourseDetails details);

    /** Writes the title and summary in one language with the status of that translation. */
    void translate(AccountId actor, CourseId course, String language, String title, String summary,
            TranslationStatus status);

    /** Publishes the course and every activity it holds; activities added later stay hidden until published. */
    void publish(AccountId actor, CourseId course);

    /** Takes the course back to draft: learners no longer see it; their progress stays. */
    void unpublish(AccountId actor, CourseId course);

    CourseModuleId addModule(AccountId actor, CourseId course, String language, String title);

    void renameModule(AccountId actor, CourseModuleId module, String language, String title);

    void moveModule(AccountId actor, CourseModuleId module, OutlineMove move);

    /** Removes an empty module; one that still holds activities is refused. */
    void removeModule(AccountId actor, CourseModuleId module);

    ActivityId addActivity(AccountId actor, CourseModuleId module, ActivityDraft draft);

    void updateActivity(AccountId actor, ActivityId activity, ActivityDraft draft);

    void moveActivity(AccountId actor, ActivityId activity, OutlineMove move);

    void publishActivity(AccountId actor, ActivityId activity);

    /** Hides an activity from learners, keeping their progress on it. */
    void hideActivity(AccountId actor, ActivityId activity);

    /** Deletes an activity nobody has made progress on; otherwise refused (hide it instead). */
    void removeActivity(AccountId actor, ActivityId activity);

    /** The course at this address of the academy, as the viewer may see it; 404 for a draft the viewer may not author. */
    CourseView get(Optional<AccountId> viewer, AcademyId academy, String courseSlug);

    /** The course, as the viewer may see it; 404 for a draft the viewer may not author. */
    CourseView get(Optional<AccountId> viewer, CourseId course);

    /** The published courses matching the query: a fixed number of statements whatever the page holds. */
    Page<CourseSummary> catalogue(CatalogueQuery query, int page, int size);

    /** Every course of the academy, drafts included, for its authors. */
    List<CourseSummary> authoredIn(AccountId actor, AcademyId academy);

    /** Courses by id, published or not: callers decide what the viewer may see. */
    Map<CourseId, CourseSummary> findAll(Collection<CourseId> ids);
}
