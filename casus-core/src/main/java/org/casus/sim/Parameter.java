package org.casus.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.casus.model.Behaviour;
import org.casus.model.Correlation;
import org.casus.model.Distribution;
import org.casus.model.OutsideCost;
import org.casus.model.Scenario;

/**
 * One behaviour assumption of a scenario that a sensitivity analysis can set: an actor's (or the
 * defaults') support, aid-alone and latencies, and the outside-arrangement cost.
 *
 * @param name {@code US.support}, {@code defaults.delivery-days}, {@code outside.probability-factor}
 */
public record Parameter(String name, Function<Scenario, Distribution> getter,
                        BiFunction<Scenario, Distribution, Scenario> setter) {

    public Distribution get(Scenario scenario) {
        return getter.apply(scenario);
    }

    /** The scenario with this parameter fixed at {@code value}. */
    public Scenario fix(Scenario scenario, double value) {
        return setter.apply(scenario, new Distribution.Fixed(value));
    }

    private static final List<String> FIELDS = List.of("support", "aid-alone", "consultation-days", "decision-days",
            "delivery-days", "contribution");

    /**
     * Every parameter of {@code scenario} that is set and has a range (fields an actor leaves to
     * the defaults, and fixed values, which have no low and high to set, are skipped).
     */
    public static List<Parameter> of(Scenario scenario) {
        return all(scenario, false).stream().filter(p -> p.get(scenario).low() < p.get(scenario).high()).toList();
    }

    /**
     * The parameter named {@code name}, or an exception listing the names. A listed actor's field
     * that it leaves to the defaults can be named too: setting it sets that actor's alone.
     */
    public static Parameter named(Scenario scenario, String name) {
        List<Parameter> all = all(scenario, true);
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no parameter '" + name + "' in scenario " + scenario.id()
                        + "; expected one of " + String.join(", ", all.stream().map(Parameter::name).toList())));
    }

    private static List<Parameter> all(Scenario scenario, boolean inherited) {
        List<Parameter> parameters = new ArrayList<>();
        for (String field : FIELDS) {
            parameters.add(new Parameter("defaults." + field, s -> field(s.defaults(), field),
                    (s, d) -> with(s, null, with(s.defaults(), field, d))));
        }
        for (String actor : scenario.actors().keySet()) {
            for (String field : FIELDS) {
                if (inherited || field(scenario.actors().get(actor), field) != null) {
                    parameters.add(new Parameter(actor + "." + field, s -> field(s.behaviour(actor), field),
                            (s, d) -> with(s, actor, with(s.actors().get(actor), field, d))));
                }
            }
        }
        parameters.add(new Parameter("decisive-threshold", Scenario::decisiveThreshold, Scenario::withThreshold));
        if (inherited || scenario.correlation().common().high() > 0) {
            parameters.add(new Parameter("correlation.common", s -> s.correlation().common(),
                    (s, d) -> s.withCorrelation(new Correlation(d, s.correlation().leader(), s.correlation().follow(),
                            s.correlation().cite()))));
        }
        if (scenario.correlation().leader() != null) {
            parameters.add(new Parameter("correlation.follow", s -> s.correlation().follow(),
                    (s, d) -> s.withCorrelation(new Correlation(s.correlation().common(), s.correlation().leader(), d,
                            s.correlation().cite()))));
        }
        parameters.add(new Parameter("outside.extra-delay-days", s -> s.outside().extraDelay(),
                (s, d) -> s.withOutside(new OutsideCost(d, s.outside().probabilityFactor(), s.outside().applies()))));
        parameters.add(new Parameter("outside.probability-factor", s -> s.outside().probabilityFactor(),
                (s, d) -> s.withOutside(new OutsideCost(s.outside().extraDelay(), d, s.outside().applies()))));
        return parameters;
    }

    private static Distribution field(Behaviour b, String field) {
        return switch (field) {
            case "support" -> b.support();
            case "aid-alone" -> b.aidAlone();
            case "consultation-days" -> b.consultation();
            case "decision-days" -> b.decision();
            case "delivery-days" -> b.delivery();
            default -> b.contribution();
        };
    }

    private static Behaviour with(Behaviour b, String field, Distribution d) {
        return switch (field) {
            case "support" -> new Behaviour(d, b.aidAlone(), b.consultation(), b.decision(), b.delivery(),
                    b.contribution(), b.cite());
            case "aid-alone" -> new Behaviour(b.support(), d, b.consultation(), b.decision(), b.delivery(),
                    b.contribution(), b.cite());
            case "consultation-days" -> new Behaviour(b.support(), b.aidAlone(), d, b.decision(), b.delivery(),
                    b.contribution(), b.cite());
            case "decision-days" -> new Behaviour(b.support(), b.aidAlone(), b.consultation(), d, b.delivery(),
                    b.contribution(), b.cite());
            case "delivery-days" -> new Behaviour(b.support(), b.aidAlone(), b.consultation(), b.decision(), d,
                    b.contribution(), b.cite());
            default -> new Behaviour(b.support(), b.aidAlone(), b.consultation(), b.decision(), b.delivery(), d,
                    b.cite());
        };
    }

    /** The scenario with {@code behaviour} for {@code actor}, or as defaults when actor is null. */
    private static Scenario with(Scenario s, String actor, Behaviour behaviour) {
        Map<String, Behaviour> actors = new LinkedHashMap<>(s.actors());
        Behaviour defaults = s.defaults();
        if (actor == null) {
            defaults = behaviour;
        } else {
            actors.put(actor, behaviour);
        }
        return s.withBehaviours(defaults, actors);
    }
}
