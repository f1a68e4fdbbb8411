package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {
    private final CliRun cli = new CliRun();

    @Test
    void writes_the_format_its_extension_names(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"b.html", "b.md", "b.pdf"}) {
            Path file = dir.resolve(name);
            assertThat(cli.run("brief", "budapest-1994", "-o", file.toString())).as(cli.err()).isZero();
            assertThat(file).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("b.html"))).startsWith("<!DOCTYPE html>").contains("Budapest");
        assertThat(Files.readString(dir.resolve("b.md"))).startsWith("# Memorandum on Security Assurances");
        assertThat(Files.readAllBytes(dir.resolve("b.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(cli.out()).contains("(html)").contains("(md)").contains("(pdf)");
    }

    @Test
    void offers_addWhatToOfferInstead_withTheRedLinesAndTheFront(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.md");
        assertThat(cli.run("brief", "anzus-1951", "--offers-red-line", "US=veto", "-o", file.toString()))
                .as(cli.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains("What to offer instead")
                .contains("US demands that US keep at least a veto over every activation")
                .contains("| offer | rule | what changes | how hard to block |")
                .contains("casus design (docs/method-design.md)");
        // a veto over action against oneself contradicts activating against oneself
        assertThat(text).contains("No rule satisfies every red line");
    }

    @Test
    void a_markdown_file_gets_its_charts_as_svg_files_beside_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.md");
        assertThat(cli.run("brief", "istanbul-2022-draft-ru", "--scenario", "ukraine-attacked-by-russia", "--runs", "200",
                "--sensitivity-runs", "20", "-o", file.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("wrote " + file + " (md) and its charts b-1.svg, b-2.svg, b-3.svg"
                + System.lineSeparator());
        assertThat(Files.readString(file)).contains("![Probability of decisive aid by day, with 95% bands.](b-1.svg)")
                .contains("](b-3.svg)").doesNotContain("data:image");
        assertThat(Files.readString(dir.resolve("b-3.svg"))).contains("viewBox='0 0 900 520'");
    }

    @Test
    void a_dash_writes_markdown_to_standard_output_and_refuses_a_pdf(@TempDir Path dir) {
        assertThat(cli.run("brief", "budapest-1994", "-o", "-")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# Memorandum on Security Assurances").doesNotContain("wrote ");
        CliRun pdf = new CliRun();
        assertThat(pdf.run("brief", "budapest-1994", "--format", "pdf", "-o", "-")).isEqualTo(2);
        assertThat(pdf.err()).contains("a PDF briefing is written to a file: give -o FILE.pdf");
    }

    @Test
    void an_extension_that_names_no_format_is_refused_before_any_work(@TempDir Path dir) {
        assertThat(cli.run("brief", "budapest-1994", "-o", dir.resolve("b.docx").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("b.docx: the format is told by the extension (.html, .md or .pdf) or by --format");
        assertThat(dir.resolve("b.docx")).doesNotExist();
    }

    @Test
    void unknown_arrangement_is_bad_input(@TempDir Path dir) {
        assertThat(cli.run("brief", "atlantis-2030", "-o", dir.resolve("x.html").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("atlantis-2030: no such file or arrangement in the library");
        CliRun typo = new CliRun();
        assertThat(typo.run("brief", "nato-1948", "-o", dir.resolve("x.html").toString())).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'nato-1949'?");
    }
}
