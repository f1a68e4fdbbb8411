package org.casus.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.sim.SimulationOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(verdict).contains("It cannot activate against Russia (RU)").contains("it is WORSE")
                .containsPattern("decisive aid by day 60 changes by -\\d+\\.\\d percentage points \\(95% interval "
                        + "-\\d+\\.\\d to -\\d+\\.\\d\\)");
        assertThat(verdict).contains("The question that matters most: Will the guarantee activate if Russia (RU) itself attacks");
    }

    /** The power section shows the crisis the arrangement is for, not only a vote in which nobody attacks. */
    @Test
    void power_is_shown_with_the_named_threat_as_the_aggressor_too() {
        Document doc = Jsoup.parse(html());
        var power = doc.select("section").stream().filter(s -> s.select("h2").text().contains("Who holds power"))
                .findFirst().orElseThrow();
        assertThat(power.text()).contains("When nobody voting is the aggressor")
                .contains("When Russia (RU) is the aggressor, its side voting no, the power of the others");
        assertThat(power.select("table")).hasSize(2);
        assertThat(power.select("table").get(1).select("tbody tr")).extracting(e -> e.child(0).text())
                .doesNotContain("RU", "BY").contains("US", "CN");
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
        assertThat(simulation.select("thead th").get(5).text())
                .isEqualTo("difference in decisive aid, percentage points [95% interval]");
        assertThat(rows.get(0).select("td").get(5).text()).matches("-\\d+\\.\\d \\[-\\d+\\.\\d, -\\d+\\.\\d]");
        assertThat(rows.get(0).select("td").get(2).text()).matches("\\d+\\.\\d% \\[\\d+\\.\\d, \\d+\\.\\d]");
        assertThat(simulation.select("svg")).hasSize(3);
        assertThat(simulation.text()).contains("3000 runs, seed 1").contains("acting outside an arrangement, where it bars such help").contains("decisions: a common shock")
                .contains("support (low 0.667, mode 0.745, high 0.75)");
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
    void html_has_a_language_a_viewport_and_landmarks() {
        Document doc = Jsoup.parse(html());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
        assertThat(doc.select("body > header > h1")).hasSize(1);
        assertThat(doc.select("body > main > section")).hasSize(7);
        assertThat(doc.select("body > footer")).hasSize(1);
    }

    @Test
    void charts_scale_by_their_view_box() {
        for (var svg : Jsoup.parse(html()).select("div.chart svg")) {
            assertThat(svg.attr("viewBox")).isEqualTo("0 0 900 520");
        }
    }

    @Test
    void source_addresses_are_links() {
        var links = Jsoup.parse(html()).select("section").get(2).select("pre a[href]");
        assertThat(links).anySatisfy(a -> assertThat(a.attr("href"))
                .isEqualTo("https://wiadomosci.wp.pl/bylo-blisko-porozumienia-die-welt-pisze-o-warunkach-pokoju-7021349911817120a"));
        assertThat(links).allSatisfy(a -> assertThat(a.text()).isEqualTo(a.attr("href")));
    }

    @Test
    void provisions_show_their_uncertain_marks() {
        assertThat(Jsoup.parse(html()).select("section").get(2).text()).contains("UNCERTAIN: One report gives 343 tanks.");
    }

    @Test
    void markdown_on_standard_output_has_the_same_sections_and_says_where_the_charts_are() {
        String md = MarkdownRenderer.markdown(briefing);
        assertThat(md).contains("## 1. The verdict").contains("## 6. Crisis simulation against the alternatives")
                .contains("| 1 | critical | Will the guarantee activate if Russia (RU) itself attacks")
                .contains("**Chart 1.** Probability of decisive aid by day, with 95% bands.")
                .contains("writes it beside the file as FILE-3.svg")
                .doesNotContain("data:image").doesNotContain("<svg");
        assertThat(md.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(3000));
    }

    @Test
    void markdown_file_links_each_chart_written_beside_it(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("brief.md");
        List<Path> written = MarkdownRenderer.write(briefing, file);
        assertThat(written).containsExactly(file, dir.resolve("brief-1.svg"), dir.resolve("brief-2.svg"),
                dir.resolve("brief-3.svg"));
        String md = Files.readString(file);
        assertThat(md).contains("![Probability of decisive aid by day, with 95% bands.](brief-1.svg)")
                .contains("![Probability of any aid by day, with 95% bands.](brief-2.svg)")
                .contains("](brief-3.svg)").doesNotContain("data:image");
        assertThat(Files.readString(dir.resolve("brief-1.svg"))).startsWith("<?xml").contains("viewBox='0 0 900 520'");
    }

    @Test
    void pdf_is_rendered_with_numbered_pages_repeated_table_headers_and_links() throws IOException {
        try (PDDocument pdf = pdf(briefing)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(text(pdf, page, page)).contains("page " + page + " of " + pages);
            }
            // the questions table runs onto page 2, where its header is repeated
            assertThat(text(pdf, 2, 2)).contains("severity question why clause sources");
            List<String> links = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains("https://wiadomosci.wp.pl/bylo-blisko-porozumienia-die-welt-pisze-o-warunkach-"
                    + "pokoju-7021349911817120a");
        }
    }

    @Test
    void pdf_prints_polish_and_cyrillic_letters_in_every_face_from_embedded_fonts() throws IOException {
        Briefing letters = new Briefing("Było blisko porozumienia", "Договор о коллективной безопасности",
                List.of(new Section("Łódź и Ташкент", List.of(new Block.Paragraph("Zażółć gęślą jaźń", true),
                        new Block.Paragraph("Организация Договора", false), new Block.Method("Wirtualna Polska: Było"),
                        new Block.Items(List.of("Сергей Лавров")), new Block.Table(List.of("Kraj"), List.of(List.of("Беларусь"))),
                        new Block.Preformatted("[welt] Było blisko; [text-ru] Договор (Ташкент, 15.05.1992)")))),
                "Święty Кирилл");
        try (PDDocument pdf = pdf(letters)) {
            assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("Było blisko porozumienia",
                    "Договор о коллективной безопасности", "Łódź и Ташкент", "Zażółć gęślą jaźń", "Организация Договора",
                    "Wirtualna Polska: Było", "Сергей Лавров", "Беларусь", "[text-ru] Договор (Ташкент, 15.05.1992)",
                    "Święty Кирилл").doesNotContain("#");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).containsPattern("\\+DejaVuSans"));
        }
    }

    private static PDDocument pdf(Briefing briefing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.pdf(briefing, out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return Loader.loadPDF(pdf);
    }

    /** The text of pages {@code from} to {@code to}, runs of white space as one space. */
    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
