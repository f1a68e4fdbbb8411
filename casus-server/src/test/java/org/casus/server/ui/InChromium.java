package org.casus.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.casus.brief.Chromium;
import org.casus.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the workbench's browser tests share: a real server ({@link TestServer}: random port, fresh H2, the
 * repository's library) with an analyst and a viewer, Debian's headless Chromium, a fresh tab per test, and
 * the steps every test takes (log in, wait, read the console, check a page with axe-core and at a phone's
 * width).
 */
abstract class InChromium {
    static final String ANALYST = "ana";
    static final String ANALYST_PASSWORD = "analyst-tulip-cobalt-91";
    static final String VIEWER = "vic";
    static final String VIEWER_PASSWORD = "viewer-password-for-the-test";
    static final String DRAFT = "istanbul-2022-draft-ru";
    private static final Dimension DESKTOP = new Dimension(1400, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension TALL = new Dimension(1280, 2200);

    static TestServer server;
    static ChromeDriver browser;
    /** Every browser console entry read so far in the current test. */
    final List<LogEntry> console = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        if (System.getProperty("casus.library") == null) {
            System.setProperty("casus.library", Path.of("..", "library").toAbsolutePath().normalize().toString());
        }
        server = TestServer.start();
        server.createUser(ANALYST, ANALYST_PASSWORD, "analyst");
        server.createUser(VIEWER, VIEWER_PASSWORD, "viewer");
        browser = Chromium.start(TALL.getWidth(), TALL.getHeight());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void freshTab() {
        browser.get(server.url() + "/");
        browser.executeScript("sessionStorage.clear();");
        browser.navigate().refresh();
        readConsole();
        console.clear();
    }

    /** Logs in, keeping each Blob the page makes a URL of (the tests navigate by address within this page). */
    static void logIn(String name, String password) {
        browser.executeScript("if (!window.casusTestBlobs) { window.casusTestBlobs = {}; const make = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { const url = make(blob); window.casusTestBlobs[url] = blob; return url; }; }");
        WebElement field = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-name")));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    static WebElement waitFor(By locator, Predicate<WebElement> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(locator).stream().filter(condition).findFirst().orElse(null));
    }

    /** Sets a field's value directly (date inputs take typed keys in the locale's order). */
    static void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            fail("an alert is open: stored markup ran as script");
        } catch (NoAlertPresentException expected) {
            // inert, as it must be
        }
    }

    /**
     * The text of the file behind a Blob link. The page's Content-Security-Policy does not let it fetch
     * a blob: address, so the Blob itself is read, as {@link #logIn} keeps every Blob the page links to.
     */
    static String blobText(WebElement link) {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const blob = (window.casusTestBlobs || {})[arguments[0]];"
                + "blob ? blob.text().then(done) : done('no Blob behind ' + arguments[0]);", link.getAttribute("href"));
    }

    List<LogEntry> readConsole() {
        console.addAll(browser.manage().logs().get(LogType.BROWSER).getAll());
        return console;
    }

    /** Saves a screenshot under {@code target/}, a phone's with {@code -phone} before the extension. */
    static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        boolean phone = browser.manage().window().getSize().getWidth() < 600;
        Path saved = Path.of("target", phone ? name.replace(".png", "-phone.png") : name);
        Files.createDirectories(saved.getParent());
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isGreaterThan(10_000);
    }

    /** axe-core finds no violation on the page as it is now ({@code where} says which, in a failure). */
    static void assertAccessible(String where) {
        Results axe = new AxeBuilder().analyze(browser);
        assertThat(axe.getViolations()).as(where + ": " + axe.getViolations().stream().map(v -> v.getId() + " "
                + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList()).isEmpty();
    }

    /** On a phone's screen, whatever page a test ends on is no wider than the screen. */
    static void assertFitsThePhone() {
        long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as(browser.getCurrentUrl() + " is wider than the phone by " + overflow + " px: "
                + browser.executeScript(WIDEST)).isLessThanOrEqualTo(0);
    }

    /** The outermost elements that reach past the screen's right edge, named for a failure message. */
    private static final String WIDEST = """
            const out = [];
            const past = (e) => e.getBoundingClientRect().right > window.innerWidth + 1;
            for (const e of document.querySelectorAll('body *')) {
              if (past(e) && !past(e.parentElement)) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                    + ' right ' + Math.round(e.getBoundingClientRect().right));
              }
            }
            return out.slice(0, 5).join(', ');""";

    /**
     * Each page, as the analyst and as the viewer, at a desktop's size and a phone's (390 x 844): axe-core
     * finds no violation, and at the phone's size nothing makes the page wider than the screen.
     */
    void assertAccessibleAndFitAPhone(List<String> pages) {
        for (String[] user : List.of(new String[] {ANALYST, ANALYST_PASSWORD}, new String[] {VIEWER, VIEWER_PASSWORD})) {
            freshTab();
            logIn(user[0], user[1]);
            waitFor(By.id("who"), e -> e.getText().contains(user[0]));
            try {
                for (Dimension size : List.of(DESKTOP, PHONE)) {
                    browser.manage().window().setSize(size);
                    for (String page : pages) {
                        browser.get(server.url() + "/" + page);
                        waitFor(By.cssSelector("main h1"), WebElement::isDisplayed);
                        new WebDriverWait(browser, Duration.ofSeconds(30))
                                .until(d -> d.findElements(By.cssSelector("main p.loading")).isEmpty());
                        assertAccessible(user[0] + " " + page + " at " + size);
                        if (size.equals(PHONE)) {
                            assertFitsThePhone();
                        }
                    }
                }
            } finally {
                browser.manage().window().setSize(TALL);
            }
        }
    }
}
