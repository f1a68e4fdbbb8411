package org.casus.record.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with its quotations, paragraphs and sentences. The {@link #masked() masked} copy blanks out every
 * quotation, marks included, so that names, verbs and full stops inside quotations are not mistaken for the
 * reporter's; a quotation that ends a sentence ({@code “... war.”}) keeps its full stop in place of the
 * closing mark. Sentences are split on the masked copy: a full stop, question or exclamation mark (and any
 * closing bracket or the asterisks that end a section), then white space and a capital, a digit, a quotation
 * or the asterisks of a section break ({@code * * *}), perhaps after a dash (an interview's turns); a section
 * break after white space opens a sentence even without a full stop before it; abbreviations ({@code Mr.}, {@code U.S.}) and initials
 * do not end sentences.
 */
final class TextLayout {
    static final char MASK = '\u2592';
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col",
            "sen", "rep", "gov", "prof", "jr", "sr", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc", "ltd", "adm", "amb");

    /** The asterisks of a section break after white space: {@code *** } or {@code * * * }. */
    private static final Pattern SECTION_BREAK = Pattern.compile("(?<=\\s)\\*(?:\\s?\\*){2,}(?=\\s)");

    private final String text;
    private final String masked;
    private final List<Quotation> quotes;
    private final List<Span> paragraphs;
    private final int[] sentenceStarts;

    /**
     * @param quotes every quotation found; those that are {@link Quotation#isName names} are masked like the
     *               others but are not among {@link #quotes()}
     */
    TextLayout(String text, List<Quotation> quotes) {
        this.text = text;
        this.quotes = quotes.stream().filter(q -> !q.isName(text)).toList();
        this.paragraphs = Paragraphs.of(text);
        char[] chars = text.toCharArray();
        for (Quotation q : quotes) {
            Arrays.fill(chars, q.open(), q.after(), MASK);
            String words = text.substring(q.start(), q.end()).strip();
            if (!q.runsOn() && !words.isEmpty() && ".!?".indexOf(words.charAt(words.length() - 1)) >= 0) {
                chars[q.end()] = words.charAt(words.length() - 1);
            }
        }
        this.masked = new String(chars);
        this.sentenceStarts = sentenceStarts();
    }

    String text() {
        return text;
    }

    String masked() {
        return masked;
    }

    List<Quotation> quotes() {
        return quotes;
    }

    /** The paragraph holding {@code offset}, or null when it lies between paragraphs. */
    Span paragraphOf(int offset) {
        int i = paragraphIndex(offset);
        return i >= 0 && paragraphs.get(i).contains(offset) ? paragraphs.get(i) : null;
    }

    /** The paragraph before the one holding {@code offset}, or null. */
    Span paragraphBefore(int offset) {
        int i = paragraphIndex(offset);
        return i >= 1 && paragraphs.get(i).contains(offset) ? paragraphs.get(i - 1) : null;
    }

    /** The index of the last paragraph starting at or before {@code offset}, or -1. */
    private int paragraphIndex(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The sentence holding {@code offset}, which must lie in a paragraph. */
    Span sentenceOf(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        int at = i >= 0 ? i : -i - 2;
        int start = at >= 0 ? sentenceStarts[at] : 0;
        Span paragraph = paragraphOf(offset);
        int end = paragraph == null ? text.length() : paragraph.end();
        if (at + 1 < sentenceStarts.length && sentenceStarts[at + 1] < end) {
            end = sentenceStarts[at + 1];
        }
        return new Span(start, Math.max(start, end));
    }

    /** Every sentence, in order. */
    List<Span> sentences() {
        List<Span> sentences = new ArrayList<>();
        for (int start : sentenceStarts) {
            sentences.add(sentenceOf(start));
        }
        return sentences;
    }

    private int[] sentenceStarts() {
        List<Integer> starts = new ArrayList<>();
        for (Span p : paragraphs) {
            starts.add(p.start());
            for (int j = p.start(); j < p.end(); j++) {
                if (".!?".indexOf(masked.charAt(j)) < 0 || isAbbreviation(j)) {
                    continue;
                }
                int k = j + 1;
                while (k < p.end() && ")]*".indexOf(masked.charAt(k)) >= 0) {
                    k++;
                }
                if (k >= p.end() || !Character.isWhitespace(masked.charAt(k))) {
                    continue;
                }
                while (k < p.end() && Character.isWhitespace(masked.charAt(k))) {
                    k++;
                }
                if (k < p.end() && (opensSentence(masked.charAt(k)) || dashOpens(k, p.end()))) {
                    starts.add(k);
                }
            }
            Matcher section = SECTION_BREAK.matcher(masked).region(p.start(), p.end());
            while (section.find()) {
                starts.add(section.start()); // *** opens a section, with or without a full stop before it
            }
        }
        return starts.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /** A dash, white space and what opens a sentence: an interview's next question or answer ({@code ? - What...}). */
    private boolean dashOpens(int k, int end) {
        if ("-–—".indexOf(masked.charAt(k)) < 0 || k + 1 >= end || !Character.isWhitespace(masked.charAt(k + 1))) {
            return false;
        }
        int next = k + 1;
        while (next < end && Character.isWhitespace(masked.charAt(next))) {
            next++;
        }
        return next < end && opensSentence(masked.charAt(next));
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == MASK || c == '(' || c == '*';
    }

    private boolean isAbbreviation(int dot) {
        if (masked.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && (Character.isLetter(masked.charAt(s - 1)) || masked.charAt(s - 1) == '.')) {
            s--;
        }
        String word = masked.substring(s, dot);
        return word.contains(".") || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
