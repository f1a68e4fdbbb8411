package org.casus.record.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword map: words that point at a clause of the arrangement format ({@code docs/format.md}). Each
 * topic proposes at most one claim per passage, at its first keyword, with the modality of the sentence
 * that holds the keyword ({@link ModalityCues}). Sanctions are a means guarantors commit to (or a price
 * they hold over the aggressor), so they go to {@code obligations}; a ceasefire is what a breach
 * triggers on, so it goes to {@code trigger.events}. The map is listed in {@code docs/import.md}.
 */
final class ClauseKeywords {
    private record Topic(String clause, Pattern keywords) {
    }

    private static final List<Topic> TOPICS = List.of(
            topic("decision.rule", "veto(?:es|ed|ing)?|unanimity|unanimous(?:ly)?|majority vote|by consensus"
                    + "|right to block|power to block"),
            topic("parties.guarantors", "guarantors?|guaranteeing (?:states|powers|countries)"),
            topic("restrictions.neutrality", "neutral(?:ity)?|non-aligned|non-alignment|non-bloc|bloc-free"),
            topic("restrictions.alliances-barred", "NATO membership|membership (?:in|of) NATO"
                    + "|join(?:s|ing)? NATO|accession to NATO|membership in the alliance"),
            topic("restrictions.force-caps", "force caps?|caps? on (?:the )?(?:size of )?(?:the |its |our |their )?"
                    + "(?:army|armed forces|troops|forces)|ceilings? on|limits? on (?:the )?(?:size of )?"
                    + "(?:the |its |our |their )?(?:army|armed forces|troops|forces|tanks|missiles)"
                    + "|size of (?:the |its |our |their )?(?:army|armed forces)|demilitari[sz]\\w*"
                    + "|troop (?:numbers|limits?|levels|ceilings?)"),
            topic("restrictions.foreign-bases", "foreign (?:troops|forces|bases|soldiers|military presence"
                    + "|contingents?)|(?:NATO|European|Western|British|French|American) (?:troops|soldiers|forces"
                    + "|boots)|boots on the ground|troops on the ground|reassurance force|peacekeep\\w*"),
            topic("territory", "land swaps?|land exchanges?|(?:swap|exchange)s? of (?:land|territor(?:y|ies))"
                    + "|territorial (?:swaps?|exchanges?|concessions?)|" + ClaimValues.WITHDRAW
                    + "|cede[sd]?|ceding|hand(?:s|ed|ing)? over"),
            topic("trigger.excluded", "territor(?:y|ies|ial)|Crimea|Donbas+|Donetsk|Luhansk|Zaporizhzhia"
                    + "|Kherson|occupied"),
            topic("trigger.events", "cease-?fire|truce|armistice|cessation of hostilities"),
            topic("trigger.events", "aggression|armed attack|invasion|invade[sd]?|attacked"),
            topic("obligations", "sanction(?:s|ed|ing)?"),
            topic("obligations", "Article (?:5|Five)|come to (?:the |its |our |their )?(?:aid|assistance|defen[cs]e)"
                    + "|military (?:aid|assistance|help)|(?:obliged|obligated|bound) to (?:defend|help|assist|act)"
                    + "|defend (?:Ukraine|us|it)|act within"));
    /** The guarantee as such, which a claimed agreement is about ({@code guarantees are on the table}). */
    private static final Pattern GUARANTEE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:security )?guarantees?"
            + "|Article (?:5|Five)[- ](?:like|style|type) (?:protection|guarantees?|security))(?![\\p{L}])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private final ClaimValues values;
    private final String guaranteeRule;

    /**
     * @param guaranteeRule the value on {@code decision.rule} that a claimed agreement on the guarantee as such
     *                      takes: how the arrangement it is imported against activates ({@code individual}), or
     *                      null when that is not plain
     */
    ClauseKeywords(Names names, String guaranteeRule) {
        this.values = new ClaimValues(names);
        this.guaranteeRule = guaranteeRule;
    }

    /** Every clause the map can propose. */
    static List<String> clauses() {
        return TOPICS.stream().map(Topic::clause).distinct().toList();
    }

    /** The claims a passage proposes, in the order their keywords occur, for a speaker of no known actor. */
    List<ProposedClaim> claims(String passage) {
        return claims(passage, null, null, null);
    }

    /**
     * The claims a passage proposes, in the order their keywords occur, each with the value its sentence
     * gives ({@link ClaimValues}); one per clause, the first whose words give a value, else the first. A claimed
     * agreement on the guarantee as such is a claim on {@code decision.rule} with the arrangement's own rule,
     * unless the passage's words give the rule themselves. Where the passage
     * names a land exchange or a withdrawal, the places it names are the exchange's, not carve-outs.
     *
     * @param speakerActor the actor of the statement's speaker, or null
     * @param subjectActor the actor the reported clause's subject names ({@code Witkoff said that Putin was
     *                     willing...}: RU), or null; when it is another than the speaker's, the claims are the
     *                     speaker's account of that actor's stance ({@link #reported})
     * @param verb         the verb that reports the passage ({@code demanded}, {@code rejected}), or null: its
     *                     modality is the claim's when the passage's own words have no cue ({@code Putin demanded
     *                     the withdrawal of...})
     */
    List<ProposedClaim> claims(String passage, String speakerActor, String subjectActor, String verb) {
        record Hit(int at, ProposedClaim claim, boolean fromArrangement) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Matcher m = topic.keywords().matcher(passage);
            if (m.find()) {
                String sentence = sentenceAround(passage, m.start());
                hits.add(new Hit(m.start(), new ProposedClaim(topic.clause(), modality(sentence, verb), m.group(),
                        values.of(topic.clause(), m.group(), sentence, speakerActor), null), false));
            }
        }
        Matcher guarantee = GUARANTEE.matcher(passage);
        while (guarantee.find()) {
            if (modality(sentenceAround(passage, guarantee.start()), verb).equals("claims-agreement")) {
                hits.add(new Hit(guarantee.start(), new ProposedClaim("decision.rule", "claims-agreement",
                        guarantee.group(), guaranteeRule, null), true));
                break;
            }
        }
        boolean exchange = hits.stream().anyMatch(h -> h.claim().clause().equals("territory"));
        hits.removeIf(h -> exchange && h.claim().clause().equals("trigger.excluded"));
        hits.sort(Comparator.comparing((Hit h) -> h.claim().value() == null).thenComparing(Hit::fromArrangement)
                .thenComparingInt(Hit::at));
        List<String> seen = new ArrayList<>();
        hits.removeIf(h -> seen.contains(h.claim().clause()) || !seen.add(h.claim().clause()));
        hits.sort(Comparator.comparingInt(Hit::at));
        boolean other = subjectActor != null && !subjectActor.equals(speakerActor);
        return hits.stream().map(Hit::claim).map(c -> other ? reported(c, subjectActor) : c).toList();
    }

    /** The modality of the sentence's own cues, else of the verb that reports it, else interpretation. */
    private static String modality(String sentence, String verb) {
        String own = ModalityCues.of(sentence);
        return own.equals("interpretation") && verb != null ? ModalityCues.of(verb) : own;
    }

    /**
     * A claim the speaker makes about another actor's stance: a claimed agreement is that actor's
     * ({@code about}); an offer, acceptance, rejection or condition is the speaker's reading of that actor's
     * position, an interpretation; a demand stays the speaker's own ({@code Lavrov said Kyiv must withdraw}).
     */
    private static ProposedClaim reported(ProposedClaim c, String actor) {
        return switch (c.modality()) {
            case "demand", "deny" -> c;
            case "offer", "accept", "reject", "condition" ->
                    new ProposedClaim(c.clause(), "interpretation", c.keyword(), c.value(), actor);
            default -> new ProposedClaim(c.clause(), c.modality(), c.keyword(), c.value(), actor);
        };
    }

    private static String sentenceAround(String passage, int at) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(passage);
        while (m.find()) {
            if (m.end() > at) {
                return passage.substring(start, m.start());
            }
            start = m.end();
        }
        return passage.substring(start);
    }

    private static Topic topic(String clause, String keywords) {
        return new Topic(clause, Pattern.compile("(?i)(?<![\\p{L}])(?:" + keywords + ")(?![\\p{L}])"));
    }
}
