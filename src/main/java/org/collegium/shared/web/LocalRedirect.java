package org.collegium.shared.web;

/**
 * Keeps "return to" addresses on this site, so that no link can send people elsewhere after an action.
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static String to(String target, String fallback) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && target.chars().noneMatch(Character::isISOControl);
        return "redirect:" + (local ? target : fallback);
    }
}
