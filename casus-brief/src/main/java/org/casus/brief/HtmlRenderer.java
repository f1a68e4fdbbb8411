package org.casus.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A briefing as one self-contained HTML page: styles inline, charts as inline SVG that scale to
 * the page, no script and no external request; web addresses in the text are links. Text is
 * escaped by jsoup. The print rules serve the PDF too: numbered A4 pages, table headers repeated on
 * every page a table spans, rows and figures kept whole, a heading kept with what follows it.
 */
public final class HtmlRenderer {
    /** A web address, without the punctuation that ends the sentence around it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:)\\]]");
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
                  padding: 0.6em; white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; }
            a { color: #0645ad; }
            figure { margin: 1em 0; }
            div.chart svg { display: block; width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #444; }
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                    @bottom-right { content: "page " counter(page) " of " counter(pages);
                                    font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 8pt; color: #555; } }
            @media print { body { margin: 0; max-width: none; }
                           h2 { page-break-after: avoid; -fs-page-break-min-height: 5cm; }
                           table { -fs-table-paginate: paginate; }
                           tr, figure, p.verdict { page-break-inside: avoid; } }
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
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(briefing.title());
        head.appendElement("style").appendChild(new DataNode(STYLE));
        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(briefing.title());
        header.appendElement("p").addClass("subtitle").text(briefing.subtitle());
        Element main = body.appendElement("main");
        List<String> charts = new ArrayList<>();
        int number = 1;
        for (Section section : briefing.sections()) {
            Element div = main.appendElement("section");
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
            case Block.Paragraph p -> linked(parent.appendElement("p").addClass(p.emphasis() ? "verdict" : "text"),
                    p.text());
            case Block.Method m -> linked(parent.appendElement("p").addClass("method"), m.text());
            case Block.Preformatted pre -> linked(parent.appendElement("pre"), pre.text());
            case Block.Items items -> {
                Element list = parent.appendElement("ul");
                items.items().forEach(item -> linked(list.appendElement("li"), item));
            }
            case Block.Table table -> {
                Element t = parent.appendElement("table");
                Element header = t.appendElement("thead").appendElement("tr");
                table.headers().forEach(h -> header.appendElement("th").text(h));
                Element rows = t.appendElement("tbody");
                for (List<String> row : table.rows()) {
                    Element tr = rows.appendElement("tr");
                    row.forEach(cell -> linked(tr.appendElement("td"), cell));
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

    /** Appends {@code text} to {@code element}, each web address in it as a link to itself. */
    private static void linked(Element element, String text) {
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            element.appendText(text.substring(from, url.start()));
            element.appendElement("a").attr("href", url.group()).text(url.group());
            from = url.end();
        }
        element.appendText(text.substring(from));
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
