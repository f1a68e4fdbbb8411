package org.casus.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.sim.SimulationOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The briefing the issue asks for: the Russian draft against the Ukrainian one and none. */
class BriefingTest {
    static Library library;
    static Briefing briefing;

    @BeforeAll
    static synchronized void build() {
        if (briefing != null) {
            return;
        }
        library = LibraryLoader.load(Path.of(System.getProperty("casus.library")));
        briefing = new BriefingBuilder(library.arrangements().get("istanbul-2022-draft-ru"), library,
                library.scenarios().get("ukraine-attacked-by-russia"),
                List.of(library.arrangements().get("istanbul-2022-draft-ua"), library.arrangements().get("none")),
                new SimulationOptions(3000, 1, 2), 300).build();
    }

    static String html() {
        return HtmlRenderer.html(briefing);
    }

    @Test
    void verdict_names_russia_and_says_worse_than_no_arrangement() {
        Document doc = Jsoup.parse(html());
        String verdict = doc.select("section").get(0).text();
        assertThat(verdict).contains("It cannot activate against Russia (RU)").contains("it is WORSE");
        assertThat(verdict).contains("The question that matters most: Will the guarantee activate if Russia (RU) itself attacks");
    }

    @Test
    void questions_start_with_the_veto_trap_naming_russia() {
        Document doc = Jsoup.parse(html());
        var firstRow = doc.select("section").get(1).select("tbody tr").first().select("td");
        assertThat(firstRow.get(1).text()).isEqualTo("critical");
        assertThat(firstRow.get(2).text()).contains("Russia (RU) itself attacks");
        assertThat(firstRow.get(4).text()).isEqualTo("decision.rule [RU]");
    }

    @Test
    void simulation_section_has_verdicts_charts_and_assumptions() {
        Document doc = Jsoup.parse(html());
        var simulation = doc.select("section").get(5);
        var rows = simulation.select("tbody tr");
        assertThat(rows.get(0).select("td").get(0).text()).isEqualTo("istanbul-2022-draft-ru");
        assertThat(rows.get(0).select("td").get(4).text()).isEqualTo("worse");
        assertThat(rows.get(1).select("td").get(4).text()).isEqualTo("better");
        assertThat(rows.get(2).select("td").get(4).text()).isEqualTo("baseline");
        assertThat(simulation.select("svg")).hasSize(3);
        assertThat(simulation.text()).contains("3000 runs, seed 1").contains("acting outside an arrangement, where it bars such help").contains("decisions: a common shock");
    }

    @Test
    void html_is_self_contained() {
        String html = html();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, link, img[src^=http], iframe")).isEmpty();
        assertThat(html).doesNotContain("src=\"http").doesNotContain("@import");
        assertThat(doc.select("style")).hasSize(1);
    }

    @Test
    void provisions_show_their_uncertain_marks() {
        assertThat(Jsoup.parse(html()).select("section").get(2).text()).contains("UNCERTAIN: One report gives 343 tanks.");
    }

    @Test
    void markdown_has_the_same_sections() {
        String md = MarkdownRenderer.markdown(briefing);
        assertThat(md).contains("## 1. The verdict").contains("## 6. Crisis simulation against the alternatives")
                .contains("| 1 | critical | Will the guarantee activate if Russia (RU) itself attacks")
                .contains("![Probability of decisive aid by day");
    }

    @Test
    void pdf_is_rendered() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.pdf(briefing, out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(20_000);
    }
}
