package org.collegium.library.web;

import java.util.Locale;

import org.collegium.library.resource.Tombstone;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page of a withdrawn resource for the public, as repositories such as DSpace show it: the title, that it was
 * withdrawn and when, without its content, answered "410 Gone" so that harvesters and citations learn it.
 */
final class Tombstones {

    private Tombstones() {
    }

    static String render(Tombstone tombstone, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("tombstone", tombstone);
        model.addAttribute("withdrawnTitle", tombstone.title().in(locale));
        return "library/withdrawn";
    }
}
