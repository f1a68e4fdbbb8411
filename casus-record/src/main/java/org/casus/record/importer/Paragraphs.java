package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into paragraphs: blank lines separate them; a text without any blank line has one
 * paragraph per line (news feeds often drop the blank lines). Spans are trimmed of white space.
 */
final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[^\\S\\n]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Paragraphs() {
    }

    static List<Span> of(String text) {
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<Span> spans = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int from = 0;
        while (m.find()) {
            add(spans, text, from, m.start());
            from = m.end();
        }
        add(spans, text, from, text.length());
        return spans;
    }

    private static void add(List<Span> spans, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            spans.add(new Span(from, to));
        }
    }
}
