package org.casus.record.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses what a sentence does with a clause from its cue words, trying the modalities in this order and
 * taking the first whose cue occurs (so {@code we never agreed} is a denial, not a rejection, and
 * {@code we will never accept} a rejection, not an acceptance; {@code never} rejects only with what is refused,
 * so {@code Russia will never pose a threat} is an assurance, not a rejection):
 * deny, reject, condition, demand, claims-agreement, offer, accept; interpretation when none does.
 * The labels are those of the record ({@code org.casus.record.Modality}).
 */
final class ModalityCues {
    private record Rule(String modality, Pattern cue) {
    }

    private static final List<Rule> RULES = List.of(
            rule("deny", "den(?:y|ies|ied)|not true|untrue|false|fake|no such|never agreed|no agreement"
                    + "|not been agreed|(?:not|never) reached (?:an |any )?(?:agreement|deal)"
                    + "|nothing (?:has been|was|is) agreed|(?:have|has|had|did) not agreed?"
                    + "|fabricat\\w*"),
            rule("reject", "reject\\w*|never (?:\\w+ ){0,2}?(?:accept|agree|allow|tolerate|recogni[sz]e|sign|give up"
                    + "|surrender|cede|join|negotiate|bow)\\w*|unacceptable|not acceptable|out of the question|non-starter"
                    + "|(?:will|would|can|could|do|does|did|shall|must)\\s*(?:not|n't)\\s+(?:accept|agree|allow"
                    + "|tolerate|recogni[sz]e|sign)|cannot (?:accept|agree|allow|tolerate|recogni[sz]e|sign)"
                    + "|refus\\w*|no way|not negotiable|red lines?"),
            rule("condition", "only if|on (?:the )?condition|provided(?: that)?|providing|as long as|unless"
                    + "|in exchange for|in return for|only after|only then|depends? on"),
            rule("demand", "must|demand\\w*|insist\\w*|(?:have|has|need|needs) to|require\\w*|should|we want"
                    + "|we expect"),
            rule("claims-agreement", "agreed|we agree|reached (?:an |a )?(?:agreement|understanding|deal)"
                    + "|there is (?:an )?agreement|consensus|settled|(?:is|are|was|were) (?:now )?on the table"),
            rule("offer", "ready to|prepared to|willing to|propos\\w*|offer\\w*|we (?:can|will) provide"),
            rule("accept", "accept\\w*|can live with|welcome\\w*|agree to|we support"));

    private ModalityCues() {
    }

    /** The modality label of a sentence. */
    static String of(String sentence) {
        for (Rule rule : RULES) {
            if (rule.cue().matcher(sentence).find()) {
                return rule.modality();
            }
        }
        return "interpretation";
    }

    private static Rule rule(String modality, String cues) {
        return new Rule(modality, Pattern.compile("(?i)(?<![\\p{L}])(?:" + cues + ")(?![\\p{L}])"));
    }
}
