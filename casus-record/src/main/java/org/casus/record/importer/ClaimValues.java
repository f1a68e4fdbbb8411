package org.casus.record.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a claim's own sentence gives, in the record's value syntax ({@code docs/record.md}), for the
 * clauses where the words say it plainly; null elsewhere, for the analyst to fill in. A claim without a
 * value is compatible with every value, so it never makes a contradiction on its own.
 * <ul>
 *   <li>{@code decision.rule}: who holds the veto, {@code veto {RU, CN}} from the actors the sentence names
 *       ({@code only if Russia and China have a veto}) or the speaker's own ({@code with its own veto});
 *       {@code unanimity} (also for {@code by consensus}), with the actors when named; {@code majority};</li>
 *   <li>{@code restrictions.force-caps}: a number of troops, as a ceiling ({@code <= 85000}) after
 *       {@code limit}, {@code cap}, {@code no more than}..., a floor ({@code >= 250000}) after
 *       {@code at least}..., else the number;</li>
 *   <li>{@code territory}: whose forces withdraw, {@code withdrawal {RU}}, from the actor or person named just
 *       before the verb ({@code Putin was willing to withdraw}) or after the noun ({@code the withdrawal of
 *       Ukrainian forces}).</li>
 * </ul>
 */
final class ClaimValues {
    /** A withdrawal of forces, not from a treaty or from talks. */
    static final String WITHDRAW = "(?:withdraw(?:s|n|al|ing)?|pull(?:s|ed|ing)? (?:back|out))(?! from (?:the |this "
            + "|that |any )?(?:treaty|agreement|talks|negotiations|deal|process|pact|convention|accord))";
    private static final Pattern WITHDRAWAL = Pattern.compile("(?i)(?<![\\p{L}])" + WITHDRAW + "(?![\\p{L}])");
    private static final Pattern OF_FORCES = Pattern.compile("(?i)\\s+of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|(?i)(?<![\\p{L}])(?:in exchange for|in return "
            + "for|while|whereas|but)(?![\\p{L}])");
    private static final Pattern OWN = Pattern.compile("(?i)(?<![\\p{L}])(?:its|their|our|his|her) own (?:veto|right)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s*(thousand))?");
    private static final Pattern CEILING = Pattern.compile("(?i)(?<![\\p{L}])(?:limit\\w*|caps?|capped|ceilings?|no more "
            + "than|not more than|at most|up to|maximum|reduce\\w* to|cut\\w* to)(?![\\p{L}])");
    private static final Pattern FLOOR = Pattern.compile("(?i)(?<![\\p{L}])(?:at least|no fewer than|no less than|not "
            + "less than|minimum)(?![\\p{L}])");

    private final Names names;

    ClaimValues(Names names) {
        this.names = names;
    }

    /**
     * The value of a claim on {@code clause} whose keyword is {@code keyword}, read in {@code sentence}; null
     * when the sentence gives none.
     *
     * @param speakerActor the actor of the statement's speaker, for {@code its own veto}; may be null
     */
    String of(String clause, String keyword, String sentence, String speakerActor) {
        return switch (clause) {
            case "decision.rule" -> rule(keyword, sentence, speakerActor);
            case "restrictions.force-caps" -> cap(sentence);
            case "territory" -> withdrawal(sentence);
            default -> null;
        };
    }

    private String withdrawal(String sentence) {
        Matcher verb = WITHDRAWAL.matcher(sentence);
        if (!verb.find()) {
            return null;
        }
        Matcher of = OF_FORCES.matcher(sentence).region(verb.end(), sentence.length());
        if (of.lookingAt()) {
            List<Mention> after = names.actors(sentence, of.end(), Math.min(sentence.length(), of.end() + 40));
            if (!after.isEmpty() && after.getFirst().start() == of.end()) {
                return "withdrawal {" + after.getFirst().actor() + "}";
            }
        }
        int from = 0;
        Matcher stop = CLAUSE_BREAK.matcher(sentence).region(0, verb.start());
        while (stop.find()) {
            from = stop.end();
        }
        List<Mention> before = new ArrayList<>(names.people(sentence, from, verb.start()));
        before.addAll(names.actors(sentence, from, verb.start()));
        return before.stream().max(Comparator.comparingInt(Mention::start))
                .map(m -> "withdrawal {" + m.actor() + "}").orElse(null);
    }

    private String rule(String keyword, String sentence, String speakerActor) {
        Set<String> holders = new LinkedHashSet<>();
        names.actors(sentence, 0, sentence.length()).forEach(m -> holders.add(m.actor()));
        if (holders.isEmpty() && speakerActor != null && OWN.matcher(sentence).find()) {
            holders.add(speakerActor);
        }
        String set = holders.isEmpty() ? "" : " {" + String.join(", ", holders) + "}";
        String word = keyword.toLowerCase(Locale.ROOT);
        if (word.startsWith("unanim") || word.equals("by consensus")) {
            return "unanimity" + set;
        }
        if (word.equals("majority vote")) {
            return "majority";
        }
        return holders.isEmpty() || !word.startsWith("veto") ? null : "veto" + set;
    }

    private static String cap(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        long n = Long.parseLong(m.group(1).replace(",", "")) * (m.group(2) == null ? 1 : 1000);
        String before = sentence.substring(0, m.start());
        if (FLOOR.matcher(before).find()) {
            return ">= " + n;
        }
        return CEILING.matcher(before).find() ? "<= " + n : Long.toString(n);
    }
}
