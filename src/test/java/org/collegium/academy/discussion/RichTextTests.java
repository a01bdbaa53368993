package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collegium.academy.DiscussionRefusal;
import org.junit.jupiter.api.Test;

class RichTextTests {

    @Test
    void removesScriptsAndEventHandlers() {
        String safe = RichText.sanitise("<p onclick=\"steal()\">Hello</p><script>alert('x')</script>"
                + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>");
        assertThat(safe).isEqualTo("<p>Hello</p>");
    }

    @Test
    void keepsTheAllowedFormattingAndMarksLinksNofollow() {
        String safe = RichText.sanitise("<h2>Plan</h2><p><strong>Budget</strong> and <em>timeline</em></p>"
                + "<ul><li>one</li></ul><blockquote>quoted</blockquote><a href=\"https://example.org/a\">link</a>");
        assertThat(safe).contains("<h2>Plan</h2>", "<strong>Budget</strong>", "<em>timeline</em>", "<li>one</li>",
                "<blockquote>quoted</blockquote>", "href=\"https://example.org/a\"", "rel=\"nofollow\"");
    }

    @Test
    void dropsLinksThatAreNotHttp() {
        assertThat(RichText.sanitise("<a href=\"javascript:alert(1)\">x</a><a href=\"mailto:a@b.c\">y</a>"))
                .doesNotContain("javascript", "mailto");
    }

    @Test
    void turnsPlainTextIntoParagraphsEscapingIt() {
        assertThat(RichText.sanitise("First line\nsecond line\n\nNew paragraph with 3 < 4"))
                .isEqualTo("<p>First line<br />second line</p><p>New paragraph with 3 &lt; 4</p>");
    }

    @Test
    void refusesABodyWithNothingLeftAfterSanitising() {
        assertThatThrownBy(() -> RichText.required("body", "<script>alert(1)</script>"))
                .isInstanceOf(DiscussionRefusal.class)
                .hasMessageContaining("discussion.body.required");
    }

    @Test
    void givesMailsThePlainWords() {
        assertThat(RichText.plain("<p>Tom &amp; Jerry</p><p>second</p>")).isEqualTo("Tom & Jerry\nsecond");
    }
}
