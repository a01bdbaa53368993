package org.collegium.academy.course;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for the rich text authors write: paragraphs, emphasis, lists, headings 2 to 4, quotations, code,
 * simple tables and links to http(s) addresses (marked nofollow). Everything else, scripts and styles included,
 * is removed before the text is stored.
 */
final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "pre",
                    "table", "thead", "tbody", "tr", "th", "td", "caption")
            .allowAttributes("scope").matching(false, "row", "col").onElements("th")
            .allowElements("a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow")
            .toFactory();

    private RichText() {
    }

    static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
