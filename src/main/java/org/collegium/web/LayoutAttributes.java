package org.collegium.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.collegium.shared.Viewer;
import org.collegium.shared.Viewers;
import org.collegium.shared.i18n.UiLanguages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the layout needs on every page: who is looking, the interface languages, the current address.
 */
@ControllerAdvice
class LayoutAttributes {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewers.current().orElse(null);
    }

    @ModelAttribute("uiLanguages")
    List<UiLanguage> uiLanguages(Locale current) {
        return UiLanguages.ALL.stream()
                .map(locale -> new UiLanguage(locale.getLanguage(), locale.getDisplayLanguage(locale),
                        locale.getLanguage().equals(current.getLanguage())))
                .toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedPath != null) {
            return failedPath.toString();
        }
        String query = request.getQueryString();
        return request.getRequestURI() + Optional.ofNullable(query).map(q -> "?" + q).orElse("");
    }

    @ModelAttribute("viewerZone")
    String viewerZone(HttpServletRequest request) {
        return Optional.ofNullable(RequestContextUtils.getTimeZone(request)).map(zone -> zone.getID()).orElse("UTC");
    }

    record UiLanguage(String code, String name, boolean current) {
        public String capitalisedName() {
            return name.substring(0, 1).toUpperCase(Locale.of(code)) + name.substring(1);
        }
    }
}
