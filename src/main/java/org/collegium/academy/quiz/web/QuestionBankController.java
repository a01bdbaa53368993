package org.collegium.academy.quiz.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuestionSummary;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.i18n.ContentLanguages;
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
 * An academy's question bank, for its administrators and facilitators (the engine refuses anyone else): the list,
 * a form per kind of question, and one question's page with its answers and a form to translate its prompt.
 */
@Controller
class QuestionBankController {

    private static final String BANK = "/academies/{slug}/manage/questions";
    private static final Set<String> ROW_FIELDS = Set.of("choices", "acceptedAnswers", "pairs", "feedback");

    private final Academies academies;
    private final Quizzes quizzes;

    QuestionBankController(Academies academies, Quizzes quizzes) {
        this.academies = academies;
        this.quizzes = quizzes;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        model.addAttribute("kinds", QuestionKind.values());
    }

    @GetMapping(BANK)
    String bank(@PathVariable String slug, Model model) {
        AcademySummary academy = academies.get(slug);
        model.addAttribute("academy", academy);
        model.addAttribute("questions", quizzes.questions(Viewing.required(), academy.id()));
        return "academy/quiz/bank";
    }

    @GetMapping(BANK + "/new")
    String create(@PathVariable String slug, @RequestParam(name = "kind", defaultValue = "SINGLE_CHOICE") QuestionKind kind,
            Model model) {
        AcademySummary academy = academies.get(slug);
        quizzes.questions(Viewing.required(), academy.id());
        QuestionForm form = QuestionForm.empty(kind, academy.description().originalLanguage());
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("academy", academy);
        return "academy/quiz/question-form";
    }

    @PostMapping(BANK + "/new")
    String add(@PathVariable String slug, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        quizzes.questions(actor, academy.id());
        if (form == null) {
            // Not even bindable (a kind that does not exist): nothing a person could have typed to show again.
            Flash.error(redirect, "quiz.form.invalid");
            return "redirect:/academies/" + slug + "/manage/questions";
        }
        if (!result.hasErrors()) {
            try {
                quizzes.addQuestion(actor, academy.id(), form.toDraft());
                Flash.success(redirect, "quiz.bank.added");
                return "redirect:/academies/" + slug + "/manage/questions";
            } catch (QuizRefusal refusal) {
                Viewing.bind(ROW_FIELDS.contains(refusal.field())
                        ? new QuizRefusal("rows", refusal.code(), refusal.arguments()) : refusal, result);
            }
        }
        // The form stays the bound object, so that its errors stay with it; the rows shown are padded with blanks.
        model.addAttribute("rows", form.padded().rows());
        model.addAttribute("academy", academy);
        return "academy/quiz/question-form";
    }

    @GetMapping(BANK + "/{question}")
    String question(@PathVariable String slug, @PathVariable String question, Model model) {
        AcademySummary academy = academies.get(slug);
        QuestionSummary found = find(academy, Viewing.required(), question);
        model.addAttribute("translation", new TranslationForm(
                "fr".equals(found.prompt().originalLanguage()) ? "en" : "fr", ""));
        return questionPage(academy, found, model);
    }

    @PostMapping(BANK + "/{question}/translation")
    String translate(@PathVariable String slug, @PathVariable String question,
            @Valid @ModelAttribute("translation") TranslationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        QuestionSummary found = find(academy, actor, question);
        if (!result.hasErrors()) {
            try {
                quizzes.translatePrompt(actor, found.id(), form.language(), form.prompt());
                Flash.success(redirect, "quiz.bank.translated");
                return "redirect:/academies/" + slug + "/manage/questions/" + found.id().value();
            } catch (QuizRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        return questionPage(academy, found, model);
    }

    private String questionPage(AcademySummary academy, QuestionSummary question, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("question", question);
        return "academy/quiz/question";
    }

    /** A question of this academy's bank; one of another academy is not found. */
    private QuestionSummary find(AcademySummary academy, AccountId actor, String question) {
        QuestionId id = new QuestionId(Viewing.uuid(question));
        return quizzes.questions(actor, academy.id()).stream().filter(found -> found.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("question"));
    }
}
