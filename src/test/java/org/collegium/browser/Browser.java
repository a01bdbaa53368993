package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package, driven by its own chromedriver) that checks every page it visits
 * with axe-core against WCAG 2.2 A and AA. Locally it is skipped, with the reason, when Chromium or axe-core is
 * missing; in CI it must run.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final long MAX_BYTES = 60 * 1024;
    private static final long MAX_REQUESTS = 6;
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String baseUrl;
    private final String axeSource;
    private boolean narrow;

    private Browser(WebDriver driver, String baseUrl, String axeSource) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.axeSource = axeSource;
    }

    /** Starts Chromium, or skips the calling test (fails it in CI) when it cannot run here. */
    public static Browser open(int port) throws IOException {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " (apt-get install chromium)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " (apt-get install chromium-driver)"
                : !Files.isReadable(AXE) ? AXE + " (npm ci --prefix src/test/browser)" : null;
        if (missing != null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Browser tests must run in CI, but this is missing: " + missing);
            }
            System.out.println("Skipping browser test: missing " + missing);
            Assumptions.abort("missing " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,900", "--lang=en", "--user-data-dir=" + Files.createTempDirectory("collegium-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, Files.readString(AXE));
    }

    /** Opens a page of Collegium and checks it for accessibility and against the page-weight budget. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        checkWeight();
        return checkPage();
    }

    /** The accessibility check, and on a narrow screen also that nothing makes the page scroll sideways. */
    private Browser checkPage() {
        checkAccessibility();
        if (narrow) {
            assertThat(overflowsHorizontally()).as("horizontal overflow at 360 px on " + driver.getCurrentUrl()
                    + ", by " + overflowingElements()).isFalse();
        }
        return this;
    }

    /**
     * How the following pages are seen: the interface language (set as the language switcher would, in its
     * cookie) and the screen, either a desktop window or a 360 px wide phone, where every page is also checked
     * for horizontal overflow.
     */
    public Browser seenAs(String language, boolean narrowScreen) {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.get(baseUrl + "/favicon.svg");
        }
        driver.manage().deleteCookieNamed("collegium_lang");
        driver.manage().addCookie(new org.openqa.selenium.Cookie("collegium_lang", language, "/"));
        this.narrow = narrowScreen;
        return narrowScreen ? resize(360, 740) : resize(1280, 900);
    }

    /** Signs in through the sign-in form, starting from a fresh session. */
    public Browser signIn(String email, String password) {
        signOut();
        visit("/sign-in").type("email", email).type("password", password);
        return click("main form button[type=submit]");
    }

    /** Forgets the session (the language cookie stays). */
    public Browser signOut() {
        if (driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().getCookies().stream().filter(cookie -> !cookie.getName().equals("collegium_lang"))
                    .forEach(cookie -> driver.manage().deleteCookie(cookie));
        }
        return this;
    }

    /**
     * The budget of a first visit: at most 60 KB transferred (compressed) in at most 6 requests. Requests served
     * from the cache count as requests but transfer nothing.
     */
    public Browser checkWeight() {
        PageWeight weight = weight();
        assertThat(weight.requests()).as("requests for " + driver.getCurrentUrl()).isLessThanOrEqualTo(MAX_REQUESTS);
        assertThat(weight.bytes()).as("bytes transferred for " + driver.getCurrentUrl()).isLessThanOrEqualTo(MAX_BYTES);
        return this;
    }

    /** What loading the current page cost: requests made and bytes transferred, as the browser measured them. */
    public PageWeight weight() {
        Map<?, ?> weight = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(String.join("\n",
                "const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));",
                "return {requests: entries.length, bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0)};"));
        return new PageWeight(((Number) weight.get("requests")).longValue(), ((Number) weight.get("bytes")).longValue());
    }

    public record PageWeight(long requests, long bytes) {
    }

    public Browser checkAccessibility() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        Object violations = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(error => done(['axe failed: ' + error]));
                """, WCAG_TAGS);
        assertThat((List<?>) violations).as("WCAG 2.2 A/AA violations on " + driver.getCurrentUrl()).isEmpty();
        return this;
    }

    public Browser type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file for a file input, as a person would in the file dialog. */
    public Browser attach(String fieldId, Path file) {
        driver.findElement(By.id(fieldId)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Ticks a radio button or checkbox found by CSS selector, staying on the page. */
    public Browser check(String cssSelector) {
        WebElement choice = driver.findElement(By.cssSelector(cssSelector));
        if (!choice.isSelected()) {
            choice.click();
        }
        return this;
    }

    public Browser select(String fieldId, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(fieldId))).selectByValue(value);
        return this;
    }

    /** Clicks a button or link found by CSS selector and waits for the next page, then checks it. */
    public Browser click(String cssSelector) {
        WebElement element = driver.findElement(By.cssSelector(cssSelector));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> isGone(element));
        return checkPage();
    }

    /**
     * Whether the element left the document with the page it was on. Chromium reports a node of an unloaded page
     * either as stale or, during the swap, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks an element that updates the page in place (htmx), waits until the text appears, then checks the page. */
    public Browser clickAndWaitForText(String cssSelector, String expectedText) {
        driver.findElement(By.cssSelector(cssSelector)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), expectedText));
        return checkPage();
    }

    /**
     * Waits until the page's address contains the text: an htmx update that pushes its address has landed, even when
     * the text it shows was already on the page before.
     */
    public Browser waitForAddress(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> currentPath().contains(text));
        return checkPage();
    }

    /** Follows a link whose visible text is exactly this one. */
    public Browser clickLink(String text) {
        return click("a[href='" + driver.findElement(By.linkText(text)).getDomAttribute("href") + "']");
    }

    public Browser goTo(String absoluteUrl) {
        driver.get(absoluteUrl);
        return checkPage();
    }

    /** Runs a script in the page (tests use it to prove the accessibility check can fail). */
    public Browser run(String script) {
        ((JavascriptExecutor) driver).executeScript(script);
        return this;
    }

    /** Fetches a path with the page's session (for downloads such as CSV, which a visit would save to disk). */
    public String fetch(String path) {
        Object body = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)"
                        + ".catch(e => done('fetch failed: ' + e));", path);
        return String.valueOf(body);
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    public String pageText() {
        return text("body");
    }

    public String title() {
        return driver.getTitle();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The innermost elements that reach past the right edge of the window, to say what makes a page overflow. */
    private Object overflowingElements() {
        return ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)');
                """);
    }

    /** Whether the page scrolls sideways: content wider than the window breaks narrow screens. */
    public boolean overflowsHorizontally() {
        Map<?, ?> sizes = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        return ((Number) sizes.get("scroll")).longValue() > ((Number) sizes.get("client")).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
