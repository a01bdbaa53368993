package org.collegium.academy.certificate.web;

import java.util.Locale;
import java.util.TimeZone;

import org.collegium.shared.i18n.UiLanguages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.stereotype.Component;

/**
 * The language a certificate is shown in: the one asked for with {@code ?lang=} if the interface speaks it, else the
 * viewer's interface language. A page in a chosen language is rendered in that language as a whole, for this
 * response only (the viewer's own choice, kept by the language switcher, does not change).
 */
@Component
class CertificateLanguage {

    private final ThymeleafViewResolver views;

    CertificateLanguage(ThymeleafViewResolver views) {
        this.views = views;
    }

    static Locale of(String requested, Locale current) {
        return UiLanguages.supported(requested).or(() -> UiLanguages.supported(current)).orElse(UiLanguages.DEFAULT);
    }

    /** The template rendered in this language, dates and times included. */
    View view(String template, Locale language) throws Exception {
        TimeZone zone = LocaleContextHolder.getTimeZone();
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(language, zone));
        return views.resolveViewName(template, language);
    }
}
