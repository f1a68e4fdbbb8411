package org.casus.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.games.Games;
import org.casus.model.ActorSet;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;

/**
 * Reads the decision-rule language. A rule is a mapping in one of these forms:
 * {@code unanimity: SET}; {@code quota: Q, of: SET}; {@code weights: {A: w, ...}, quota: Q};
 * {@code all-of: [RULE, ...]}; {@code any-of: [RULE, ...]}; {@code parties-to-dispute-abstain: RULE}.
 * Quotas that no vote could ever meet are rejected.
 */
final class RuleReader {
    private static final List<String> FORMS =
            List.of("unanimity", "quota", "weights", "all-of", "any-of", "parties-to-dispute-abstain");

    private final DocumentContext context;

    RuleReader(DocumentContext context) {
        this.context = context;
    }

    DecisionRule read(Node node, String path) {
        Fields fields = Fields.of(node, path, context.problems).orElse(null);
        if (fields == null) {
            return null;
        }
        List<String> forms = FORMS.stream().filter(fields::has).toList();
        DecisionRule rule;
        if (forms.isEmpty()) {
            context.problems.add(node, path, "expected a rule with one of the fields unanimity, quota (with of), "
                    + "weights (with quota), all-of, any-of, parties-to-dispute-abstain");
            rule = null;
        } else if (forms.equals(List.of("quota", "weights"))) {
            rule = weighted(fields);
        } else if (forms.size() > 1) {
            context.problems.add(node, path, "a rule has one form, but this one has " + String.join(" and ", forms)
                    + "; combine rules with all-of or any-of");
            rule = null;
        } else {
            rule = switch (forms.get(0)) {
                case "unanimity" -> unanimity(fields);
                case "quota" -> quota(fields);
                case "weights" -> weighted(fields);
                case "all-of" -> new DecisionRule.AllOf(rules(fields, "all-of"));
                case "any-of" -> new DecisionRule.AnyOf(rules(fields, "any-of"));
                default -> abstain(fields);
            };
        }
        fields.accept("of");
        fields.finish();
        return rule;
    }

    private DecisionRule unanimity(Fields fields) {
        ActorSet set = fields.get("unanimity").map(n -> context.actorSet(n, fields.pathOf("unanimity"))).orElse(null);
        if (set == null) {
            return null;
        }
        if (set.size() == 0) {
            fields.problem("unanimity", "unanimity of an empty set: no one would decide");
            return null;
        }
        return new DecisionRule.Unanimity(set);
    }

    private DecisionRule quota(Fields fields) {
        ActorSet of = fields.require("of", "the set of actors that vote").map(n -> context.actorSet(n, fields.pathOf("of")))
                .orElse(null);
        Threshold threshold = fields.get("quota").map(n -> context.threshold(n, fields.pathOf("quota"))).orElse(null);
        if (of == null || threshold == null) {
            return null;
        }
        if (!context.unknownActors && threshold.required(of.size()) > of.size()) {
            fields.problem("quota", "impossible quota: " + threshold.describe() + " votes of a set of " + of.size()
                    + " actors " + of.describe());
            return null;
        }
        return new DecisionRule.Quota(of, threshold);
    }

    private DecisionRule weighted(Fields fields) {
        Map<String, Long> weights = new LinkedHashMap<>();
        fields.nested("weights").ifPresent(map -> {
            for (String code : ((Node.MapNode) map.node()).entries().keySet()) {
                Node codeNode = new Node.ScalarNode(((Node.MapNode) map.node()).keyLocations().get(code), code,
                        Node.ScalarType.STRING);
                String known = context.code(codeNode, map.pathOf(code));
                Long weight = map.whole(code, 0, "a weight of 0 or more");
                if (known != null && weight != null) {
                    weights.put(known, weight);
                }
            }
            map.finish();
        });
        Threshold quota = fields.require("quota", "the weight the yes votes must reach")
                .map(n -> context.threshold(n, fields.pathOf("quota"))).orElse(null);
        if (weights.isEmpty() || quota == null) {
            if (fields.has("weights") && weights.isEmpty()) {
                fields.problem("weights", "expected at least one actor with its weight");
            }
            return null;
        }
        long total;
        try {
            total = Games.totalWeight(weights.values().stream().mapToLong(Long::longValue).toArray());
        } catch (IllegalArgumentException e) {
            fields.problem("weights", e.getMessage());
            return null;
        }
        if (!context.unknownActors && quota.required(total) > total) {
            fields.problem("quota", "impossible quota: " + quota.describe() + " of a total weight of " + total);
            return null;
        }
        return new DecisionRule.Weighted(weights, quota);
    }

    private List<DecisionRule> rules(Fields fields, String key) {
        List<DecisionRule> rules = new ArrayList<>(fields.list(key, this::read));
        if (rules.isEmpty()) {
            fields.problem(key, "expected a list of at least one rule");
        }
        return rules;
    }

    private DecisionRule abstain(Fields fields) {
        DecisionRule inner = fields.get("parties-to-dispute-abstain")
                .map(n -> read(n, fields.pathOf("parties-to-dispute-abstain"))).orElse(null);
        return inner == null ? null : new DecisionRule.PartiesAbstain(inner);
    }
}
