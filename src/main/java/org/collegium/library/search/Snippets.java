package org.collegium.library.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Passages found by the highlighter come with their text escaped by the backend (the HTML encoder) and the words
 * found in {@code <mark>}. This escapes once more whatever is not one of those two tags, so that a passage is safe to
 * insert as HTML even if a backend escaped nothing.
 */
final class Snippets {

    private Snippets() {
    }

    static String safe(String passage) {
        StringBuilder safe = new StringBuilder();
        String rest = passage;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("<mark>");
            int close = rest.indexOf("</mark>");
            int next = open < 0 ? close : close < 0 ? open : Math.min(open, close);
            if (next < 0) {
                safe.append(escapeOnce(rest));
                break;
            }
            safe.append(escapeOnce(rest.substring(0, next)));
            String tag = next == open ? "<mark>" : "</mark>";
            safe.append(tag);
            rest = rest.substring(next + tag.length());
        }
        return safe.toString();
    }

    /** Escapes markup without escaping the entities the backend already wrote. */
    private static String escapeOnce(String text) {
        return HtmlUtils.htmlEscape(HtmlUtils.htmlUnescape(text), "UTF-8");
    }
}
