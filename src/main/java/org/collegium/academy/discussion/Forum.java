package org.collegium.academy.discussion;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.academy.AcademyId;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.ForumId;
import org.collegium.identity.AccountId;

/**
 * The discussion forum of a course, or of one module of it, in the course's academy.
 */
@Entity
@Table(name = "discussion_forum")
class Forum extends NewRow {

    @Id
    private UUID id;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "module_id")
    private UUID moduleId;

    @Column(nullable = false)
    private String place;

    @Column(name = "opened_by", nullable = false)
    private UUID openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Forum() {
    }

    Forum(AcademyId academy, CourseId course, CourseModuleId module, AccountId openedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.academyId = academy.value();
        this.courseId = course.value();
        this.moduleId = module == null ? null : module.value();
        this.place = placeOf(course, module);
        this.openedBy = openedBy.value();
        this.openedAt = now;
    }

    static String placeOf(CourseId course, CourseModuleId module) {
        return course.value() + ":" + (module == null ? "course" : module.value().toString());
    }

    @Override
    public UUID getId() {
        return id;
    }

    ForumId id() {
        return new ForumId(id);
    }

    AcademyId academy() {
        return new AcademyId(academyId);
    }

    CourseId course() {
        return new CourseId(courseId);
    }

    CourseModuleId module() {
        return moduleId == null ? null : new CourseModuleId(moduleId);
    }
}
