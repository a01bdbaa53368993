package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shell in a real browser: language switching, error pages, narrow screens, accessibility.
 */
@CollegiumIntegrationTest
class ShellBrowserTests {

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void switchesTheInterfaceLanguageAndKeepsIt() {
        browser.visit("/");
        assertThat(browser.language()).isEqualTo("en");
        browser.click("button[name=lang][value=fr]");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.text("h1")).isEqualTo("Les collectivités apprennent les unes des autres");
        browser.visit("/no-such-page");
        assertThat(browser.text("h1")).isEqualTo("Page introuvable");
        browser.click("button[name=lang][value=es]");
        assertThat(browser.text("h1")).isEqualTo("Página no encontrada");
    }

    @Test
    void theAccessibilityCheckCatchesAViolation() {
        browser.visit("/").run("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')");
        assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("image-alt");
    }

    @Test
    void measuresTheFirstVisitOfTheHomePage() {
        Browser.PageWeight weight = browser.visit("/").weight();
        System.out.println("Home page, first visit: " + weight.requests() + " requests, " + weight.bytes() + " bytes");
        assertThat(weight.requests()).isGreaterThanOrEqualTo(4);
        assertThat(weight.bytes()).isGreaterThan(10_000);
    }

    @Test
    void fitsANarrowScreen() {
        browser.resize(360, 740).visit("/");
        assertThat(browser.overflowsHorizontally()).isFalse();
    }
}
