package org.casus.brief;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A briefing as Markdown; charts become inline SVG images (data URIs), so the file stands alone. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String markdown(Briefing briefing) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(briefing.title()).append("\n\n_").append(briefing.subtitle()).append("_\n");
        int number = 1;
        for (Section section : briefing.sections()) {
            out.append("\n## ").append(number++).append(". ").append(section.title()).append("\n\n");
            for (Block block : section.blocks()) {
                render(block, out);
                out.append('\n');
            }
        }
        out.append("---\n\n_").append(briefing.footer()).append("_\n");
        return out.toString();
    }

    private static void render(Block block, StringBuilder out) {
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
            case Block.Chart chart -> out.append("![").append(chart.caption()).append("](data:image/svg+xml;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8)))
                    .append(")\n\n_").append(chart.caption()).append("_\n");
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
