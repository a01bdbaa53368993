package org.collegium.academy.assignment.web;

import java.time.Clock;
import java.util.Optional;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.AssignmentView;
import org.collegium.academy.Assignments;
import org.collegium.academy.LatePolicy;
import org.collegium.academy.SubmissionType;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.time.Times;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings of an assignment activity, for its course's staff: what to hand in, when, the late policy, the
 * rubric and peer review. Dates are typed in the author's zone; the rubric's rows grow without JavaScript.
 */
@Controller
class AssignmentSettingsController {

    private static final String PATH = "/academies/{slug}/manage/courses/{course}/activities/{activity}/assignment";

    private final AssignmentActivity activities;
    private final Assignments assignments;
    private final Times times;
    private final Clock clock;

    AssignmentSettingsController(AssignmentActivity activities, Assignments assignments, Times times, Clock clock) {
        this.activities = activities;
        this.assignments = assignments;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(@PathVariable String slug, @PathVariable String course, @PathVariable String activity, Model model) {
        AccountId actor = Viewing.required();
        AssignmentActivity.Found found = activities.staff(actor, slug, course, activity);
        Optional<AssignmentView> existing = existing(actor, found);
        AssignmentForm form = existing.map(view -> AssignmentForm.of(view, times.viewerZone()))
                .orElseGet(() -> AssignmentForm.empty(times.viewerZone(), clock.instant()));
        return page(found, existing.isPresent(), form, false, model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @ModelAttribute("form") AssignmentForm form, BindingResult result,
            @RequestParam(name = "more", required = false) String more, Model model, RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        AssignmentActivity.Found found = activities.staff(actor, slug, course, activity);
        boolean exists = existing(actor, found).isPresent();
        if (more != null || result.hasErrors()) {
            return page(found, exists, form, more != null, model);
        }
        try {
            if (exists) {
                assignments.update(actor, found.id(), form.toSettings(times.viewerZone()));
            } else {
                assignments.create(actor, found.id(), found.academy().id(), form.toSettings(times.viewerZone()));
            }
        } catch (AssignmentRefusal refusal) {
            Viewing.bind(refusal, result);
            return page(found, exists, form, false, model);
        }
        Flash.success(redirect, "assignment.settings.saved");
        return "redirect:" + found.managePath() + "/assignment";
    }

    private Optional<AssignmentView> existing(AccountId actor, AssignmentActivity.Found found) {
        try {
            return Optional.of(assignments.assignment(actor, found.id()));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private String page(AssignmentActivity.Found found, boolean exists, AssignmentForm form, boolean more,
            Model model) {
        model.addAttribute("found", found);
        model.addAttribute("exists", exists);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form); // keeps the binding errors of a posted form
        }
        model.addAttribute("rows", form.rows(more));
        model.addAttribute("types", SubmissionType.values());
        model.addAttribute("policies", LatePolicy.values());
        model.addAttribute("zone", times.viewerZone().getId());
        return "academy/assignment/settings";
    }
}
