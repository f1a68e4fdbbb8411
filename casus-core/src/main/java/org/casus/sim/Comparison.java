package org.casus.sim;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;

/**
 * Arrangements compared in one scenario: each simulated with the same seed, the baseline last;
 * each judged against the baseline from paired runs; and, when asked, the tornado of each. The one
 * comparison the CLI, the server and the briefing show.
 *
 * @param results   one per arrangement, in the order given, the baseline last
 * @param verdicts  each arrangement but the baseline against the baseline
 * @param pairs     each arrangement but the baseline against each later one, from the same paired runs
 * @param tornadoes one per arrangement but the baseline, when sensitivity runs were asked for
 */
public record Comparison(Scenario scenario, List<SimulationResult> results, List<Verdict> verdicts,
                         List<Verdict> pairs, List<Tornado> tornadoes) {
    public Comparison {
        results = List.copyOf(results);
        verdicts = List.copyOf(verdicts);
        pairs = List.copyOf(pairs);
        tornadoes = List.copyOf(tornadoes);
    }

    /**
     * Which assumptions move one arrangement's verdict against the baseline, largest swing first.
     *
     * @param base the verdict with every assumption as in the scenario, at the tornado's runs: the
     *             value each bar moves away from
     */
    public record Tornado(String arrangement, String baseline, Verdict base, List<Sensitivity.Bar> bars) {
        public Tornado {
            bars = List.copyOf(bars);
        }
    }

    /** Runs done so far for one arrangement, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        void update(String arrangement, int done, int runs);
    }

    /**
     * Simulates {@code arrangements} and the baseline (added when missing).
     *
     * @param sensitivityRuns runs per tornado cell; 0 for no tornado
     */
    public static Comparison run(List<Arrangement> arrangements, Scenario scenario, Library library,
                                 SimulationOptions options, int sensitivityRuns, Progress progress) {
        List<Arrangement> all = withBaseline(arrangements, library);
        Arrangement baseline = all.get(all.size() - 1);
        List<SimulationResult> results = new ArrayList<>();
        for (Arrangement arrangement : all) {
            results.add(CrisisSimulation.run(arrangement, scenario, library, options,
                    done -> progress.update(arrangement.id(), done, options.runs())));
        }
        SimulationResult base = results.get(results.size() - 1);
        List<SimulationResult> compared = results.subList(0, results.size() - 1);
        List<Verdict> verdicts = compared.stream().map(r -> Verdict.of(r, base)).toList();
        List<Verdict> pairs = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            for (int j = i + 1; j < compared.size(); j++) {
                pairs.add(Verdict.of(compared.get(i), compared.get(j)));
            }
        }
        List<Tornado> tornadoes = new ArrayList<>();
        if (sensitivityRuns > 0) {
            SimulationOptions small = options.withRuns(sensitivityRuns);
            for (Arrangement arrangement : all.subList(0, all.size() - 1)) {
                tornadoes.add(new Tornado(arrangement.id(), baseline.id(),
                        Sensitivity.verdict(arrangement, baseline, scenario, library, small),
                        Sensitivity.tornado(arrangement, baseline, scenario, library, small)));
            }
        }
        return new Comparison(scenario, results, verdicts, pairs, tornadoes);
    }

    /** The arrangements a comparison simulates, in its order: those given, then the baseline. */
    public static List<Arrangement> withBaseline(List<Arrangement> arrangements, Library library) {
        List<Arrangement> all = new ArrayList<>(arrangements.stream().filter(a -> !Baseline.is(a.id())).toList());
        all.add(Baseline.in(library));
        return all;
    }
}
