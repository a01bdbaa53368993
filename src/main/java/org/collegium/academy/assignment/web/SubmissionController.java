package org.collegium.academy.assignment.web;

import java.util.UUID;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.Assignments;
import org.collegium.academy.MediaRefusal;
import org.collegium.academy.NewMediaFile;
import org.collegium.academy.SubmissionDraft;
import org.collegium.academy.SubmissionView;
import org.collegium.identity.AccountId;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A learner's work on an assignment, from the form on the activity page: save the draft, hand it in, or withdraw.
 * Every outcome goes back to the activity page; a refusal says why and keeps the text that was typed.
 */
@Controller
class SubmissionController {

    private static final String PATH = "/academies/{slug}/courses/{course}/activities/{activity}/submission";

    private final AssignmentActivity activities;
    private final Assignments assignments;

    SubmissionController(AssignmentActivity activities, Assignments assignments) {
        this.activities = activities;
        this.assignments = assignments;
    }

    @PostMapping(PATH)
    String save(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @ModelAttribute("submissionForm") SubmissionForm form,
            @RequestParam(name = "upload", required = false) MultipartFile upload,
            @RequestParam(name = "action", defaultValue = "draft") String action, RedirectAttributes redirect) {
        AccountId learner = Viewing.required();
        AssignmentActivity.Found found = activities.find(slug, course, activity);
        boolean handIn = "submit".equals(action);
        try {
            SubmissionView saved;
            if (upload != null && !upload.isEmpty()) {
                NewMediaFile file = new NewMediaFile(upload.getOriginalFilename(), upload.getSize(), upload, null,
                        false, null);
                saved = handIn ? assignments.submit(learner, found.id(), form.text(), file)
                        : assignments.saveDraft(learner, found.id(), form.text(), file);
            } else {
                SubmissionDraft draft = new SubmissionDraft(form.text(), form.removeFile() ? null : currentFile(
                        learner, found));
                saved = handIn ? assignments.submit(learner, found.id(), draft)
                        : assignments.saveDraft(learner, found.id(), draft);
            }
            Flash.success(redirect, !handIn ? "assignment.draft.saved"
                    : saved.late() ? "assignment.handed-in.late" : "assignment.handed-in");
        } catch (AssignmentRefusal refusal) {
            refused(redirect, form, refusal.code(), refusal.arguments());
        } catch (MediaRefusal refusal) {
            refused(redirect, form, refusal.code(), refusal.arguments());
        }
        return "redirect:" + found.activityPath() + "#submission";
    }

    @PostMapping(PATH + "/withdraw")
    String withdraw(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            RedirectAttributes redirect) {
        AccountId learner = Viewing.required();
        AssignmentActivity.Found found = activities.find(slug, course, activity);
        assignments.withdraw(learner, found.id(), learner);
        Flash.info(redirect, "assignment.withdrawn");
        return "redirect:" + found.activityPath();
    }

    private UUID currentFile(AccountId learner, AssignmentActivity.Found found) {
        return assignments.mySubmission(learner, found.id()).map(SubmissionView::file).orElse(null);
    }

    private static void refused(RedirectAttributes redirect, SubmissionForm form, String code, Object[] arguments) {
        Flash.error(redirect, code, arguments);
        redirect.addFlashAttribute("submissionForm", form);
    }
}
