package org.casus.brief;

import java.util.List;

/** A piece of a briefing section, rendered alike to HTML, Markdown and PDF. */
public sealed interface Block {

    /** A paragraph; {@code emphasis} marks the verdict sentences. */
    record Paragraph(String text, boolean emphasis) implements Block {
    }

    /** A bulleted list. */
    record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Preformatted text. */
    record Preformatted(String text) implements Block {
    }

    /** A chart as an SVG document, with a caption saying how it was made. */
    record Chart(String svg, String caption) implements Block {
    }

    /** A line saying how the section's figures were computed. */
    record Method(String text) implements Block {
    }
}
