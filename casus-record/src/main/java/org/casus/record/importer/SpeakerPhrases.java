package org.casus.record.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the words that name a speaker ({@code Sergei Lavrov}, {@code he}, {@code the Russian foreign
 * minister}, {@code a Kremlin spokesman}) to a {@link Resolution}. In order: a pronoun alone; anything
 * {@code former} speaks for nobody; a person named directly; a title resolved through roles; an actor; a
 * definite description with no name ({@code the official}, {@code the statement}), which refers back like a
 * pronoun. A person named through someone else ({@code Zelensky's chief of staff}, {@code an aide to Putin}) gives
 * that person's actor; a name after {@code in}, {@code with}, {@code after}... is a place or a partner,
 * not the speaker.
 */
final class SpeakerPhrases {
    /** How a phrase named its speaker. */
    enum Kind { PERSON, PRONOUN, TITLE, ACTOR, UNKNOWN }

    /** A resolved phrase; for a pronoun the speaker is left to the caller. */
    record Resolution(Kind kind, Speaker speaker) {
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|him|her|them");
    /**
     * A capitalised word right after a title ({@code President Lukashenko}): the title is that person's, who is
     * not in the registry (a person it knows is resolved before), so it is no office holder of the author's.
     */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
    private static final String GENERIC = "officials?|statement|sources?|diplomats?|deputy|spokes(?:man|woman"
            + "|person)|aides?|advis[eo]rs?|readout|ministry|participants?|negotiators?";
    /** {@code the official}, {@code the statement}: a speaker named before, referred to again. */
    private static final Pattern ANAPHOR = Pattern.compile("(?i)the(?:\\s+\\p{L}+)?\\s+(?:" + GENERIC + ")");
    /** Words that describe someone who may speak: a new one makes an earlier pronoun's referent uncertain. */
    static final Pattern SPEAKER_NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:" + GENERIC + "|minister|president"
            + "|envoy|secretary of state|top diplomat|leaders?|government|delegation|(?:general )?director|governor)(?![\\p{L}])");
    /**
     * A title's {@code of} and a place that is no office ({@code President of Syria}, not {@code Head of the Office
     * of the President}): when the registry knows no actor there, the title of a state's leader or foreign minister
     * is someone else's, never the author's ({@code Minister of Reintegration} names a portfolio, not a place).
     */
    private static final Pattern OF_PLACE = Pattern.compile("\\s+of\\s+(?:the\\s+)?(?!(?:Office|President|Presidential|Head"
            + "|Ministry|Foreign|Defen[cs]e|Security|National|Council|Cabinet|Government|State)\\b)\\p{Lu}");
    static final Pattern FORMER = Pattern.compile("(?i)(?<![\\p{L}])(?:former|ex-)");
    /** A name after one of these is not the speaker. */
    private static final Set<String> BESIDE = Set.of("in", "at", "with", "near", "against", "about", "over",
            "on", "into", "by", "after", "before", "meeting", "met", "toward", "towards", "from", "between",
            "visiting", "than", "like", "unlike", "beside", "besides", "without");
    /** A person after one of these is the speaker's principal: the speaker speaks for the same actor. */
    private static final Set<String> THROUGH = Set.of("to", "for", "of");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "two",
            "three", "other", "senior", "unnamed");

    private final Names names;
    private final Titles titles;
    private final String author;

    /**
     * @param author the actor whose own text this is, or null: a title that names no actor ({@code the
     *               President}, {@code the Head of State}) is first its holder of that office
     */
    SpeakerPhrases(Names names, Titles titles, String author) {
        this.names = names;
        this.titles = titles;
        this.author = author;
    }

    /**
     * Resolves the phrase between {@code from} and {@code to} of {@code text} (the masked text).
     *
     * @param first     among several people named, take the first (after a verb) rather than the last
     * @param people    every person named in the text, for titles that refer back to someone named
     * @return the resolution, or null when the span holds no words
     */
    Resolution resolve(String text, int from, int to, boolean first, List<Mention> people) {
        while (from < to && !Character.isLetter(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        String words = text.substring(from, to);
        if (PRONOUN.matcher(words).matches()) {
            return new Resolution(Kind.PRONOUN, null);
        }
        if (FORMER.matcher(words).find()) {
            return new Resolution(Kind.UNKNOWN, Speaker.UNKNOWN);
        }
        List<Mention> direct = new ArrayList<>();
        List<Mention> principals = new ArrayList<>();
        for (Mention m : names.people(text, from, to)) {
            String before = wordBefore(text, from, m.start());
            if (BESIDE.contains(before)) {
                continue;
            }
            (m.possessive() || THROUGH.contains(before) ? principals : direct).add(m);
        }
        if (!direct.isEmpty()) {
            Mention m = first ? direct.getFirst() : direct.getLast();
            return new Resolution(Kind.PERSON, Speaker.of(m.person(), m.actor()));
        }
        List<Mention> actors = new ArrayList<>(principals);
        List<Mention> beside = new ArrayList<>();
        for (Mention m : names.actors(text, from, to)) {
            String before = wordBefore(text, from, m.start());
            (!BESIDE.contains(before) && !"to".equals(before) ? actors : beside).add(m);
        }
        actors.sort(Comparator.comparingInt(Mention::start));
        String actor = actors.isEmpty() ? null : actors.getFirst().actor();
        Titles.Found title = titles.find(text, from, to);
        if (title != null && actor == null && beside.stream().anyMatch(m -> m.end() <= title.start()
                && text.substring(m.end(), title.start()).isBlank())) {
            return new Resolution(Kind.UNKNOWN, Speaker.UNKNOWN); // a conversation with Turkish President X: not the speaker
        }
        if (title != null && actors.isEmpty() && NAME_AFTER.matcher(text).region(title.end(), to).lookingAt()) {
            return new Resolution(Kind.UNKNOWN, Speaker.UNKNOWN); // President Lukashenko: a holder the registry lacks
        }
        if (title != null) {
            boolean indefinite = INDEFINITE.contains(firstWord(words));
            if (actor == null && ofPlace(text, title, to)) {
                return new Resolution(Kind.UNKNOWN, Speaker.UNKNOWN);
            }
            Speaker own = actor == null && author != null && !indefinite && title.office().single()
                    && heads(text, from, title) ? titles.resolve(title.office(), author, false, lastNamed(people, from),
                    words) : null;
            Speaker speaker = own != null && own.person() != null ? own
                    : titles.resolve(title.office(), actor, indefinite, lastNamed(people, from), words);
            if (speaker != null) {
                return new Resolution(speaker.person() == null ? Kind.ACTOR : Kind.TITLE, speaker);
            }
        }
        if (actor != null) {
            return new Resolution(Kind.ACTOR, Speaker.of(null, actor));
        }
        return new Resolution(ANAPHOR.matcher(words).matches() ? Kind.PRONOUN : Kind.UNKNOWN, Speaker.UNKNOWN);
    }

    /** Whether the phrase between {@code from} and {@code to} holds a title of a place ({@code President of Syria}). */
    boolean titleOfPlace(String text, int from, int to) {
        Titles.Found title = titles.find(text, from, to);
        return title != null && ofPlace(text, title, to);
    }

    private static boolean ofPlace(String text, Titles.Found title, int to) {
        return title.office().ofState() && OF_PLACE.matcher(text).region(title.end(), to).lookingAt();
    }

    private static Map<String, Integer> lastNamed(List<Mention> people, int before) {
        Map<String, Integer> last = new HashMap<>();
        for (Mention m : people) {
            if (m.start() < before) {
                last.put(m.person(), m.start());
            }
        }
        return last;
    }

    /** The word before {@code at}, skipping determiners, lower-cased; empty at {@code from}. */
    private static String wordBefore(String text, int from, int at) {
        int i = at;
        while (true) {
            while (i > from && !Character.isLetter(text.charAt(i - 1))) {
                if (",;:".indexOf(text.charAt(i - 1)) >= 0) {
                    return "";
                }
                i--;
            }
            int w = i;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, i).toLowerCase(Locale.ROOT);
            if (!DETERMINERS.contains(word) || w == i) {
                return word;
            }
            i = w;
        }
    }

    /**
     * Whether the title heads the phrase: its first words, a determiner aside, and the phrase not cut from a
     * longer one ({@code the President}, not {@code the Adviser to the Head of...}, even when only {@code the
     * Head of...} is given).
     */
    private static boolean heads(String text, int from, Titles.Found title) {
        String before = text.substring(from, title.start()).strip();
        return (before.isEmpty() || DETERMINERS.contains(before.toLowerCase(Locale.ROOT)))
                && !THROUGH.contains(wordBefore(text, 0, from));
    }

    private static String firstWord(String words) {
        int end = 0;
        while (end < words.length() && Character.isLetter(words.charAt(end))) {
            end++;
        }
        return words.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
