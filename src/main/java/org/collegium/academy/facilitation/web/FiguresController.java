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

    /** The rows a table shows, the largest first: an academy of 10,000 runs must still load on a slow connection. */
    static final int TOP = 50;

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
        model.addAttribute("top", TOP);
        return "academy/facilitation/figures";
    }
}
