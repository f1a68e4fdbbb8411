package org.casus.games;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.CasusException;
import org.casus.model.DecisionRule;

/**
 * Picks a part of a decision rule by its path, as the format names fields:
 * {@code decision.rule.all-of[1]}, {@code rule.parties-to-dispute-abstain.any-of[0]}.
 */
public final class RulePath {
    private static final Pattern STEP = Pattern.compile("(all-of|any-of)\\[(\\d+)]|parties-to-dispute-abstain");

    private RulePath() {
    }

    public static DecisionRule select(DecisionRule rule, String path) {
        String rest = path.replaceFirst("^(decision\\.)?rule\\.?", "");
        DecisionRule current = rule;
        for (String step : rest.isEmpty() ? new String[0] : rest.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                throw new CasusException("rule path " + path + ": unknown step '" + step
                        + "'; expected all-of[i], any-of[i] or parties-to-dispute-abstain");
            }
            current = switch (current) {
                case DecisionRule.AllOf all when "all-of".equals(m.group(1)) -> child(all.rules(), m.group(2), path);
                case DecisionRule.AnyOf any when "any-of".equals(m.group(1)) -> child(any.rules(), m.group(2), path);
                case DecisionRule.PartiesAbstain p when m.group(1) == null -> p.rule();
                default -> throw new CasusException("rule path " + path + ": '" + step + "' does not match the rule "
                        + current.describe());
            };
        }
        return current;
    }

    private static DecisionRule child(List<DecisionRule> rules, String index, String path) {
        int i = Integer.parseInt(index);
        if (i >= rules.size()) {
            throw new CasusException("rule path " + path + ": index " + i + " is beyond the " + rules.size() + " rules");
        }
        return rules.get(i);
    }
}
