package org.casus.format;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The clause paths of the arrangement format ({@code docs/format.md}) that a negotiation claim
 * can be about: a section or field ({@code decision.rule}), one force cap by category
 * ({@code restrictions.force-caps.troops}), one list item ({@code obligations[1]}) or a part of
 * the decision rule ({@code decision.rule.all-of[0]}).
 */
public final class ClausePaths {
    /** Every section and field of an arrangement that a party can take a position on. */
    public static final List<String> FIELDS = List.of(
            "title", "status", "instrument", "parties", "parties.protected", "parties.guarantors",
            "parties.signatories",
            "parties.threats", "parties.alignments", "trigger", "trigger.events", "trigger.area", "trigger.excluded",
            "trigger.by", "trigger.qualifiers", "obligations", "decision", "decision.procedure", "decision.rule",
            "decision.decider", "decision.intervention-purpose", "forfeiture", "territory",
            "decision.consultation-days", "decision.decision-days", "decision.on-deadlock",
            "decision.unilateral-intervention-right", "restrictions", "restrictions.neutrality",
            "restrictions.non-nuclear", "restrictions.alliances-barred", "restrictions.force-caps",
            "restrictions.foreign-bases", "restrictions.foreign-exercises", "restrictions.outside-help", "duration",
            "duration.years",
            "duration.withdrawal", "duration.notice-months");

    private static final Pattern ITEM = Pattern.compile(
            "(obligations|trigger\\.excluded|trigger\\.qualifiers|parties\\.alignments|forfeiture|territory)\\[\\d+]");
    private static final Pattern CAP = Pattern.compile("restrictions\\.force-caps\\.[a-z][a-z0-9-]*");
    private static final Pattern RULE_PART = Pattern.compile("decision\\.rule(\\.[a-z-]+(\\[\\d+])?)+");

    private ClausePaths() {
    }

    public static boolean isValid(String path) {
        return FIELDS.contains(path) || ITEM.matcher(path).matches() || CAP.matcher(path).matches()
                || RULE_PART.matcher(path).matches();
    }

    /** "did you mean" for a path that is not valid, or empty. */
    public static Optional<String> suggest(String path) {
        return Suggestions.closest(path, FIELDS);
    }
}
