package org.casus.record.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that report speech: reporting verbs ({@code said}, {@code told}, {@code warned}, ...),
 * {@code according to}, {@code in the words of} and {@code in his opinion}, and the small words around them that are not part of
 * a speaker's name (auxiliaries, adverbs, days) or that end one ({@code who}, {@code in}, {@code that}).
 */
final class ReportingCues {
    static final Pattern VERB = Pattern.compile("(?i)(?<![\\p{L}-])(?:said|says|say|saying|told|tells|added|adds"
            + "|stated|declared|declares|insisted|insists|warned|warns|stressed|stresses|noted|argued|argues"
            + "|asserted|asserts|claimed|wrote|writes|posted|tweeted|replied|replies|responded|responds|answered"
            + "|explained|explains|announced|announces|urged|urges|cautioned|countered|remarked|emphasi[sz]ed"
            + "|emphasi[sz]es|underlined|underscored|conceded|acknowledged|admitted|suggested|observed"
            + "|complained|pledged|promised|vowed|maintained|reiterated|repeated|recalled|predicted|called"
            + "|described|describes|dismissed|branded|labell?ed|asked|continued|concluded|confirmed|denied"
            + "|denies|rejected|spoke|put it|summed up|sums up|summari[sz]ed)(?![\\p{L}-])");
    static final Pattern ACCORDING = Pattern.compile("(?i)(?<![\\p{L}-])(?:according to|in the words of"
            + "|in the (?:opinion|view) of)(?![\\p{L}-])");
    /** {@code In his opinion, ...}: what follows is the view of whom {@code his} refers to. */
    static final Pattern OPINION = Pattern.compile("(?i)\\s*in (?:his|her) (?:opinion|view)\\s*,\\s*");

