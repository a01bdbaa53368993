package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void keepsOnlyTheHighlightTagsAsMarkup() {
        assertThat(Snippets.safe("<script>x</script> the <mark>water</mark> <b>plan</b>"))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt; the <mark>water</mark> &lt;b&gt;plan&lt;/b&gt;");
    }

    @Test
    void leavesLettersAsTheyAre() {
        assertThat(Snippets.safe("L’<mark>évaluation</mark> à Dogbo")).isEqualTo("L’<mark>évaluation</mark> à Dogbo");
    }

    @Test
    void doesNotEscapeTwiceWhatTheBackendEscaped() {
        assertThat(Snippets.safe("&lt;b&gt; l&#39;<mark>eau</mark> &amp; co"))
                .isEqualTo("&lt;b&gt; l&#39;<mark>eau</mark> &amp; co");
    }
}
