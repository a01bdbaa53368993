package org.collegium.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.collegium.shared.Viewer;
import org.collegium.shared.Viewers;
import org.collegium.shared.i18n.UiLanguages;
import org.collegium.shared.time.TimeZones;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Chooses the interface language and time zone of each request.
 * Language: the switcher's choice in this browser, else the viewer's profile, else Accept-Language, else English.
 * Zone: the viewer's profile, else the zone the browser reported, else UTC.
 */
class ViewerLocaleResolver implements LocaleContextResolver {

    static final String LANGUAGE_COOKIE = "collegium_lang";
    static final String ZONE_COOKIE = "collegium_tz";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Optional<Viewer> viewer = Viewers.current();
        Locale locale = cookie(request, LANGUAGE_COOKIE).flatMap(UiLanguages::supported)
                .or(() -> viewer.flatMap(Viewer::preferredLocale).flatMap(UiLanguages::supported))
                .or(() -> acceptedLanguage(request))
                .orElse(UiLanguages.DEFAULT);
        TimeZone zone = viewer.flatMap(Viewer::zone).map(TimeZone::getTimeZone)
                .or(() -> cookie(request, ZONE_COOKIE).flatMap(TimeZones::parse).map(TimeZone::getTimeZone))
                .orElse(UTC);
        return new SimpleTimeZoneAwareLocaleContext(locale, zone);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolveLocaleContext(request).getLocale();
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : context.getLocale();
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale == null ? "" : locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(locale == null ? 0 : (int) Duration.ofDays(365).toSeconds());
        response.addCookie(cookie);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        setLocaleContext(request, response, locale == null ? null : () -> locale);
    }

    private static Optional<Locale> acceptedLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> UiLanguages.supported(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