    /** {@code Joseph R. Biden, Jr.}: the comma before a generational suffix is part of the name. */
    private static final Pattern SUFFIX = Pattern.compile(",\\s*(?:Jr|Sr)\\.?\\s*$");
    /** Verbs that may come before their subject: {@code said Lavrov}, but not {@code told Lavrov}. */
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "added", "adds", "replied", "wrote",
            "continued", "insisted", "declared", "stated", "warned", "explained", "noted", "argued", "answered",
            "responded", "recalled", "stressed", "countered", "asked", "concluded", "cautioned", "remarked",
            "emphasized", "emphasised", "underlined", "underscored");
    /** Words between a speaker and the verb that belong to neither: {@code Lavrov later said}. */
    private static final Set<String> FILLERS = Set.of("has", "have", "had", "also", "later", "then", "again",
            "repeatedly", "previously", "earlier", "once", "recently", "further", "publicly", "privately",
            "firmly", "flatly", "bluntly", "simply", "only", "would", "will", "was", "is", "were", "are", "did",
            "does", "do", "quickly", "subsequently", "today", "yesterday", "tonight", "on", "last", "this",
            "week", "month", "year", "night", "morning", "afternoon", "evening", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "immediately", "reportedly", "since",
            "always", "already", "twice", "angrily", "sharply", "curtly", "himself", "herself", "themselves",
            "itself", "too", "however", "meanwhile", "separately", "clearly", "openly");
    /** Words that open a clause: the speaker of a later verb comes after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "but", "while", "when", "which", "who",
            "whom", "where", "because", "although", "though", "whereas", "if", "whether", "after", "before",
            "and", "as", "what");
    /** Words that end a speaker's name after an inverted verb: {@code said Lavrov in Moscow}. */
    private static final Set<String> NAME_ENDS = Set.of("in", "at", "on", "during", "after", "before", "when",
            "while", "to", "who", "which", "as", "adding", "following", "from", "with", "because", "if", "but",
            "and", "that", "told", "said", "says", "whose", "where", "whom", "speaking");

    private ReportingCues() {
    }

    static boolean invertible(String verb) {
        return INVERTIBLE.contains(verb.toLowerCase(Locale.ROOT));
    }

    /** The last match of {@code pattern} between {@code from} and {@code to}, or null. */
    static Matcher last(Pattern pattern, String text, int from, int to) {
        Matcher m = region(pattern, text, from, to);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m = region(pattern, text, start, to);
        return m.lookingAt() ? m : null;
    }

    static Matcher region(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(from, Math.max(from, to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /**
     * The subject of a verb.
     *
     * @param head  the words that name the speaker
     * @param aside a parenthetical between the head and the verb ({@code Lavrov, Russia's foreign minister,
     *              said}), or null
     */
    record Subject(Span head, Span aside) {
    }

    /**
     * The subject of a verb at {@code verb}, looked for between {@code from} and the verb: fillers and a
     * parenthetical between commas are set aside, and the subject starts after the last comma (not the one of
     * {@code Biden, Jr.}) or clause opener. Null when nothing is left.
     */
    static Subject subject(String text, int from, int verb) {
        int end = verb;
        while (true) {
            end = skipSpaceBack(text, from, end);
            int w = wordStart(text, from, end);
            if (w < end && FILLERS.contains(text.substring(w, end).toLowerCase(Locale.ROOT))) {
                end = w;
            } else {
                break;
            }
        }
        Span aside = null;
        if (end > from && ",—–".indexOf(text.charAt(end - 1)) >= 0) {
            char mark = text.charAt(end - 1);
            int open = text.lastIndexOf(mark, end - 2);
            if (open >= from) {
                aside = new Span(open + 1, end - 1);
                end = open;
            } else {
                end = end - 1;
            }
        }
        int start = from;
        for (int i = end - 1; i >= from; i--) {
            if ((",;:—–()".indexOf(text.charAt(i)) >= 0 || text.charAt(i) == TextLayout.MASK)
                    && !SUFFIX.matcher(text).region(i, end).lookingAt()) {
                start = i + 1;
                break;
            }
        }
        int words = 0;
        int i = end;
        while (i > start) {
            i = skipSpaceBack(text, start, i);
            int w = wordStart(text, start, i);
            if (w == i) {
                i--;
                continue;
            }
            String word = text.substring(w, i).toLowerCase(Locale.ROOT);
            boolean joins = word.equals("of") || word.equals("the"); // a long title: the Head of the Office of the ...
            if (CLAUSE_OPENERS.contains(word) || !joins && ++words > 8) {
                start = i;
                break;
            }
            i = w;
        }
        return hasLetter(text, start, end) ? new Subject(new Span(start, end), aside) : null;
    }

    /**
     * The name after an inverted verb or {@code according to}, from {@code from}: up to a comma, a full
     * stop, a word that ends a name ({@code said Lavrov in Moscow}) or a participle ({@code said X addressing Y}).
     */
    static Span nameAfter(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        int end = start;
        while (i < to) {
            char c = text.charAt(i);
            if (",;:.!?()—–".indexOf(c) >= 0 || c == TextLayout.MASK) {
                break;
            }
            if (Character.isLetter(c)) {
                int w = i;
                while (i < to && (Character.isLetter(text.charAt(i)) || "'’-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                String word = text.substring(w, i);
                if (w > start && (NAME_ENDS.contains(word.toLowerCase(Locale.ROOT))
                        || Character.isLowerCase(word.charAt(0)) && word.endsWith("ing"))) {
                    break; // said X in Moscow; said X, addressing Y
                }
                end = i;
            } else {
                i++;
                if (!Character.isWhitespace(c)) {
                    end = i;
                }
            }
        }
        return end > start && hasLetter(text, start, end) ? new Span(start, end) : null;
    }

    /** Whether any word between {@code from} and {@code to} opens a clause ({@code that}, {@code and}, ...). */
    static boolean hasClauseOpener(String text, int from, int to) {
        Matcher m = region(Pattern.compile("\\p{L}+"), text, from, to);
        while (m.find()) {
            if (CLAUSE_OPENERS.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static int words(String text, int from, int to) {
        Matcher m = region(Pattern.compile("[\\p{L}\\p{N}]+"), text, from, to);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaceBack(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int wordStart(String text, int from, int end) {
        int w = end;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || "'’".indexOf(text.charAt(w - 1)) >= 0)) {
            w--;
        }
        return w;
    }
}
