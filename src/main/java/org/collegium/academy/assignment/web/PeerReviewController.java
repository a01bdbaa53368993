package org.collegium.academy.assignment.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.Assignments;
import org.collegium.academy.PeerReviewTask;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The peer reviews allocated to a learner: each peer's work (text and file) and a form with the rubric's levels and
 * a comment. A refused review comes back with what was typed.
 */
@Controller
class PeerReviewController {

    private static final String PATH = "/academies/{slug}/courses/{course}/activities/{activity}/reviews";

    private final AssignmentActivity activities;
    private final Assignments assignments;
    private final Accounts accounts;

    PeerReviewController(AssignmentActivity activities, Assignments assignments, Accounts accounts) {
        this.activities = activities;
        this.assignments = assignments;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String reviews(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            Model model) {
        AccountId reviewer = Viewing.required();
        return page(activities.find(slug, course, activity), reviewer, null, ReviewForm.empty(), null, model);
    }

    @PostMapping(PATH + "/{review}")
    String give(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable UUID review, @ModelAttribute("reviewForm") ReviewForm form, Model model,
            RedirectAttributes redirect) {
        AccountId reviewer = Viewing.required();
        AssignmentActivity.Found found = activities.find(slug, course, activity);
        PeerReviewTask task = assignments.reviewsToDo(reviewer, found.id()).stream()
                .filter(candidate -> candidate.id().value().equals(review)).findFirst()
                .orElseThrow(() -> new NotFoundException("review"));
        try {
            assignments.giveReview(reviewer, task.id(), form.toInput());
        } catch (AssignmentRefusal refusal) {
            return page(found, reviewer, review, form, refusal, model);
        }
        Flash.success(redirect, "assignment.review.given");
        return "redirect:" + found.activityPath() + "/reviews";
    }

    private String page(AssignmentActivity.Found found, AccountId reviewer, UUID failed, ReviewForm typed,
            AssignmentRefusal refusal, Model model) {
        List<PeerReviewTask> tasks = assignments.reviewsToDo(reviewer, found.id());
        model.addAttribute("found", found);
        model.addAttribute("assignment", assignments.assignment(reviewer, found.id()));
        model.addAttribute("tasks", tasks);
        model.addAttribute("authors", accounts.findAll(tasks.stream().flatMap(task -> task.author().stream())
                .collect(Collectors.toSet())));
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        model.addAttribute("refusal", refusal);
        return "academy/assignment/reviews";
    }
}
