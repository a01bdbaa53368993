package org.collegium.academy.media.web;

import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.MediaRefusal;
import org.collegium.academy.NewMediaFile;
import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.web.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An academy's media library for its staff: the list of files and the upload form. The address names the academy
 * and every handler checks the viewer against it before reading the upload.
 */
@Controller
class MediaManagementController {

    private final Academies academies;
    private final MediaLibrary media;

    MediaManagementController(Academies academies, MediaLibrary media) {
        this.academies = academies;
        this.media = media;
    }

    @GetMapping("/academies/{slug}/manage/media")
    String list(@PathVariable String slug, Model model) {
        AcademySummary academy = managed(slug);
        return page(academy, CurrentAccount.required(), new UploadForm(false, null), null, model);
    }

    @PostMapping("/academies/{slug}/manage/media")
    String upload(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "publiclyReadable", defaultValue = "false") boolean publiclyReadable,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "activity", required = false) UUID activity, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AcademySummary academy = managed(slug);
        AccountId actor = CurrentAccount.required();
        String chosenLanguage = language == null || language.isBlank() ? null : language;
        UploadForm form = new UploadForm(publiclyReadable, chosenLanguage);
        try {
            if (file == null || file.isEmpty()) {
                throw new MediaRefusal("media.upload.empty");
            }
            MediaFileSummary stored = media.upload(actor, academy.id(), new NewMediaFile(file.getOriginalFilename(),
                    file.getSize(), file, activity == null ? null : new ActivityId(activity), publiclyReadable,
                    chosenLanguage));
            Flash.success(redirect, "media.upload.done", stored.fileName());
            return "redirect:/academies/" + academy.slug() + "/manage/media";
        } catch (MediaRefusal refusal) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(academy, actor, form, refusal, model);
        }
    }

    private AcademySummary managed(String slug) {
        AcademySummary academy = academies.get(slug);
        if (!media.mayManage(CurrentAccount.optional(), academy.id())) {
            throw new AccessDeniedException("not staff of academy " + academy.slug());
        }
        return academy;
    }

    private String page(AcademySummary academy, AccountId actor, UploadForm form, MediaRefusal problem, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("files", media.filesOf(actor, academy.id()));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", ContentLanguages.CODES);
        return "academy/media/manage";
    }

    /** What the uploader chose besides the file, kept when the form comes back with an error. */
    record UploadForm(boolean publiclyReadable, String language) {

        Optional<String> chosenLanguage() {
            return Optional.ofNullable(language);
        }
    }
}
