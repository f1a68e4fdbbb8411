package org.casus.brief;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A briefing as one self-contained HTML page: styles inline, charts as inline SVG, no script and
 * no external request. Text is escaped by jsoup; the page prints cleanly.
 */
public final class HtmlRenderer {
    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #111;
                   max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
            h1 { font-size: 18pt; margin-bottom: 0.2em; }
            h2 { font-size: 13.5pt; border-bottom: 1px solid #999; margin-top: 1.6em; }
            p.subtitle { color: #444; margin-top: 0; }
            p.verdict { font-size: 11.5pt; font-weight: bold; }
            p.method, footer { color: #555; font-size: 9pt; font-style: italic; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 9.5pt; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; background: #f6f6f6;
                  padding: 0.6em; white-space: pre-wrap; }
            div.chart svg { width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #444; }
            @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
                           figure, table { page-break-inside: avoid; } }
            """;

    private HtmlRenderer() {
    }

    /** The page as HTML. */
    public static String html(Briefing briefing) {
        return render(briefing, false);
    }

    /** The page as XHTML, for the PDF renderer. */
    static String xhtml(Briefing briefing) {
        return render(briefing, true);
    }

    private static String render(Briefing briefing, boolean xml) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        if (xml) {
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        }
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(briefing.title());
        head.appendElement("style").appendChild(new DataNode(STYLE));
        Element body = doc.body();
        body.appendElement("h1").text(briefing.title());
        body.appendElement("p").addClass("subtitle").text(briefing.subtitle());
        List<String> charts = new ArrayList<>();
        int number = 1;
        for (Section section : briefing.sections()) {
            Element div = body.appendElement("section");
            div.appendElement("h2").text(number++ + ". " + section.title());
            for (Block block : section.blocks()) {
                render(block, div, charts);
            }
        }
        body.appendElement("footer").text(briefing.footer());
        String html = (xml ? "" : "<!DOCTYPE html>\n") + doc.outerHtml();
        for (int i = 0; i < charts.size(); i++) {
            html = html.replace(placeholder(i), charts.get(i));
        }
        return html;
    }

    private static void render(Block block, Element parent, List<String> charts) {
        switch (block) {
            case Block.Paragraph p -> parent.appendElement("p").addClass(p.emphasis() ? "verdict" : "text").text(p.text());
            case Block.Method m -> parent.appendElement("p").addClass("method").text(m.text());
            case Block.Preformatted pre -> parent.appendElement("pre").text(pre.text());
            case Block.Items items -> {
                Element list = parent.appendElement("ul");
                items.items().forEach(item -> list.appendElement("li").text(item));
            }
            case Block.Table table -> {
                Element t = parent.appendElement("table");
                Element header = t.appendElement("thead").appendElement("tr");
                table.headers().forEach(h -> header.appendElement("th").text(h));
                Element rows = t.appendElement("tbody");
                for (List<String> row : table.rows()) {
                    Element tr = rows.appendElement("tr");
                    row.forEach(cell -> tr.appendElement("td").text(cell));
                }
            }
            case Block.Chart chart -> {
                Element figure = parent.appendElement("figure");
                figure.appendElement("div").addClass("chart").text(placeholder(charts.size()));
                figure.appendElement("figcaption").text(chart.caption());
                charts.add(stripProlog(chart.svg()));
            }
        }
    }

    private static String placeholder(int index) {
        return "@@chart-" + index + "@@";
    }

    /** The SVG element alone, without the XML declaration and DOCTYPE JFreeSVG puts before it. */
    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }
}
