package org.casus.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.casus.CasusException;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.sim.Baseline;
import org.casus.sim.CrisisSimulation;
import org.casus.sim.Parameter;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.casus.sim.Verdict;

/**
 * {@code casus sweep}: a Latin-hypercube sample over a scenario's parameters, each point
 * simulated for every arrangement and for no arrangement with the same runs. {@link #cell} is the
 * one function every runner calls (the local one here, the Spark one in casus-spark), a pure
 * function of the plan, the sample's index and the library.
 *
 * <p>Latin hypercube (McKay, Beckman and Conover, Technometrics 21, 1979): each parameter's range
 * is cut into {@code samples} equal strata and each stratum is used once, in an order drawn for
 * that parameter, at a uniform point within it.
 */
public final class Sweep {
    private Sweep() {
    }

    /** Every cell, computed on this machine's cores, in sample order. */
    public static List<SweepCell> run(SweepPlan plan, Library library) {
        validate(plan, library);
        return IntStream.range(0, plan.samples()).parallel().mapToObj(i -> cell(plan, i, library)).toList();
    }

    /** The cell of sample {@code index}: its point, then each arrangement's verdict there. */
    public static SweepCell cell(SweepPlan plan, int index, Library library) {
        Scenario base = scenario(plan, library);
        Map<String, Double> point = point(plan, base, index);
        Scenario scenario = base;
        for (Map.Entry<String, Double> value : point.entrySet()) {
            scenario = Parameter.named(base, value.getKey()).fix(scenario, value.getValue());
        }
        SimulationOptions options = new SimulationOptions(plan.runs(), cellSeed(plan.seed(), index), 1);
        SimulationResult none = CrisisSimulation.run(Baseline.in(library), scenario, library, options);
        List<SweepCell.Row> rows = new ArrayList<>();
        for (String id : plan.arrangements()) {
            Verdict v = Verdict.of(CrisisSimulation.run(arrangement(library, id), scenario, library, options), none);
            rows.add(new SweepCell.Row(id, v.difference(), v.low(), v.high(), v.word()));
        }
        return new SweepCell(index, point, rows);
    }

    /** The swept parameters' values at sample {@code index}. */
    static Map<String, Double> point(SweepPlan plan, Scenario scenario, int index) {
        List<String> names = names(plan, scenario);
        Map<String, Double> point = new LinkedHashMap<>();
        for (int p = 0; p < names.size(); p++) {
            Parameter parameter = Parameter.named(scenario, names.get(p));
            double low = parameter.get(scenario).low();
            double high = parameter.get(scenario).high();
            int stratum = strata(plan, p)[index];
            double within = new SplittableRandom(mix(plan.seed(), p, index)).nextDouble();
            point.put(names.get(p), low + (high - low) * (stratum + within) / plan.samples());
        }
        return point;
    }

    /** The order in which parameter {@code p} visits its strata: a permutation drawn from the seed. */
    private static int[] strata(SweepPlan plan, int p) {
        int[] order = IntStream.range(0, plan.samples()).toArray();
        SplittableRandom random = new SplittableRandom(mix(plan.seed(), p, -1));
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The seed of the simulations of sample {@code index}: distinct per sample, shared by every arrangement. */
    static long cellSeed(long seed, int index) {
        return mix(seed, -2, index);
    }

    private static long mix(long seed, int a, int b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<String> names(SweepPlan plan, Scenario scenario) {
        return plan.parameters().isEmpty() ? Parameter.of(scenario).stream().map(Parameter::name).toList()
                : plan.parameters();
    }

    /** Refuses a plan that names what the library lacks, before any work. */
    public static void validate(SweepPlan plan, Library library) {
        Scenario scenario = scenario(plan, library);
        plan.arrangements().forEach(id -> arrangement(library, id));
        try {
            names(plan, scenario).forEach(name -> Parameter.named(scenario, name));
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
    }

    private static Scenario scenario(SweepPlan plan, Library library) {
        Scenario scenario = library.scenarios().get(plan.scenario());
        if (scenario == null) {
            throw new CasusException("no scenario '" + plan.scenario() + "' in the library");
        }
        return scenario;
    }

    private static Arrangement arrangement(Library library, String id) {
        Arrangement a = library.arrangements().get(id);
        if (a == null) {
            throw new CasusException("no arrangement '" + id + "' in the library; `casus library list` shows the ids");
        }
        return a;
    }
}
