package org.collegium.academy.assignment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.Assignments;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.SubmissionView;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
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
 * The staff's side of an assignment's work: the list of learners with their submissions (filtered to grade,
 * graded, late) and the grading page with the rubric, feedback, saving and releasing the grade.
 */
@Controller
class GradingController {

    private static final String PATH = "/academies/{slug}/manage/courses/{course}/activities/{activity}/submissions";

    private final AssignmentActivity activities;
    private final Assignments assignments;
    private final CourseAccess access;
    private final Accounts accounts;
    private final MediaLibrary media;

    GradingController(AssignmentActivity activities, Assignments assignments, CourseAccess access, Accounts accounts,
            MediaLibrary media) {
        this.activities = activities;
        this.assignments = assignments;
        this.access = access;
        this.accounts = accounts;
        this.media = media;
    }

    @GetMapping(PATH)
    String list(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @RequestParam(name = "filter", required = false) String filter, Model model) {
        AccountId actor = Viewing.required();
        AssignmentActivity.Found found = activities.staff(actor, slug, course, activity);
        SubmissionRow.Filter chosen = SubmissionRow.Filter.parse(filter);
        model.addAttribute("found", found);
        model.addAttribute("assignment", assignments.assignment(actor, found.id()));
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", SubmissionRow.Filter.values());
        model.addAttribute("rows", rows(actor, found).stream().filter(chosen::keeps).toList());
        return "academy/assignment/submissions";
    }

    @GetMapping(PATH + "/{learner}")
    String grading(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable UUID learner, Model model) {
        AccountId actor = Viewing.required();
        AssignmentActivity.Found found = activities.staff(actor, slug, course, activity);
        SubmissionView submission = assignments.submissionOf(actor, found.id(), new AccountId(learner));
        GradeForm form = submission.grade().map(GradeForm::of).orElseGet(() -> new GradeForm(List.of(), ""));
        return page(actor, found, submission, form, model);
    }

    @PostMapping(PATH + "/{learner}")
    String grade(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable UUID learner, @ModelAttribute("form") GradeForm form, BindingResult result,
            @RequestParam(name = "action", defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        AssignmentActivity.Found found = activities.staff(actor, slug, course, activity);
        AccountId graded = new AccountId(learner);
        SubmissionView submission = assignments.submissionOf(actor, found.id(), graded);
        try {
            assignments.grade(actor, found.id(), graded, form.toInput());
            if ("release".equals(action)) {
                assignments.release(actor, found.id(), graded);
            }
        } catch (AssignmentRefusal refusal) {
            Viewing.bind(refusal, result);
            return page(actor, found, submission, form, model);
        }
        Flash.success(redirect, "release".equals(action) ? "assignment.grade.released-now" : "assignment.grade.saved");
        return "redirect:" + found.managePath() + "/submissions/" + learner;
    }

    private String page(AccountId actor, AssignmentActivity.Found found, SubmissionView submission, GradeForm form,
            Model model) {
        List<SubmissionRow> toGrade = rows(actor, found).stream().filter(SubmissionRow::toGrade).toList();
        model.addAttribute("found", found);
        model.addAttribute("assignment", assignments.assignment(actor, found.id()));
        model.addAttribute("submission", submission);
        model.addAttribute("learnerName", accounts.find(submission.learner()).map(AccountSummary::displayName)
                .orElse(""));
        model.addAttribute("files", submission.versions().stream().filter(version -> version.file() != null)
                .flatMap(version -> media.find(new MediaFileId(version.file())).stream())
                .collect(Collectors.toMap(file -> file.id().value(), file -> file, (a, b) -> a)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form); // keeps the binding errors of a posted form
        }
        model.addAttribute("next", toGrade.stream().filter(row -> !row.learner().equals(submission.learner()))
                .findFirst().orElse(null));
        return "academy/assignment/grade";
    }

    /** Every learner of the course, those who handed in first (oldest first), then the others by name. */
    private List<SubmissionRow> rows(AccountId actor, AssignmentActivity.Found found) {
        List<SubmissionView> submissions = assignments.submissions(actor, found.id());
        Set<AccountId> learners = new java.util.HashSet<>(access.learnersOf(found.course().id()));
        submissions.forEach(submission -> learners.add(submission.learner()));
        Map<AccountId, AccountSummary> names = accounts.findAll(learners);
        List<SubmissionRow> rows = new ArrayList<>();
        for (SubmissionView submission : submissions) {
            rows.add(new SubmissionRow(submission.learner(), name(names, submission.learner()), submission));
        }
        Set<AccountId> handedIn = submissions.stream().map(SubmissionView::learner).collect(Collectors.toSet());
        learners.stream().filter(learner -> !handedIn.contains(learner))
                .map(learner -> new SubmissionRow(learner, name(names, learner), null))
                .sorted(Comparator.comparing(SubmissionRow::name)).forEach(rows::add);
        return rows;
    }

    private static String name(Map<AccountId, AccountSummary> names, AccountId learner) {
        AccountSummary summary = names.get(learner);
        return summary == null ? "" : summary.displayName();
    }
}
