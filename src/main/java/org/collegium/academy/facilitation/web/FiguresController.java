package org.collegium.academy.facilitation.web;

import java.util.Locale;

import org.collegium.academy.facilitation.AcademyFigures;
import org.collegium.shared.time.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The academy's figures for its administrators and platform administrators.
 */
@Controller
class FiguresController {

    private final AcademyFigures figures;
    private final Times times;

    FiguresController(AcademyFigures figures, Times times) {
        this.figures = figures;
        this.times = times;
    }

    @GetMapping("/academies/{slug}/figures")
    String figures(@PathVariable String slug, Model model, Locale locale) {
        model.addAttribute("figures", figures.of(SignedIn.account(), slug, locale, times.viewerZone()));
        model.addAttribute("activeDays", 30);
        return "academy/facilitation/figures";
    }
}
