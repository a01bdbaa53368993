package org.collegium.academy.discussion;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.collegium.academy.DiscussionRefusal;
import org.springframework.web.util.HtmlUtils;

/**
 * The bodies of posts: rich text kept to an allow-list of harmless elements (everything else, scripts and event
 * handlers included, is removed), or plain text whose paragraphs and line breaks are kept.
 */
final class RichText {

    static final int MAX_LENGTH = 20_000;

    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");

    private RichText() {
    }

    /** The safe form of what was typed: sanitised markup, or plain text turned into paragraphs. */
    static String sanitise(String input) {
        if (input == null) {
            return "";
        }
        String text = input.replace("\r\n", "\n").strip();
        String html = MARKUP.matcher(text).find() ? text : paragraphs(text);
        return org.collegium.shared.web.RichText.sanitise(html);
    }

    /** The sanitised body, refused when nothing is left of it or when it is too long. */
    static String required(String field, String input) {
        String safe = sanitise(input);
        if (plain(safe).isBlank()) {
            throw new DiscussionRefusal(field, "discussion.body.required");
        }
        if (safe.length() > MAX_LENGTH) {
            throw new DiscussionRefusal(field, "discussion.body.too-long", MAX_LENGTH);
        }
        return safe;
    }

    /** The words of sanitised markup, for mails. */
    static String plain(String safeHtml) {
        String text = safeHtml.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|li|h2|h3|h4|blockquote|pre|tr)>", "\n")
                .replaceAll("<[^>]*>", "");
        return HtmlUtils.htmlUnescape(text).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String paragraphs(String text) {
        return Arrays.stream(text.split("\n\\s*\n"))
                .filter(paragraph -> !paragraph.isBlank())
                .map(paragraph -> "<p>" + HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
    }
}
