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
            topic("trigger.excluded", "territor(?:y|ies|ial)|Crimea|Donbas+|Donetsk|Luhansk|Zaporizhzhia"
                    + "|Kherson|occupied"),
            topic("trigger.events", "cease-?fire|truce|armistice|cessation of hostilities"),
            topic("trigger.events", "aggression|armed attack|invasion|invade[sd]?|attacked"),
            topic("obligations", "sanction(?:s|ed|ing)?"),
            topic("obligations", "Article (?:5|Five)|come to (?:the |its |our |their )?(?:aid|assistance|defen[cs]e)"
                    + "|military (?:aid|assistance|help)|(?:obliged|obligated|bound) to (?:defend|help|assist|act)"
                    + "|defend (?:Ukraine|us|it)|act within"));
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private final ClaimValues values;

    ClauseKeywords(Names names) {
        this.values = new ClaimValues(names);
    }

    /** Every clause the map can propose. */
    static List<String> clauses() {
        return TOPICS.stream().map(Topic::clause).distinct().toList();
    }

    /** The claims a passage proposes, in the order their keywords occur, for a speaker of no known actor. */
    List<ProposedClaim> claims(String passage) {
        return claims(passage, null);
    }

    /**
     * The claims a passage proposes, in the order their keywords occur, each with the value its sentence
     * gives ({@link ClaimValues}).
     *
     * @param speakerActor the actor of the statement's speaker, or null
     */
    List<ProposedClaim> claims(String passage, String speakerActor) {
        record Hit(int at, ProposedClaim claim) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Matcher m = topic.keywords().matcher(passage);
            if (m.find()) {
                String sentence = sentenceAround(passage, m.start());
                hits.add(new Hit(m.start(), new ProposedClaim(topic.clause(), ModalityCues.of(sentence), m.group(),
                        values.of(topic.clause(), m.group(), sentence, speakerActor))));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        return hits.stream().map(Hit::claim).toList();
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
