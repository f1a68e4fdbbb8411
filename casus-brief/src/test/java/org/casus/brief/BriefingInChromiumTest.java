package org.casus.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the briefing in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs), checks that it renders without console errors, and saves a screenshot in
 * {@code casus-brief/target/briefing.png}.
 */
class BriefingInChromiumTest {
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(1200, 2400);
        BriefingTest.build();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<LogEntry> open(Path page) {
        browser.get(page.toUri().toString());
        return browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Test
    void console_errors_are_seen_by_this_test() throws Exception {
        Path control = Files.createTempFile("control", ".html");
        Files.writeString(control, "<!DOCTYPE html><title>control</title><script>console.error('broken')</script>");
        assertThat(open(control)).anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.SEVERE));
    }

    /**
     * The labels of every chart (title, legend, axis names and ticks) whose box, as Chromium lays
     * it out, is not within the box of their svg: those a reader cannot see. JFreeSVG draws a
     * rotated axis name as glyph outlines in a rotated group, so such a group counts as a label.
     */
    @SuppressWarnings("unchecked")
    private static List<String> textOutsideItsChart() {
        List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.executeScript("""
                const labels = [];
                for (const svg of document.querySelectorAll('div.chart svg')) {
                  const box = svg.getBoundingClientRect();
                  for (const label of svg.querySelectorAll('text, g[transform^="matrix(0.0,-1.0"]')) {
                    const r = label.getBoundingClientRect();
                    labels.push({text: label.tagName === 'text' ? label.textContent : 'rotated axis name',
                        inside: r.left >= box.left - 1 && r.right <= box.right + 1
                            && r.top >= box.top - 1 && r.bottom <= box.bottom + 1});
                  }
                }
                return labels;""");
        assertThat(labels.stream().map(l -> (String) l.get("text")))
                .contains("days after the attack", "none", "istanbul-2022-draft-ua", "parameter at its low value",
                        "parameter at its high value", "50%")
                .filteredOn("rotated axis name"::equals).hasSize(3);
        return labels.stream().filter(l -> !(Boolean) l.get("inside")).map(l -> (String) l.get("text")).toList();
    }

    @Test
    void briefing_renders_without_console_errors() throws Exception {
        Path page = Path.of("target", "briefing.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, HtmlRenderer.html(BriefingTest.briefing));
        List<LogEntry> logs = open(page);
        assertThat(logs).noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
        assertThat(browser.getTitle()).startsWith("Treaty on Permanent Neutrality");
        assertThat(browser.findElements(By.cssSelector("section"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("div.chart svg"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("div.chart svg")).getSize().getWidth()).isGreaterThan(300);
        Results axe = new AxeBuilder().analyze(browser);
        assertThat(axe.getViolations()).as("axe-core on the briefing: " + axe.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList()).isEmpty();
        assertThat(textOutsideItsChart()).isEmpty();
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", "briefing.png");
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isGreaterThan(10_000);
    }
}
