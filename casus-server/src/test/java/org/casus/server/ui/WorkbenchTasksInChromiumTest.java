package org.casus.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.casus.brief.Chromium;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the command line does for an analyst, done in the workbench (#17), against a real server in
 * headless Chromium: answer a question with a statement and add a claim to a statement (casus record
 * answer, add-claim), export the record and load a file (record export, load --merge), a briefing with
 * a scenario, arrangements to compare and a format (casus brief), a simulation with the tornado
 * (casus compare --tornado) and a council's voting power (casus power COUNCIL); then a viewer reads
 * the same pages and is told what the role does not allow. The tests run in order: the viewer's
 * sees the record the analyst's made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTasksInChromiumTest extends InChromium {
    private static final String ALASKA = "alaska-2025-article-5-like";
    private static final String QUOTE = "Guarantees only without a Russian veto";

    /** The statement the analyst recorded, which later tests answer with and find in files. */
    private static String statement;

    @Test
    @Order(1)
    void an_analyst_answers_a_question_with_a_statement_and_adds_a_claim_to_it() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("ana (analyst)"));
        browser.get(server.url() + "/#/record");
        waitFor(By.id("source-title"), WebElement::isDisplayed).sendKeys("Readout of 16 April");
        browser.findElement(By.id("source-submit")).click();
        waitFor(By.id("source-result"), e -> e.getText().matches("Source \\d+ added\\."));
        browser.findElement(By.id("statement-actor")).sendKeys("UA");
        setValue(browser.findElement(By.id("statement-date")), "2022-04-16");
        browser.findElement(By.id("statement-quote")).sendKeys(QUOTE);
        browser.findElement(By.id("statement-submit")).click();
        String recorded = waitFor(By.id("statement-result"), e -> e.getText().matches("Statement \\d+ recorded\\."))
                .getText();
        statement = recorded.replaceAll("\\D", "");

        // the questions of the draft's check, then the first answered by the statement
        new Select(browser.findElement(By.id("questions-arrangement"))).selectByValue(DRAFT);
        browser.findElement(By.id("questions-open")).click();
        WebElement open = waitFor(By.cssSelector("[data-test=question]"), e -> e.getText().contains("open"));
        String question = open.getAttribute("data-id");
        new Select(open.findElement(By.id("answer-statement-" + question))).selectByValue(statement);
        open.findElement(By.cssSelector("[data-test=question-answer]")).click();
        By row = By.cssSelector("[data-test=question][data-id='" + question + "']");
        waitFor(row, e -> e.findElement(By.cssSelector("[data-test=question-status]")).getText().equals("answered"));
        assertThat(browser.findElement(row).findElement(By.cssSelector("[data-test=question-answered-by]")).getText())
                .isEqualTo("statement " + statement);

        // a claim on the statement, from its row in the statements table
        By statementRow = By.cssSelector("#statements [data-test=statement][data-id='" + statement + "']");
        waitFor(statementRow, WebElement::isDisplayed).findElement(By.cssSelector("[data-test=statement-add-claim]")).click();
        assertThat(new Select(browser.findElement(By.id("claim-form-statement"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(statement);
        new Select(browser.findElement(By.id("claim-form-arrangement"))).selectByValue(DRAFT);
        browser.findElement(By.id("claim-form-clause")).sendKeys("decision.rule");
        new Select(browser.findElement(By.id("claim-form-modality"))).selectByValue("demand");
        browser.findElement(By.id("claim-form-value")).sendKeys("aggressor excluded");
        browser.findElement(By.id("claim-form-submit")).click();
        waitFor(By.id("claim-form-result"), e -> e.getText().matches("Claim \\d+ added to statement " + statement + "\\."));
        waitFor(statementRow, e -> e.findElement(By.cssSelector("[data-test=statement-claims]")).getText()
                .contains(DRAFT + ":decision.rule demand \"aggressor excluded\""));
        WebElement position = waitFor(By.cssSelector("[data-test=positions] [data-test=position][data-actor=UA]"),
                WebElement::isDisplayed);
        assertThat(position.getText()).contains("demand").contains("aggressor excluded").contains(QUOTE);

        // a claim on no clause is refused, and the page says why
        browser.findElement(By.id("claim-form-clause")).sendKeys("s");
        browser.findElement(By.id("claim-form-submit")).click();
        waitFor(By.cssSelector("#claim-form-result [data-test=error]"), e -> e.getText().contains("no clause 'decision.rules'"));
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE)
                .allSatisfy(e -> assertThat(e.getMessage()).contains("/api/record/claims").contains("400"));
    }

    @Test
    @Order(2)
    void an_analyst_exports_the_record_and_loads_the_file_back_only_when_merging() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("analyst"));
        browser.get(server.url() + "/#/record");
        waitFor(By.id("record-export"), WebElement::isDisplayed).click();
        WebElement link = waitFor(By.id("record-export-link"), WebElement::isDisplayed);
        assertThat(link.getAttribute("download")).isEqualTo("casus-record.json");
        assertThat(link.getAttribute("href")).startsWith("blob:");
        String exported = blobText(link);
        assertThat(exported).contains(QUOTE).contains("aggressor excluded").contains("\"answered\"");

        Path file = Files.createTempDirectory("casus-browser").resolve("casus-record.json");
        Files.writeString(file, exported);
        browser.findElement(By.id("record-file")).sendKeys(file.toString());
        browser.findElement(By.id("record-load")).click();
        waitFor(By.cssSelector("#record-load-result [data-test=error]"), e -> e.getText().contains("the record is not empty"));
        browser.findElement(By.id("record-merge")).click();
        browser.findElement(By.id("record-load")).click();
        waitFor(By.id("record-load-result"), e -> e.getText().equals(
                "Loaded 0 statement(s) from casus-record.json; 1 already in the record."));
        assertThat(browser.findElements(By.cssSelector("#statements [data-test=statement]"))).hasSize(1);

        new Select(browser.findElement(By.id("export-format"))).selectByValue("csv");
        browser.findElement(By.id("record-export")).click();
        WebElement csv = waitFor(By.id("record-export-link"), e -> "casus-record.csv".equals(e.getAttribute("download")));
        assertThat(blobText(csv)).startsWith("casus,statement,").contains(QUOTE);
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE)
                .allSatisfy(e -> assertThat(e.getMessage()).contains("/api/record/load").contains("400"));
    }

    @Test
    @Order(3)
    void an_analyst_chooses_the_briefings_scenario_comparisons_and_format() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("analyst"));
        browser.get(server.url() + "/#/arrangement/" + DRAFT);
        WebElement scenario = waitFor(By.id("brief-scenario"), WebElement::isDisplayed);
        assertThat(new Select(scenario).getFirstSelectedOption().getAttribute("value"))
                .as("a scenario that attacks the state the draft protects").isEqualTo("ukraine-attacked-by-russia");

        // comparing needs a scenario: the page says so without asking the server
        new Select(scenario).selectByValue("");
        browser.findElement(By.id("brief-against-summary")).click();
        browser.findElement(By.id("brief-against-" + ALASKA)).click();
        assertThat(browser.findElement(By.id("brief-against-summary")).getText()).contains("1 chosen");
        browser.findElement(By.id("brief-download")).click();
        waitFor(By.cssSelector("#brief-file [data-test=error]"), e -> e.getText().contains("needs a scenario"));

        new Select(scenario).selectByValue("ukraine-attacked-by-russia");
        new Select(browser.findElement(By.id("brief-format"))).selectByValue("md");
        browser.findElement(By.id("brief-download")).click();
        WebElement brief = new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("brief-link")));
        assertThat(brief.getAttribute("download")).isEqualTo(DRAFT + "-briefing.md");
        String markdown = blobText(brief);
        assertThat(markdown).contains("scenario ukraine-attacked-by-russia").contains(ALASKA)
                .doesNotContain("No crisis scenario was given");

        new Select(browser.findElement(By.id("brief-format"))).selectByValue("pdf");
        browser.findElement(By.id("brief-download")).click();
        WebElement pdf = new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("brief-link")).stream()
                        .filter(e -> (DRAFT + "-briefing.pdf").equals(e.getAttribute("download"))).findFirst().orElse(null));
        assertThat(blobText(pdf)).startsWith("%PDF");
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE).isEmpty();
    }

    @Test
    @Order(4)
    void an_analyst_runs_a_simulation_with_the_tornado() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("analyst"));
        browser.get(server.url() + "/#/simulation?a=" + DRAFT);
        WebElement runs = waitFor(By.id("sim-runs"), WebElement::isDisplayed);
        runs.clear();
        runs.sendKeys("200");
        WebElement perBar = browser.findElement(By.id("sim-sensitivity-runs"));
        assertThat(perBar.isEnabled()).as("runs per bar only with the tornado").isFalse();
        browser.findElement(By.id("sim-tornado")).click();
        perBar.clear();
        perBar.sendKeys("50");
        browser.findElement(By.id("sim-run")).click();
        WebElement tornado = new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("[data-test=sim-tornado][data-id=" + DRAFT + "]")));
        assertThat(tornado.getText()).contains("Which assumption drives the verdict of " + DRAFT + " against none");
        assertThat(tornado.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("sim-status")).getText()).isEqualTo("Done.");
        screenshot("workbench-tornado.png");
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE).isEmpty();
    }

    @Test
    @Order(5)
    void an_analyst_reads_a_councils_voting_power() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("analyst"));
        waitFor(By.id("link-councils"), WebElement::isDisplayed).click();
        waitFor(By.cssSelector("[data-test=council-row][data-id=eu-council-qmv]"), WebElement::isDisplayed);
        browser.findElement(By.cssSelector("[data-test=council-row][data-id=un-security-council] a")).click();
        waitFor(By.cssSelector("[data-test=power-chart] svg"), WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector("[data-test=power-row]"))).hasSize(15);
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Veto players")
                .contains("US, GB, FR, RU, CN");

        new Select(browser.findElement(By.id("power-against"))).selectByValue("RU");
        WebElement blocked = waitFor(By.cssSelector("[data-test=power-blocked]"), WebElement::isDisplayed);
        assertThat(blocked.getText()).contains("no coalition of the others can pass the rule");
        assertThat(browser.getCurrentUrl()).endsWith("#/council/un-security-council?against=RU");
        screenshot("workbench-council.png");

        browser.get(server.url() + "/#/council/security-council");
        waitFor(By.cssSelector("[data-test=error]"), e -> e.getText().contains("no council 'security-council'"));
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE)
                .allSatisfy(e -> assertThat(e.getMessage()).contains("/api/councils/security-council").contains("404"));
    }

    @Test
    @Order(6)
    void a_viewer_sees_the_tasks_read_only_or_is_told_the_role_does_not_allow_them() throws Exception {
        logIn(VIEWER, VIEWER_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("vic (viewer)"));
        browser.get(server.url() + "/#/record");
        WebElement row = waitFor(By.cssSelector("#statements [data-test=statement]"), WebElement::isDisplayed);
        assertThat(row.getText()).contains("decision.rule demand");
        assertThat(browser.findElements(By.cssSelector("[data-test=statement-add-claim]"))).isEmpty();
        assertThat(browser.findElements(By.id("claim-form"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=claim-forbidden]")).getText())
                .contains("not allowed for your role");
        assertThat(browser.findElements(By.cssSelector("[data-test=question]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=question-answer]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=question-answered-by]")).getText())
                .isEqualTo("statement " + statement);
        assertThat(browser.findElements(By.id("load-form"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=load-forbidden]")).getText())
                .contains("not allowed for your role");
        browser.findElement(By.id("record-export")).click();
        assertThat(blobText(waitFor(By.id("record-export-link"), WebElement::isDisplayed))).contains(QUOTE);

        // a viewer may read a briefing and a council's power, but not run a simulation
        browser.get(server.url() + "/#/arrangement/" + DRAFT);
        waitFor(By.id("brief-download"), WebElement::isDisplayed).click();
        WebElement brief = new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("brief-link")));
        assertThat(brief.getAttribute("download")).isEqualTo(DRAFT + "-briefing.html");
        browser.get(server.url() + "/#/simulation");
        waitFor(By.id("sim-tornado"), WebElement::isDisplayed);
        assertThat(browser.findElements(By.id("sim-run"))).isEmpty();
        assertThat(browser.findElement(By.id("sim-form")).getText()).contains("not allowed for your role");
        browser.get(server.url() + "/#/council/eu-council-qmv");
        waitFor(By.cssSelector("[data-test=power-row]"), WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector("[data-test=power-row]"))).hasSize(27);
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE).isEmpty();
    }

    /**
     * An arrangement of one's own: the template is checked as it stands, edited, analysed for power and
     * robustness on their usual pages, and briefed, all from the text (casus check FILE, power FILE,
     * robustness FILE, brief FILE); a viewer is told the role does not allow it.
     */
    @Test
    @Order(7)
    void an_analyst_starts_an_arrangement_of_their_own_and_analyses_and_briefs_it() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("analyst"));
        browser.findElement(By.id("link-new")).click();
        WebElement editor = waitFor(By.id("yaml-editor"), WebElement::isDisplayed);
        assertThat(editor.getAttribute("value")).contains("id: my-guarantee");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n# edited in the browser\n");
        waitFor(By.id("yaml-status"), e -> e.getText().startsWith("Valid."));
        browser.findElement(By.id("draft-power")).click();
        waitFor(By.cssSelector("[data-test=power-row]"), WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector("[data-test=power-row]"))).extracting(r -> r.getAttribute("data-actor"))
                .containsExactly("GB", "FR", "DE");
        assertThat(browser.findElement(By.cssSelector(".crumbs")).getText()).contains("my-guarantee (your own)");
        browser.findElement(By.cssSelector(".crumbs a[href='#/new']")).click();
        waitFor(By.id("draft-robustness"), WebElement::isDisplayed).click();
        WebElement ru = waitFor(By.cssSelector("[data-test=robustness-row][data-aggressor=RU]"), WebElement::isDisplayed);
        assertThat(ru.getText()).contains("yes");
        browser.get(server.url() + "/#/new");
        assertThat(waitFor(By.id("yaml-editor"), WebElement::isDisplayed).getAttribute("value"))
                .as("kept in the tab").contains("# edited in the browser");
        browser.findElement(By.id("draft-simulate")).click();
        assertThat(waitFor(By.id("sim-draft"), WebElement::isDisplayed).isSelected()).isTrue();
        new Select(browser.findElement(By.id("sim-scenario"))).selectByValue("ukraine-attacked-by-russia");
        WebElement simRuns = browser.findElement(By.id("sim-runs"));
        simRuns.clear();
        simRuns.sendKeys("200");
        browser.findElement(By.id("sim-run")).click();
        WebElement own = new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("[data-test=sim-row][data-id=my-guarantee]")));
        assertThat(own.findElement(By.cssSelector("[data-test=verdict]")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("sim-permalink"))).as("no permalink for a text kept in the tab").isEmpty();
        browser.get(server.url() + "/#/new");
        waitFor(By.id("yaml-editor"), WebElement::isDisplayed);
        new Select(browser.findElement(By.id("brief-format"))).selectByValue("md");
        browser.findElement(By.id("brief-download")).click();
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(180))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("brief-link")));
        assertThat(blobText(link)).contains("A guarantee of my own").contains("ukraine-attacked-by-russia");
        assertThat(readConsole()).filteredOn(e -> e.getLevel() == Level.SEVERE).isEmpty();

        freshTab();
        logIn(VIEWER, VIEWER_PASSWORD);
        waitFor(By.id("who"), e -> e.getText().contains("viewer"));
        browser.get(server.url() + "/#/new");
        assertThat(waitFor(By.cssSelector("[data-test=draft-forbidden]"), WebElement::isDisplayed).getText())
                .contains("not allowed for your role");
    }

    /**
     * The pages these tasks added or filled (the record with its questions answered and claims added, the
     * briefing's options, the councils) as analyst and viewer, at a desktop's size and a phone's: axe-core
     * finds no violation, and nothing makes the phone's page wider than its screen.
     */
    @Test
    @Order(8)
    void the_new_pages_are_accessible_and_fit_a_phone() {
        List<String> pages = List.of("#/record", "#/arrangement/" + DRAFT, "#/simulation", "#/councils", "#/new",
                "#/council/un-security-council", "#/council/un-security-council?against=RU");
        assertAccessibleAndFitAPhone(pages);
    }
}
