package org.collegium.academy.quiz.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.collegium.academy.QuestionSummary;
import org.collegium.academy.QuizFeedback;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.shared.time.TimeZones;
import org.collegium.shared.time.Times;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings of a quiz activity, for the authors of its course: which questions of the academy's bank (or how many
 * drawn at random), shuffling, attempts, time limit, pass mark, dates typed in the author's zone, and feedback.
 */
@Controller
class QuizSettingsController {

    static final String BASE = "/academies/{slug}/manage/courses/{course}/activities/{activity}/quiz";

    private final QuizPlaces places;
    private final Quizzes quizzes;
    private final Times times;

    QuizSettingsController(QuizPlaces places, Quizzes quizzes, Times times) {
        this.places = places;
        this.quizzes = quizzes;
        this.times = times;
    }

    @GetMapping(BASE)
    String settings(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            Model model) {
        AccountId actor = Viewing.required();
        QuizPlace place = places.authored(slug, course, activity, actor);
        SettingsForm form = quizzes.overview(actor, place.activity().id())
                .map(overview -> SettingsForm.of(overview.settings(), times.viewerZone()))
                .orElseGet(() -> SettingsForm.empty(times.viewerZone()));
        model.addAttribute("form", form);
        return page(place, actor, form, model);
    }

    @PostMapping(BASE)
    String configure(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @Valid @ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        QuizPlace place = places.authored(slug, course, activity, actor);
        if (form == null) {
            // Not even bindable (a question id or a feedback setting that cannot exist): start again from the page.
            Flash.error(redirect, "quiz.form.invalid");
            return "redirect:" + place.managePath();
        }
        if (!result.hasErrors()) {
            try {
                quizzes.configure(actor, place.academy().id(), place.activity().id(), form.toSettings());
                Flash.success(redirect, "quiz.settings.saved");
                return "redirect:" + place.managePath();
            } catch (QuizRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        return page(place, actor, form, model);
    }

    private String page(QuizPlace place, AccountId actor, SettingsForm form, Model model) {
        List<QuestionSummary> bank = new ArrayList<>(quizzes.questions(actor, place.academy().id()));
        // The questions chosen come first, in the quiz's order, then the rest of the bank.
        bank.sort(Comparator.comparingInt(question -> {
            int index = form.questions().indexOf(question.id().value());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        model.addAttribute("place", place);
        model.addAttribute("bank", bank);
        model.addAttribute("feedbacks", QuizFeedback.values());
        model.addAttribute("zones", TimeZones.ALL);
        return "academy/quiz/settings";
    }
}
