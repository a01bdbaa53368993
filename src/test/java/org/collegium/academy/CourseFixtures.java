package org.collegium.academy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Role;

/**
 * Unique courses and runs for the course and enrolment tests, built through the facades with valid defaults.
 */
final class CourseFixtures {

    final AcademyFixtures academies;
    final Courses courses;
    final CourseRuns runs;
    final AcademyStaff staff;

    CourseFixtures(AcademyFixtures academies, Courses courses, CourseRuns runs, AcademyStaff staff) {
        this.academies = academies;
        this.courses = courses;
        this.runs = runs;
        this.staff = staff;
    }

    static CourseDetails details(String slug, String title) {
        return new CourseDetails(slug, "en", title, "A course about " + title + ".",
                Set.of(ExpertiseTopic.MUNICIPAL_FINANCE), Set.of(Audience.PRACTITIONERS), CourseLevel.INTRODUCTORY,
                Set.of("en", "fr"), 6, Set.of(11, 16), CourseFormat.FACILITATED_COHORT);
    }

    static ActivityDraft page(String title, String body) {
        return new ActivityDraft(ActivityKind.PAGE, "en", title, body, null, CompletionRule.VIEWED, 10);
    }

    /** A facilitator appointed in the academy, by e-mail. */
    String facilitator(AcademySummary academy) {
        String email = academies.account("facilitator");
        staff.appointOnBehalfOf(null, academy.id(), email, Role.FACILITATOR);
        return email;
    }

    /** A course with one module of two viewed pages, in the academy, as the author. */
    Built course(AccountId author, AcademySummary academy, boolean publish) {
        String slug = AcademyFixtures.unique("course");
        CourseId course = courses.create(author, academy.id(), details(slug, "Budgeting " + slug));
        CourseModuleId module = courses.addModule(author, course, "en", "Getting started");
        ActivityId first = courses.addActivity(author, module, page("Welcome", "<p>Welcome</p>"));
        ActivityId second = courses.addActivity(author, module, page("Budgets", "<p>Budgets</p>"));
        if (publish) {
            courses.publish(author, course);
        }
        return new Built(course, slug, module, first, second);
    }

    CourseRunId selfPaced(AccountId author, CourseId course, EnrolmentPolicy policy) {
        return runs.schedule(author, course, new RunPlan(RunKind.SELF_PACED, "en", policy, null, null, null, null, null,
                ZoneId.of("Europe/Skopje"), Set.of()));
    }

    CourseRunId cohort(AccountId author, CourseId course, int capacity, Set<AccountId> facilitators) {
        Instant now = Instant.now();
        return runs.schedule(author, course, new RunPlan(RunKind.COHORT, "en", EnrolmentPolicy.SELF_SERVICE, capacity,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
                now.plus(Duration.ofDays(40)), ZoneId.of("Europe/Skopje"), facilitators));
    }

    record Built(CourseId id, String slug, CourseModuleId module, ActivityId first, ActivityId second) {
    }
}
