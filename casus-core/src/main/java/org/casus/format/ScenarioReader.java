package org.casus.format;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casus.model.ActorRegistry;
import org.casus.model.Behaviour;
import org.casus.model.Citation;
import org.casus.model.Correlation;
import org.casus.model.Distribution;
import org.casus.model.OutsideCost;
import org.casus.model.Scenario;
import org.casus.model.TriggerEvent;

/**
 * Reads a scenario file ({@code library/scenarios/ID.yaml}, documented in {@code docs/format.md}).
 * A distribution is written as a number (fixed), {@code {low, likely, high}} (triangular),
 * {@code {alpha, beta}} (Beta) or {@code {median, sigma}} (log-normal).
 */
public final class ScenarioReader {
    /** The longest crisis a scenario may cover: ten years, bounding the per-day memory of a run. */
    public static final int MAX_HORIZON_DAYS = 3650;

    private final DocumentContext context;

    private ScenarioReader(ActorRegistry actors) {
        this.context = new DocumentContext(actors);
    }

    public static Scenario read(Path file, ActorRegistry actors) {
        return new ScenarioReader(actors).scenario(TreeReader.read(file), DocumentContext.stem(file));
    }

    private Scenario scenario(Node root, String expectedId) {
        Fields doc = context.document(root);
        String id = context.readId(doc, expectedId, "ukraine-attacked-by-russia");
        String title = doc.requiredText("title", "the scenario's title");
        context.readSources(doc);
        String aggressor = doc.require("aggressor", "the attacking actor's code")
                .map(n -> context.code(n, "aggressor")).orElse(null);
        String target = doc.require("target", "the attacked actor's code").map(n -> context.code(n, "target")).orElse(null);
        if (aggressor != null && aggressor.equals(target)) {
            doc.problem("target", "contradictory: the target is the aggressor");
        }
        List<String> allies = context.codes(doc, "aggressor-allies");
        if (target != null && allies.contains(target)) {
            doc.problem("aggressor-allies", "contradictory: the target " + target + " is listed as an ally of the aggressor");
        }
        Integer horizon = doc.positive("horizon-days", "days");
        if (horizon != null && horizon > MAX_HORIZON_DAYS) {
            doc.problem("horizon-days", "expected at most " + MAX_HORIZON_DAYS + " days (ten years) for a crisis, got "
                    + horizon);
            horizon = null;
        }
        if (horizon == null && !doc.has("horizon-days")) {
            doc.require("horizon-days", "how many days each run covers");
        }
        Integer verdictDay = doc.positive("verdict-day", "days");
        if (verdictDay != null && horizon != null && verdictDay > horizon) {
            doc.problem("verdict-day", "the verdict day " + verdictDay + " is beyond the horizon of " + horizon + " days");
        }
        Distribution threshold = doc.has("decisive-threshold") ? distribution(doc, "decisive-threshold", true, false)
                : new Distribution.Fixed(0.5);
        Behaviour defaults = doc.require("defaults", "the behaviour of actors not listed")
                .flatMap(n -> Fields.of(n, "defaults", context.problems)).map(f -> behaviour(f, true)).orElse(null);
        Map<String, Behaviour> actors = new LinkedHashMap<>();
        doc.nested("actors").ifPresent(all -> {
            for (String code : ((Node.MapNode) all.node()).entries().keySet()) {
                Node key = new Node.ScalarNode(((Node.MapNode) all.node()).keyLocations().get(code), code,
                        Node.ScalarType.STRING);
                String known = context.code(key, all.pathOf(code));
                all.nested(code).ifPresent(f -> {
                    Behaviour behaviour = behaviour(f, false);
                    if (known != null) {
                        actors.put(known, behaviour);
                    }
                });
            }
            all.finish();
        });
        if (threshold != null && defaults != null && defaults.contribution() != null
                && defaults.contribution().high() == 0) {
            double most = actors.entrySet().stream()
                    .filter(e -> !e.getKey().equals(target) && !e.getKey().equals(aggressor) && !allies.contains(e.getKey()))
                    .mapToDouble(e -> e.getValue().orElse(defaults).contribution().high()).sum();
            if (threshold.low() > most + 1e-12) {
                doc.problem("decisive-threshold", String.format(Locale.ROOT, "%s is more than all the helpers "
                        + "together can contribute (%.3f, the listed actors' highest contributions; actors not listed "
                        + "contribute 0 by the defaults): no run could ever count as decisive aid",
                        threshold.describe(), most));
            }
        }
        OutsideCost outside = doc.require("outside", "the cost of acting outside a failed arrangement")
                .flatMap(n -> Fields.of(n, "outside", context.problems)).map(this::outside).orElse(null);
        Correlation correlation = doc.nested("correlation").map(this::correlation).orElse(Correlation.INDEPENDENT);
        Citation cite = context.citation(doc);
        String notes = doc.text("notes");
        List<String> attackOn = doc.texts("attack-on");
        TriggerEvent event = doc.choice("event", TriggerEvent.class, TriggerEvent.ARMED_ATTACK);
        doc.finish();
        context.problems.throwIfAny();
        int horizonDays = horizon;
        return new Scenario(id, title, aggressor, target, allies, attackOn, event, horizonDays,
                verdictDay == null ? horizonDays : verdictDay, threshold, defaults, actors, outside, correlation,
                context.sources, cite, notes);
    }

