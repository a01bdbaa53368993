package org.collegium.academy.quiz.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptId;
import org.collegium.academy.QuizAttemptResult;
import org.collegium.academy.QuizAttemptStatus;
import org.collegium.academy.QuizAttemptView;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSubmission;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A learner taking the quiz of an activity: starting or continuing an attempt, saving answers, submitting, reading
 * the result. The engine checks that the attempt is the viewer's own; the address must name the attempt's activity.
 */
@Controller
class AttemptController {

    private static final String BASE = "/academies/{slug}/courses/{course}/activities/{activity}/quiz/attempts";

    private final QuizPlaces places;
    private final Quizzes quizzes;
    private final Clock clock;

    AttemptController(QuizPlaces places, Quizzes quizzes, Clock clock) {
        this.places = places;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @PostMapping(BASE)
    String start(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            RedirectAttributes redirect) {
        QuizPlace place = places.find(slug, course, activity);
        try {
            QuizAttemptView attempt = quizzes.start(Viewing.required(), place.activity().id());
            return "redirect:" + place.attemptPath(attempt.id().value());
        } catch (QuizRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
            return "redirect:" + place.activityPath();
        }
    }

    @GetMapping(BASE + "/{attempt}")
    String show(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable String attempt, Model model) {
        QuizPlace place = places.find(slug, course, activity);
        QuizAttemptView view = attemptOf(place, Viewing.required(), attempt);
        if (view.status() != QuizAttemptStatus.IN_PROGRESS) {
            return "redirect:" + place.attemptPath(view.id().value()) + "/result";
        }
        return page(place, view, model);
    }

    @PostMapping(BASE + "/{attempt}")
    String answer(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable String attempt, @RequestParam(name = "action", defaultValue = "save") String action,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        QuizPlace place = places.find(slug, course, activity);
        AccountId actor = Viewing.required();
        QuizAttemptView view = attemptOf(place, actor, attempt);
        String result = place.attemptPath(view.id().value()) + "/result";
        if (view.status() != QuizAttemptStatus.IN_PROGRESS) {
            // Submitted already (a second click, the back button): the result, as it was graded.
            return "redirect:" + result;
        }
        Map<QuestionId, QuizAnswer> typed = TypedAnswers.from(form, view);
        try {
            if ("submit".equals(action)) {
                QuizSubmission submission = quizzes.submit(actor, view.id(), typed);
                if (submission.refused()) {
                    Flash.error(redirect, submission.refusal());
                } else {
                    Flash.success(redirect, "quiz.attempt.submitted");
                }
                return "redirect:" + result;
            }
            quizzes.saveAnswers(actor, view.id(), typed);
            Flash.success(redirect, "quiz.attempt.saved");
            return "redirect:" + place.attemptPath(view.id().value());
        } catch (QuizRefusal refusal) {
            if (refusal.code().equals("quiz.answer.invalid")) {
                model.addAttribute("refusal", refusal);
                return page(place, TypedAnswers.keeping(view, typed), model);
            }
            // Too late to save: the attempt is closed on what was saved before, and its result shown.
            Flash.error(redirect, refusal.code(), refusal.arguments());
            quizzes.submit(actor, view.id(), Map.of());
            return "redirect:" + result;
        }
    }

    @GetMapping(BASE + "/{attempt}/result")
    String result(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @PathVariable String attempt, Model model) {
        QuizPlace place = places.find(slug, course, activity);
        AccountId actor = Viewing.required();
        QuizAttemptResult result = quizzes.result(actor, new QuizAttemptId(Viewing.uuid(attempt)));
        if (!result.activity().equals(place.activity().id())) {
            throw new NotFoundException("attempt");
        }
        if (result.status() == QuizAttemptStatus.IN_PROGRESS && result.learner().equals(actor)) {
            return "redirect:" + place.attemptPath(result.attempt().value());
        }
        model.addAttribute("place", place);
        model.addAttribute("result", result);
        model.addAttribute("own", result.learner().equals(actor));
        return "academy/quiz/result";
    }

    private QuizAttemptView attemptOf(QuizPlace place, AccountId actor, String attempt) {
        QuizAttemptView view = quizzes.attempt(actor, new QuizAttemptId(Viewing.uuid(attempt)));
        if (!view.activity().equals(place.activity().id())) {
            throw new NotFoundException("attempt");
        }
        return view;
    }

    private String page(QuizPlace place, QuizAttemptView view, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("attempt", view);
        if (view.deadline() != null) {
            Duration left = Duration.between(clock.instant(), view.deadline());
            model.addAttribute("deadline", view.deadline().toString());
            model.addAttribute("minutesLeft", Math.max(0, (left.getSeconds() + 59) / 60));
        }
        return "academy/quiz/attempt";
    }
}
