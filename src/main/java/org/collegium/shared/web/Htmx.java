package org.collegium.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One URL, two renderings: htmx asks for the fragment, everyone else gets the full page.
 */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The view to render: the named fragment of the template for htmx, the whole template otherwise. */
    public static String view(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }
}
