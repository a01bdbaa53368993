package org.collegium.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTests {

    @Test
    void keepsTheAllowedElements() {
        String html = "<h2>Budget</h2><p><strong>Plan</strong> and <em>act</em></p><ul><li>one</li></ul>"
                + "<blockquote>quote</blockquote><pre><code>x</code></pre>"
                + "<table><tr><th scope=\"col\">A</th></tr><tr><td>1</td></tr></table>";
        String safe = RichText.sanitise(html);
        assertThat(safe).contains("<h2>Budget</h2>", "<strong>Plan</strong>", "<em>act</em>", "<li>one</li>",
                "<blockquote>", "<code>x</code>", "<th scope=\"col\">A</th>", "<td>1</td>");
    }

    @Test
    void removesScriptsHandlersStylesAndUnsafeLinks() {
        String safe = RichText.sanitise("<p style=\"color:red\" onclick=\"x()\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">bad</a><a href=\"mailto:a@b.c\">mail</a><img src=x onerror=y>"
                + "<iframe src=\"https://evil.example\"></iframe><h1>Big</h1>");
        assertThat(safe).doesNotContain("script", "onclick", "style", "javascript", "mailto", "<img", "iframe", "<h1>")
                .contains("Hi", "Big");
    }

    @Test
    void linksToTheWebAreMarkedNofollow() {
        assertThat(RichText.sanitise("<a href=\"https://nalas.eu\">NALAS</a>"))
                .isEqualTo("<a href=\"https://nalas.eu\" rel=\"nofollow\">NALAS</a>");
    }
}
