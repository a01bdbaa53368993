package org.collegium.academy.enrolment.web;


import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.academy.Enrolments;
import org.collegium.academy.RunView;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolling in a run of a course and leaving it, from the course page (post, then back to the page with a message).
 */
@Controller
class EnrolmentController {

    private final Academies academies;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;

    EnrolmentController(Academies academies, Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.academies = academies;
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
    }

    @PostMapping("/academies/{slug}/courses/{course}/runs/{run}/enrol")
    String enrol(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            RedirectAttributes redirect) {
        AccountId learner = Viewing.required();
        CourseRunId id = runOf(slug, course, run, learner);
        try {
            EnrolmentStatus status = enrolments.enrol(learner, id);
            Flash.success(redirect, "enrolment.enrolled." + status.name());
        } catch (CourseRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:/academies/" + slug + "/courses/" + course;
    }

    @PostMapping("/academies/{slug}/courses/{course}/runs/{run}/withdraw")
    String withdraw(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            RedirectAttributes redirect) {
        AccountId learner = Viewing.required();
        CourseRunId id = runOf(slug, course, run, learner);
        try {
            enrolments.withdraw(learner, id);
            Flash.success(redirect, "enrolment.withdrawn");
        } catch (CourseRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:/academies/" + slug + "/courses/" + course;
    }

    /** The run, checked to belong to the course at this address (a 404 otherwise). */
    private CourseRunId runOf(String slug, String course, String run, AccountId viewer) {
        AcademySummary academy = academies.get(slug);
        CourseView view = courses.get(java.util.Optional.of(viewer), academy.id(), course);
        CourseRunId id = new CourseRunId(Ids.uuid(run));
        RunView found = runs.get(java.util.Optional.of(viewer), id);
        if (!found.course().equals(view.course().id())) {
            throw new NotFoundException("run");
        }
        return id;
    }
}