    private Behaviour behaviour(Fields f, boolean complete) {
        Behaviour behaviour = new Behaviour(
                distribution(f, "support", true, complete),
                distribution(f, "aid-alone", true, complete),
                distribution(f, "consultation-days", false, complete),
                distribution(f, "decision-days", false, complete),
                distribution(f, "delivery-days", false, complete),
                distribution(f, "contribution", true, complete),
                f.has("cite") ? context.citation(f) : Citation.NONE);
        f.accept("note", "cite", "uncertain");
        f.finish();
        return behaviour;
    }

    private OutsideCost outside(Fields f) {
        OutsideCost cost = new OutsideCost(distribution(f, "extra-delay-days", false, true),
                distribution(f, "probability-factor", true, true),
                f.choice("applies", OutsideCost.Applies.class, OutsideCost.Applies.WHEN_BARRED));
        f.accept("note", "cite", "uncertain");
        if (f.has("cite")) {
            context.citation(f);
        }
        f.finish();
        return cost;
    }

    private Correlation correlation(Fields f) {
        Distribution common = distribution(f, "common", true, false);
        String leader = f.get("leader").map(n -> context.code(n, f.pathOf("leader"))).orElse(null);
        Distribution follow = distribution(f, "follow", true, false);
        if (follow != null && !f.has("leader")) {
            f.problem("follow", "a follow probability needs a leader to follow");
        } else if (f.has("leader") && follow == null) {
            f.require("follow", "the probability that each other actor does what the leader decided");
        }
        f.accept("note", "cite", "uncertain");
        Correlation correlation = new Correlation(common, leader, follow, context.citation(f));
        f.finish();
        return correlation;
    }

    /** A distribution under {@code key}: a probability in [0, 1] or a number of days (0 or more). */
    private Distribution distribution(Fields f, String key, boolean probability, boolean required) {
        String expected = "a number, {low, likely, high}, {alpha, beta} or {median, sigma}";
        if (!f.has(key)) {
            if (required) {
                f.require(key, expected);
            }
            return null;
        }
        Node node = f.get(key).orElseThrow();
        String path = f.pathOf(key);
        double max = probability ? 1 : Double.MAX_VALUE;
        if (node instanceof Node.ScalarNode) {
            Double value = number(node, path, 0, max);
            return value == null ? null : new Distribution.Fixed(value);
        }
        Fields d = Fields.of(node, path, context.problems).orElse(null);
        if (d == null) {
            return null;
        }
        try {
            if (d.has("low") || d.has("likely") || d.has("high")) {
                Double low = req(d, "low", max);
                Double likely = req(d, "likely", max);
                Double high = req(d, "high", max);
                d.finish();
                if (low == null || likely == null || high == null) {
                    return null;
                }
                if (!(low <= likely && likely <= high)) {
                    context.problems.add(node, path, "expected low <= likely <= high, got " + low + ", " + likely
                            + ", " + high);
                    return null;
                }
                return new Distribution.Triangular(low, likely, high);
            }
            if (d.has("alpha") || d.has("beta")) {
                Double alpha = req(d, "alpha", Double.MAX_VALUE);
                Double beta = req(d, "beta", Double.MAX_VALUE);
                d.finish();
                if (!probability) {
                    context.problems.add(node, path, "a Beta distribution is for probabilities; use {low, likely, "
                            + "high} or {median, sigma} for days");
                    return null;
                }
                return alpha == null || beta == null || alpha <= 0 || beta <= 0 ? positive(node, path)
                        : new Distribution.Beta(alpha, beta);
            }
            if (d.has("median") || d.has("sigma")) {
                Double median = req(d, "median", Double.MAX_VALUE);
                Double sigma = req(d, "sigma", Double.MAX_VALUE);
                d.finish();
                if (probability) {
                    context.problems.add(node, path, "a log-normal distribution is for days; use a number, "
                            + "{low, likely, high} or {alpha, beta} for probabilities");
                    return null;
                }
                return median == null || sigma == null || median <= 0 ? positive(node, path)
                        : new Distribution.LogNormal(median, sigma);
            }
        } finally {
            d.accept("low", "likely", "high", "alpha", "beta", "median", "sigma");
        }
        context.problems.add(node, path, "expected " + expected);
        return null;
    }

    private Distribution positive(Node node, String path) {
        context.problems.add(node, path, "expected positive parameters");
        return null;
    }

    private Double req(Fields d, String key, double max) {
        return d.require(key, "a number").map(n -> number(n, d.pathOf(key), 0, max)).orElse(null);
    }

    private Double number(Node node, String path, double min, double max) {
        if (node instanceof Node.ScalarNode s
                && (s.type() == Node.ScalarType.INTEGER || s.type() == Node.ScalarType.DECIMAL)) {
            try {
                double value = Double.parseDouble(s.text());
                if (Double.isFinite(value) && value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException notDecimal) {
                // YAML reads .nan, .inf, 0x1F and 1_000 as numbers; Casus takes plain decimals only
            }
        }
        context.problems.add(node, path, "expected a number" + (max == 1 ? " between 0 and 1" : " of 0 or more")
                + ", got " + node.kindName());
        return null;
    }
}
