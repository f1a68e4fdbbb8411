package org.casus.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.sim.Comparison;
import org.casus.sim.CrisisSimulation;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.casus.sim.Verdict;

/**
 * The last objective, for the front only (it costs a simulation each): decisive aid by the
 * verdict day against no arrangement at all, in one scenario, from paired runs with the same
 * seed for the base, every proposal and the baseline.
 */
public final class FrontSimulation {
    private FrontSimulation() {
    }

    /** Verdicts by arrangement id: the base first, then the first {@code count} offers of the front. */
    public static Map<String, Verdict> verdicts(DesignResult result, int count, Scenario scenario, Library library,
                                                SimulationOptions options) {
        List<Arrangement> arrangements = new ArrayList<>();
        arrangements.add(result.request().base());
        result.offers().stream().limit(count).map(o -> o.proposal().arrangement()).forEach(arrangements::add);
        List<Arrangement> all = Comparison.withBaseline(arrangements, library);
        Arrangement baseline = all.get(all.size() - 1);
        SimulationResult base = CrisisSimulation.run(baseline, scenario, library, options);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Arrangement arrangement : all.subList(0, all.size() - 1)) {
            verdicts.put(arrangement.id(), Verdict.of(CrisisSimulation.run(arrangement, scenario, library, options), base));
        }
        return verdicts;
    }
}
