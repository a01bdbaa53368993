package org.collegium.academy.assignment;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for the rich text of assignments (instructions, feedback): paragraphs, emphasis, lists,
 * headings h2–h4, quotes, code, basic tables, and links to http(s) addresses that get rel="nofollow". Everything
 * else, scripts and event handlers first, is removed. The academy module had no such policy yet.
 */
final class AssignmentRichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code",
                    "pre", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .allowAttributes("scope").matching(false, "row", "col").onElements("th")
            .requireRelsOnLinks("nofollow")
            .toFactory();

    private AssignmentRichText() {
    }

    /** Safe HTML for th:utext; null stays null. */
    static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html).strip();
    }
}
