package org.collegium.shared.web;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for rich text that people write (course pages, instructions, feedback, forum posts):
 * paragraphs, emphasis, lists, headings 2 to 4, quotations, code, simple tables and links to http(s) addresses
 * (marked nofollow). Everything else, scripts and styles included, is removed before the text is stored.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "pre",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "a")
            .allowAttributes("scope").matching(false, "row", "col").onElements("th")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow")
            .toFactory();

    private RichText() {
    }

    /** The safe form of the markup, trimmed; empty for null. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
