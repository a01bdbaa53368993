package org.collegium.academy.enrolment.web;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Enrolments;
import org.collegium.academy.LearnerActivity;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An activity's page, for the course's enrolled learners (opening it may complete it) and its authors (who can look
 * at it as a learner would).
 */
@Controller
class ActivityPageController {

    private final Academies academies;
    private final Enrolments enrolments;
    private final CourseAccess access;

    ActivityPageController(Academies academies, Enrolments enrolments, CourseAccess access) {
        this.academies = academies;
        this.enrolments = enrolments;
        this.access = access;
    }

    @GetMapping("/academies/{slug}/courses/{course}/activities/{activity}")
    String activity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @RequestParam(name = "preview", defaultValue = "false") boolean preview, Model model) {
        AcademySummary academy = academies.get(slug);
        ActivityId id = new ActivityId(Ids.uuid(activity));
        access.activity(id).filter(found -> found.academy().equals(academy.id()))
                .orElseThrow(() -> new NotFoundException("activity"));
        LearnerActivity opened = enrolments.open(Viewing.account(), id, preview);
        CourseSummary summary = opened.view().course();
        if (!summary.academy().equals(academy.id()) || !summary.slug().equals(course)) {
            throw new NotFoundException("activity");
        }
        model.addAttribute("academy", academy);
        model.addAttribute("opened", opened);
        model.addAttribute("view", opened.view());
        model.addAttribute("course", summary);
        return "academy/enrolment/activity";
    }
}
