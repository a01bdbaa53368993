package org.collegium.academy.course.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivityView;
import org.collegium.academy.Audience;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseLevel;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.ModuleView;
import org.collegium.academy.OutlineMove;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.TranslationStatus;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
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
 * Authoring an academy's courses: details and translations, the outline of modules and activities, publishing.
 * Every handler checks that the viewer authors the course its address names (403 otherwise; drafts are 404 to others).
 */
@Controller
class CourseAuthoringController {

    private final Academies academies;
    private final Courses courses;
    private final CourseRuns runs;
    private final CourseContents contents;

    CourseAuthoringController(Academies academies, Courses courses, CourseRuns runs, CourseContents contents) {
        this.academies = academies;
        this.courses = courses;
        this.runs = runs;
        this.contents = contents;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("contentLanguages", ContentLanguages.CODES.stream()
                .map(code -> new CatalogueController.Language(code, ContentLanguages.nativeName(code))).toList());
        model.addAttribute("themes", ExpertiseTopic.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("levels", CourseLevel.values());
        model.addAttribute("formats", CourseFormat.values());
        model.addAttribute("goals", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("rules", CompletionRule.values());
        model.addAttribute("statuses", List.of(TranslationStatus.TO_TRANSLATE, TranslationStatus.TRANSLATED,
                TranslationStatus.REVIEWED));
    }

    @GetMapping("/academies/{slug}/manage/courses")
    String list(@PathVariable String slug, Model model) {
        AcademySummary academy = academies.get(slug);
        model.addAttribute("academy", academy);
        model.addAttribute("courses", courses.authoredIn(Viewing.required(), academy.id()));
        return "academy/course/manage-list";
    }

    @GetMapping("/academies/{slug}/manage/courses/new")
    String create(@PathVariable String slug, Model model) {
        AcademySummary academy = academies.get(slug);
        courses.authoredIn(Viewing.required(), academy.id());
        model.addAttribute("form", CourseForm.empty(academy.description().originalLanguage()));
        model.addAttribute("academy", academy);
        return "academy/course/new";
    }

    @PostMapping("/academies/{slug}/manage/courses/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") CourseForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        courses.authoredIn(actor, academy.id());
        if (!result.hasErrors()) {
            try {
                courses.create(actor, academy.id(), form.toDetails());
                Flash.success(redirect, "course.created");
                return "redirect:/academies/" + slug + "/manage/courses/" + form.slug().strip();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("academy", academy);
        return "academy/course/new";
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}")
    String edit(@PathVariable String slug, @PathVariable String course,
            @RequestParam(name = "language", required = false) String language, Model model) {
        Authored authored = authored(slug, course);
        String editing = ContentLanguages.isKnown(language) ? language : authored.view.course().originalLanguage();
        model.addAttribute("form", CourseForm.of(authored.view.course(), editing));
        model.addAttribute("translation", new TranslationForm(editing.equals(authored.view.course().originalLanguage())
                ? "fr" : editing, "", "", TranslationStatus.TRANSLATED));
        return editPage(authored, model);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}")
    String update(@PathVariable String slug, @PathVariable String course,
            @Valid @ModelAttribute("form") CourseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        if (!result.hasErrors()) {
            try {
                courses.update(authored.actor, authored.id(), form.toDetails());
                Flash.success(redirect, "course.saved");
                return "redirect:/academies/" + slug + "/manage/courses/" + form.slug().strip() + "?language="
                        + form.language();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("translation", new TranslationForm("fr", "", "", TranslationStatus.TRANSLATED));
        return editPage(authored, model);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/translations")
    String translate(@PathVariable String slug, @PathVariable String course,
            @Valid @ModelAttribute("translation") TranslationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        if (!result.hasErrors()) {
            try {
                courses.translate(authored.actor, authored.id(), form.language(), form.title(), form.summary(),
                        form.status());
                Flash.success(redirect, "course.translation.saved");
                return "redirect:/academies/" + slug + "/manage/courses/" + course;
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("form", CourseForm.of(authored.view.course(), authored.view.course().originalLanguage()));
        return editPage(authored, model);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/publish")
    String publish(@PathVariable String slug, @PathVariable String course, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        return act(redirect, authored, "course.published", () -> courses.publish(authored.actor, authored.id()));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/unpublish")
    String unpublish(@PathVariable String slug, @PathVariable String course, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        return act(redirect, authored, "course.unpublished", () -> courses.unpublish(authored.actor, authored.id()));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/modules")
    String addModule(@PathVariable String slug, @PathVariable String course,
            @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        return act(redirect, authored, "course.module.added", () -> courses.addModule(authored.actor, authored.id(),
                authored.view.course().originalLanguage(), title));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/modules/{module}/rename")
    String renameModule(@PathVariable String slug, @PathVariable String course, @PathVariable String module,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        CourseModuleId id = authored.module(module);
        return act(redirect, authored, "course.module.renamed",
                () -> courses.renameModule(authored.actor, id, language, title));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/modules/{module}/move")
    String moveModule(@PathVariable String slug, @PathVariable String course, @PathVariable String module,
            @RequestParam("direction") OutlineMove direction, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        CourseModuleId id = authored.module(module);
        return act(redirect, authored, "course.outline.moved", () -> courses.moveModule(authored.actor, id, direction));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/modules/{module}/remove")
    String removeModule(@PathVariable String slug, @PathVariable String course, @PathVariable String module,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        CourseModuleId id = authored.module(module);
        return act(redirect, authored, "course.module.removed", () -> courses.removeModule(authored.actor, id));
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}/modules/{module}/activities/new")
    String newActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String module,
            Model model) {
        Authored authored = authored(slug, course);
        model.addAttribute("module", authored.moduleView(module));
        model.addAttribute("form", ActivityForm.empty(authored.view.course().originalLanguage()));
        return activityPage(authored, model, null);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/modules/{module}/activities/new")
    String addActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String module,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ModuleView target = authored.moduleView(module);
        if (!result.hasErrors()) {
            try {
                courses.addActivity(authored.actor, target.id(), form.toDraft());
                Flash.success(redirect, "course.activity.added");
                return authored.redirect();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("module", target);
        return activityPage(authored, model, null);
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}")
    String editActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @RequestParam(name = "language", required = false) String language, Model model) {
        Authored authored = authored(slug, course);
        ActivityView view = authored.activityView(activity);
        String editing = ContentLanguages.isKnown(language) ? language : authored.view.course().originalLanguage();
        model.addAttribute("module", view.module());
        model.addAttribute("form", ActivityForm.of(view, editing));
        return activityPage(authored, model, view);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}")
    String updateActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ActivityView view = authored.activityView(activity);
        if (!result.hasErrors()) {
            try {
                courses.updateActivity(authored.actor, view.activity().id(), form.toDraft());
                Flash.success(redirect, "course.activity.saved");
                return authored.redirect();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("module", view.module());
        return activityPage(authored, model, view);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}/move")
    String moveActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @RequestParam("direction") OutlineMove direction, RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ActivityId id = authored.activity(activity);
        return act(redirect, authored, "course.outline.moved", () -> courses.moveActivity(authored.actor, id, direction));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}/publish")
    String publishActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ActivityId id = authored.activity(activity);
        return act(redirect, authored, "course.activity.published", () -> courses.publishActivity(authored.actor, id));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}/hide")
    String hideActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ActivityId id = authored.activity(activity);
        return act(redirect, authored, "course.activity.hidden-now", () -> courses.hideActivity(authored.actor, id));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/activities/{activity}/remove")
    String removeActivity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            RedirectAttributes redirect) {
        Authored authored = authored(slug, course);
        ActivityId id = authored.activity(activity);
        return act(redirect, authored, "course.activity.removed", () -> courses.removeActivity(authored.actor, id));
    }

    private String act(RedirectAttributes redirect, Authored authored, String success, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, success);
        } catch (CourseRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return authored.redirect();
    }

    private String editPage(Authored authored, Model model) {
        CourseView view = authored.view;
        List<String> written = new ArrayList<>(view.course().title().translations().keySet());
        written.sort(String::compareTo);
        model.addAttribute("academy", authored.academy);
        model.addAttribute("view", view);
        model.addAttribute("course", view.course());
        model.addAttribute("written", written);
        model.addAttribute("runs", runs.runsOf(Optional.of(authored.actor), authored.id()));
        return "academy/course/edit";
    }

    private String activityPage(Authored authored, Model model, ActivityView activity) {
        model.addAttribute("academy", authored.academy);
        model.addAttribute("course", authored.view.course());
        model.addAttribute("activity", activity);
        return "academy/course/activity-form";
    }

    /** The course at this address, if the viewer authors it. */
    private Authored authored(String slug, String course) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        CourseView view = courses.get(Optional.of(actor), academy.id(), course);
        if (!view.authoring()) {
            throw new AccessDeniedException("may not author course " + course);
        }
        return new Authored(academy, actor, view, contents);
    }

    private record Authored(AcademySummary academy, AccountId actor, CourseView view, CourseContents contents) {

        CourseId id() {
            return view.course().id();
        }

        String redirect() {
            return "redirect:/academies/" + academy.slug() + "/manage/courses/" + view.course().slug();
        }

        ModuleView moduleView(String module) {
            CourseModuleId id = new CourseModuleId(Ids.uuid(module));
            return view.modules().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("module"));
        }

        CourseModuleId module(String module) {
            return moduleView(module).id();
        }

        ActivityId activity(String activity) {
            ActivityId id = new ActivityId(Ids.uuid(activity));
            return view.activities().filter(candidate -> candidate.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("activity")).id();
        }

        ActivityView activityView(String activity) {
            return contents.view(activity(activity), true).orElseThrow(() -> new NotFoundException("activity"));
        }
    }
}
