package org.casus.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A briefing as Markdown. A chart is an SVG file beside the Markdown file, shown by a relative
 * image link, rather than a data URI: a base64 line of 150 KB is shown by few viewers and buries
 * the text for a reader of the source. On standard output, where no file can sit beside it, a
 * chart is named by its caption and the line says where it can be had.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /** The briefing for standard output: each chart as its caption and where to get it. */
    public static String markdown(Briefing briefing) {
        return render(briefing, (number, chart) -> "**Chart " + number + ".** " + chart.caption() + "\n\n_Not shown "
                + "on standard output: `casus brief` with `-o FILE.md` writes it beside the file as FILE-" + number
                + ".svg, and the HTML and PDF briefings draw it._\n");
    }

    /**
     * Writes the briefing to {@code file}, and each chart beside it as {@code NAME-1.svg},
     * {@code NAME-2.svg}, ... for {@code NAME.md}; returns the files written, the Markdown first.
     */
    public static List<Path> write(Briefing briefing, Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<Path> written = new ArrayList<>(List.of(file));
        List<String> svgs = new ArrayList<>();
        String text = render(briefing, (number, chart) -> {
            String svg = stem + "-" + number + ".svg";
            written.add(file.resolveSibling(svg));
            svgs.add(chart.svg());
            return "![" + chart.caption() + "](" + svg.replace(" ", "%20") + ")\n\n_" + chart.caption() + "_\n";
        });
        Files.writeString(file, text);
        for (int i = 0; i < svgs.size(); i++) {
            Files.writeString(written.get(i + 1), svgs.get(i));
        }
        return List.copyOf(written);
    }

    /** The Markdown, with {@code chart} giving the text of the n-th chart (from 1). */
    private static String render(Briefing briefing, BiFunction<Integer, Block.Chart, String> chart) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(briefing.title()).append("\n\n_").append(briefing.subtitle()).append("_\n");
        int number = 1;
        List<Block.Chart> charts = new ArrayList<>();
        for (Section section : briefing.sections()) {
            out.append("\n## ").append(number++).append(". ").append(section.title()).append("\n\n");
            for (Block block : section.blocks()) {
                render(block, out, charts, chart);
                out.append('\n');
            }
        }
        out.append("---\n\n_").append(briefing.footer()).append("_\n");
        return out.toString();
    }

    private static void render(Block block, StringBuilder out, List<Block.Chart> charts,
                               BiFunction<Integer, Block.Chart, String> chart) {
        switch (block) {
            case Block.Paragraph p -> out.append(p.emphasis() ? "**" + p.text() + "**" : p.text()).append('\n');
            case Block.Method m -> out.append('_').append(m.text()).append("_\n");
            case Block.Preformatted pre -> out.append("```\n").append(pre.text().stripTrailing()).append("\n```\n");
            case Block.Items items -> items.items().forEach(item -> out.append("- ").append(item).append('\n'));
            case Block.Table table -> {
                row(table.headers(), out);
                out.append("|").append("---|".repeat(table.headers().size())).append('\n');
                table.rows().forEach(row -> row(row, out));
            }
            case Block.Chart c -> {
                charts.add(c);
                out.append(chart.apply(charts.size(), c));
            }
        }
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }
}
