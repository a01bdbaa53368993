package org.collegium.academy.course;

/**
 * Course texts go through the platform's one rich-text allow-list ({@link org.collegium.shared.web.RichText}).
 */
final class RichText {

    private RichText() {
    }

    static String sanitise(String html) {
        return org.collegium.shared.web.RichText.sanitise(html);
    }
}
