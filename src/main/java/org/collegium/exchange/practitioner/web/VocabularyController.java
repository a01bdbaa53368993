package org.collegium.exchange.practitioner.web;

import java.util.Locale;
import java.util.Map;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.FunctionTerm;
import org.collegium.exchange.TopicTerm;
import org.collegium.exchange.Vocabulary;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators extend the vocabulary of functions and topics. */
@Controller
class VocabularyController {

    private static final String PATH = "/admin/exchange/vocabulary";

    private final Vocabulary vocabulary;
    private final VocabularyWords words;

    VocabularyController(Vocabulary vocabulary, VocabularyWords words) {
        this.vocabulary = vocabulary;
        this.words = words;
    }

    record FunctionForm(String code, String family, String isco08, String labelEn, String labelFr, String labelEs) {
    }

    record TopicForm(String topicCode, String topicLabelEn, String topicLabelFr, String topicLabelEs) {
    }

    @GetMapping(PATH)
    String show(Model model, Locale locale) {
        return page(model, locale, new FunctionForm("", "", "", "", "", ""), new TopicForm("", "", "", ""));
    }

    @PostMapping(PATH + "/functions")
    String addFunction(@ModelAttribute("functionForm") FunctionForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            vocabulary.addFunction(Refusals.signedIn(), new FunctionTerm(strip(form.code()), strip(form.family()),
                    blankToNull(form.isco08()), labels(form.labelEn(), form.labelFr(), form.labelEs())));
            Flash.success(redirect, "vocabulary.function.added");
            return "redirect:" + PATH;
        } catch (ExchangeRefusal refusal) {
            Refusals.bind(refusal, result);
            model.addAttribute("topicForm", new TopicForm("", "", "", ""));
            return page(model, locale);
        }
    }

    @PostMapping(PATH + "/topics")
    String addTopic(@ModelAttribute("topicForm") TopicForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            vocabulary.addTopic(Refusals.signedIn(), new TopicTerm(strip(form.topicCode()),
                    labels(form.topicLabelEn(), form.topicLabelFr(), form.topicLabelEs())));
            Flash.success(redirect, "vocabulary.topic.added");
            return "redirect:" + PATH;
        } catch (ExchangeRefusal refusal) {
            // The topic form's fields carry a prefix, so that the two forms of the page have distinct field ids.
            Refusals.bind(new ExchangeRefusal("topic" + Character.toUpperCase(refusal.field().charAt(0))
                    + refusal.field().substring(1), refusal.code(), refusal.arguments()), result);
            model.addAttribute("functionForm", new FunctionForm("", "", "", "", "", ""));
            return page(model, locale);
        }
    }

    private String page(Model model, Locale locale, FunctionForm function, TopicForm topic) {
        model.addAttribute("functionForm", function);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "functionForm",
                new BeanPropertyBindingResult(function, "functionForm"));
        model.addAttribute("topicForm", topic);
        return page(model, locale);
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("words", words.in(locale));
        model.addAttribute("functions", vocabulary.functions());
        return "exchange/practitioner/vocabulary";
    }

    private static Map<Locale, String> labels(String english, String french, String spanish) {
        return Map.of(Locale.ENGLISH, english == null ? "" : english, Locale.FRENCH, french == null ? "" : french,
                Locale.of("es"), spanish == null ? "" : spanish);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
