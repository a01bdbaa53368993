package org.collegium.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page after a redirect. The code names a message in the bundles.
 * It travels in the session, which the database stores, so it and its arguments must be serializable.
 */
public record Flash(Kind kind, String code, Object[] arguments) implements java.io.Serializable {

    public enum Kind { SUCCESS, INFO, ERROR }

    public static void success(RedirectAttributes attributes, String code, Object... arguments) {
        attributes.addFlashAttribute("flash", new Flash(Kind.SUCCESS, code, arguments));
    }

    public static void info(RedirectAttributes attributes, String code, Object... arguments) {
        attributes.addFlashAttribute("flash", new Flash(Kind.INFO, code, arguments));
    }

    public static void error(RedirectAttributes attributes, String code, Object... arguments) {
        attributes.addFlashAttribute("flash", new Flash(Kind.ERROR, code, arguments));
    }

    public String cssClass() {
        return "flash flash-" + kind.name().toLowerCase();
    }
}
