package org.collegium.academy.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentRichTextTests {

    @Test
    void removesScriptsHandlersAndUnsafeLinks() {
        String clean = AssignmentRichText.sanitise("<p onclick=\"steal()\">Read <a href=\"javascript:alert(1)\">this</a>"
                + "</p><script>alert(1)</script><img src=x onerror=alert(1)>");
        assertThat(clean).doesNotContain("script", "onclick", "javascript", "onerror", "<img");
        assertThat(clean).contains("<p>Read this</p>");
    }

    @Test
    void keepsTheAllowedFormattingAndMarksLinksNofollow() {
        String clean = AssignmentRichText.sanitise("<h2>Task</h2><ul><li><strong>Map</strong> your partners</li>"
                + "</ul><a href=\"https://example.org/guide\">guide</a>");
        assertThat(clean).contains("<h2>Task</h2>", "<li><strong>Map</strong> your partners</li>",
                "href=\"https://example.org/guide\"", "rel=\"nofollow\"");
    }
}
