package org.collegium.academy.assignment;


/**
 * The allow-list for the rich text of assignments (instructions, feedback): paragraphs, emphasis, lists,
 * headings h2–h4, quotes, code, basic tables, and links to http(s) addresses that get rel="nofollow". Everything
 * else, scripts and event handlers first, is removed. The academy module had no such policy yet.
 */
final class AssignmentRichText {

    private AssignmentRichText() {
    }

    /** Safe HTML for th:utext; null stays null. */
    static String sanitise(String html) {
        return html == null ? null : org.collegium.shared.web.RichText.sanitise(html);
    }
}
