package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;

class ViewerLocaleResolverTests {

    private final ViewerLocaleResolver resolver = new ViewerLocaleResolver();

    @Test
    void takesTheFirstSupportedLanguageTheBrowserAccepts() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "mk-MK, mn;q=0.9, es;q=0.8, fr;q=0.7");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.of("es"));
    }

    @Test
    void theSwitcherWinsOverTheBrowser() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "es");
        request.setCookies(new Cookie(ViewerLocaleResolver.LANGUAGE_COOKIE, "fr"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void ignoresMalformedOrUnsupportedChoices() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", ";;;q=abc");
        request.setCookies(new Cookie(ViewerLocaleResolver.LANGUAGE_COOKIE, "xx"),
                new Cookie(ViewerLocaleResolver.ZONE_COOKIE, "Not/AZone"));
        TimeZoneAwareLocaleContext context = (TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request);
        assertThat(context.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(context.getTimeZone()).isEqualTo(TimeZone.getTimeZone("UTC"));
    }

    @Test
    void usesTheZoneTheBrowserReported() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(ViewerLocaleResolver.ZONE_COOKIE, "Africa/Porto-Novo"));
        TimeZoneAwareLocaleContext context = (TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request);
        assertThat(context.getTimeZone().getID()).isEqualTo("Africa/Porto-Novo");
    }
}
