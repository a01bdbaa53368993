package org.collegium.academy.enrolment.web;

import org.collegium.academy.Enrolments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My learning": the signed-in learner's enrolments, their progress and what to do next.
 */
@Controller
class LearningController {

    private final Enrolments enrolments;

    LearningController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping("/account/learning")
    String learning(Model model) {
        model.addAttribute("learning", enrolments.learningOf(Viewing.required()));
        return "academy/enrolment/learning";
    }
}
