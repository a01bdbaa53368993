package org.collegium.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.collegium.shared.LanguagePreferences;
import org.collegium.shared.Viewers;
import org.collegium.shared.i18n.UiLanguages;
import org.collegium.shared.web.LocalRedirect;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher: remembered in this browser, and in the profile of a signed-in viewer.
 */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final Optional<LanguagePreferences> preferences;

    LanguageController(LocaleResolver localeResolver, Optional<LanguagePreferences> preferences) {
        this.localeResolver = localeResolver;
        this.preferences = preferences;
    }

    @PostMapping("/language")
    String choose(@RequestParam("lang") String language, @RequestParam(name = "return", required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> locale = UiLanguages.supported(language);
        locale.ifPresent(chosen -> {
            localeResolver.setLocale(request, response, chosen);
            Viewers.current().ifPresent(viewer -> preferences.ifPresent(store -> store.remember(viewer, chosen)));
        });
        return LocalRedirect.to(back, "/");
    }
}
