package org.collegium.academy;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;

/**
 * A published course with a self-service run and enrolled learners, built through the facades, for the parts of the
 * e-Academy (quizzes, media, discussions) whose rules hang on the course's enrolments.
 */
public final class EnrolledCourses {

    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;

    public EnrolledCourses(Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
    }

    /** A published course of one module, a page and the given activities, with its run; the learners enrolled. */
    public Course create(AccountId author, AcademyId academy, Set<AccountId> learners, ActivityDraft... activities) {
        String slug = "course-" + UUID.randomUUID().toString().substring(0, 8);
        CourseId course = courses.create(author, academy, new CourseDetails(slug, "en", "Course " + slug,
                "A course about " + slug + ".", Set.of(ExpertiseTopic.MUNICIPAL_FINANCE), Set.of(Audience.PRACTITIONERS),
                CourseLevel.INTRODUCTORY, Set.of("en", "fr"), 6, Set.of(11), CourseFormat.SELF_PACED));
        CourseModuleId module = courses.addModule(author, course, "en", "Getting started");
        ActivityId page = courses.addActivity(author, module, new ActivityDraft(ActivityKind.PAGE, "en", "Welcome",
                "<p>Welcome</p>", null, CompletionRule.VIEWED, 5));
        java.util.List<ActivityId> added = new java.util.ArrayList<>();
        for (ActivityDraft draft : activities) {
            added.add(courses.addActivity(author, module, draft));
        }
        courses.publish(author, course);
        CourseRunId run = runs.schedule(author, course, new RunPlan(RunKind.SELF_PACED, "en",
                EnrolmentPolicy.SELF_SERVICE, null, null, null, null, null, ZoneId.of("Europe/Skopje"), Set.of()));
        Course built = new Course(course, slug, module, page, java.util.List.copyOf(added), run);
        learners.forEach(learner -> enrol(built, learner));
        return built;
    }

    public void enrol(Course course, AccountId learner) {
        enrolments.enrol(learner, course.run());
    }

    public static ActivityDraft quiz(String title) {
        return new ActivityDraft(ActivityKind.QUIZ, "en", title, null, null, CompletionRule.QUIZ_PASSED, 10);
    }

    public record Course(CourseId id, String slug, CourseModuleId module, ActivityId page, java.util.List<ActivityId> activities,
            CourseRunId run) {

        public ActivityId activity(int index) {
            return activities.get(index);
        }
    }
}
