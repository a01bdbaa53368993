package org.collegium.academy.course.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.RunView;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A course's public page: what it is, its outline, and its runs with the seats left and a way to enrol.
 * Drafts are shown only to their authors.
 */
@Controller
class CoursePageController {

    private final Academies academies;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final CourseAccess access;

    CoursePageController(Academies academies, Courses courses, CourseRuns runs, Enrolments enrolments,
            CourseAccess access) {
        this.academies = academies;
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.access = access;
    }

    @GetMapping("/academies/{slug}/courses/{course}")
    String course(@PathVariable String slug, @PathVariable String course, Model model) {
        AcademySummary academy = academies.get(slug);
        Optional<AccountId> viewer = Viewing.account();
        CourseView view = courses.get(viewer, academy.id(), course);
        List<RunView> list = runs.runsOf(viewer, view.course().id());
        boolean learner = viewer.map(account -> access.isLearnerOf(account, view.course().id())).orElse(false);
        Set<ActivityId> completed = learner ? enrolments.completedBy(viewer.get(), view.course().id()) : Set.of();
        model.addAttribute("academy", academy);
        model.addAttribute("view", view);
        model.addAttribute("course", view.course());
        model.addAttribute("runs", list);
        model.addAttribute("nextRun", list.stream().filter(RunView::enrolmentOpen).findFirst().orElse(null));
        model.addAttribute("learner", learner);
        model.addAttribute("mayOpen", learner || view.authoring());
        model.addAttribute("completed", completed);
        model.addAttribute("signedIn", viewer.isPresent());
        return "academy/course/course";
    }
}
