package org.casus.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.casus.CasusException;
import org.casus.design.Proposal;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;

/**
 * Writes a counter-proposal as an arrangement file: the base file's own tree with a new id,
 * title and status, the proposal's guarantors and decision procedure, and a source of kind
 * {@code proposal} that the changed provisions cite and that names the base it came from.
 * Every other provision, with its citations, is the base's. Comments of the base are not kept.
 */
public final class ProposalWriter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProposalWriter() {
    }

    /**
     * @param baseText  the base arrangement's file, YAML or JSON
     * @param baseWhere where the base can be read, for the source ({@code library/arrangements/x.yaml})
     */
    public static String write(String baseText, String baseWhere, Proposal proposal, String id) {
        ObjectNode root;
        try {
            root = (ObjectNode) YAML.readTree(baseText);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new CasusException(baseWhere + ": cannot be read back to derive a proposal: " + e.getMessage());
        }
        String baseId = root.path("id").asText();
        root.put("id", id);
        root.put("title", root.path("title").asText() + " (counter-proposal)");
        root.put("status", "proposal");
        ObjectNode source = ((ObjectNode) root.with("sources")).putObject(Proposal.SOURCE);
        source.put("title", "Counter-proposal derived by casus design from " + baseId);
        source.put("title-is-description", true);
        source.put("publisher", "Casus");
        source.put("url", baseWhere);
        source.put("encodes", "the guarantors and the decision procedure; every other provision is " + baseId + "'s");
        source.put("kind", "proposal");
        ObjectNode parties = (ObjectNode) root.with("parties");
        ArrayNode guarantors = NODES.arrayNode();
        proposal.guarantors().forEach(guarantors::add);
        if (!guarantors.equals(parties.get("guarantors"))) {
            parties.set("guarantors", guarantors);
            parties.put("cite", Proposal.SOURCE);
            parties.remove("uncertain");
        }
        root.set("decision", decision(root.path("decision"), proposal));
        String derived = "Counter-proposal derived by casus design from " + baseId + ": " + proposal.describe() + ".";
        root.put("notes", root.hasNonNull("notes") ? derived + " " + root.get("notes").asText() : derived);
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    private static ObjectNode decision(JsonNode old, Proposal proposal) {
        ObjectNode decision = NODES.objectNode();
        decision.put("procedure", "collective");
        decision.set("rule", rule(proposal.rule()));
        if (old.has("consultation-days")) {
            decision.set("consultation-days", old.get("consultation-days"));
        }
        if (proposal.fallbackDays() > 0) {
            decision.put("decision-days", proposal.fallbackDays());
            decision.put("on-deadlock", "individual-action");
        } else {
            if (old.has("decision-days")) {
                decision.set("decision-days", old.get("decision-days"));
            }
            decision.put("on-deadlock", "no-action");
        }
        for (String kept : new String[] {"unilateral-intervention-right", "intervention-purpose"}) {
            if (old.has(kept)) {
                decision.set(kept, old.get(kept));
            }
        }
        decision.put("cite", Proposal.SOURCE);
        return decision;
    }

    /** The rule in the decision-rule language {@link RuleReader} reads. */
    static JsonNode rule(DecisionRule rule) {
        ObjectNode node = NODES.objectNode();
        switch (rule) {
            case DecisionRule.Unanimity u -> node.set("unanimity", set(u.of()));
            case DecisionRule.Quota q -> {
                node.set("quota", threshold(q.threshold()));
                node.set("of", set(q.of()));
            }
            case DecisionRule.Weighted w -> {
                ObjectNode weights = node.putObject("weights");
                w.weights().forEach(weights::put);
                node.set("quota", threshold(w.quota()));
            }
            case DecisionRule.AllOf all -> all.rules().forEach(r -> node.withArray("all-of").add(rule(r)));
            case DecisionRule.AnyOf any -> any.rules().forEach(r -> node.withArray("any-of").add(rule(r)));
            case DecisionRule.PartiesAbstain abstain -> node.set("parties-to-dispute-abstain", rule(abstain.rule()));
        }
        return node;
    }

    private static JsonNode set(org.casus.model.ActorSet set) {
        if (set.name() != null) {
            return NODES.textNode(set.name());
        }
        ArrayNode codes = NODES.arrayNode();
        set.codes().forEach(codes::add);
        return codes;
    }

    private static JsonNode threshold(Threshold threshold) {
        return switch (threshold) {
            case Threshold.Count c -> NODES.numberNode(c.n());
            case Threshold.Fraction f when !f.strict() -> NODES.textNode(f.numerator() + "/" + f.denominator());
            case Threshold.Fraction f -> throw new IllegalArgumentException("a strict fraction has no form in the "
                    + "file format: " + f.describe());
        };
    }
}
