package org.collegium.library.web;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.Editorial;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow's buttons on a resource page: submit, ask for changes (with a note), publish, withdraw (with a
 * reason). Each goes back to the resource page with what happened, or why it was refused and what was typed.
 */
@Controller
class EditorialController {

    private final Editorial editorial;

    EditorialController(Editorial editorial) {
        this.editorial = editorial;
    }

    @PostMapping("/library/resources/{id}/submit")
    String submit(@PathVariable String id, RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        return act(resource, redirect, "editorial.submitted", null,
                () -> editorial.submit(CurrentAccount.required(), resource));
    }

    @PostMapping("/library/resources/{id}/request-changes")
    String requestChanges(@PathVariable String id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        return act(resource, redirect, "editorial.changes-requested", note,
                () -> editorial.requestChanges(CurrentAccount.required(), resource, note));
    }

    @PostMapping("/library/resources/{id}/publish")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        AccountId editor = CurrentAccount.required();
        try {
            int version = editorial.publish(editor, resource);
            Flash.success(redirect, "editorial.published", version);
        } catch (LibraryRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:/library/resources/" + resource;
    }

    @PostMapping("/library/resources/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        return act(resource, redirect, "editorial.withdrawn", reason,
                () -> editorial.withdraw(CurrentAccount.required(), resource, reason));
    }

    private static String act(ResourceId resource, RedirectAttributes redirect, String done, String typed,
            Runnable action) {
        try {
            action.run();
            Flash.success(redirect, done);
        } catch (LibraryRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
            redirect.addFlashAttribute("typedNote", typed);
        }
        return "redirect:/library/resources/" + resource;
    }
}
