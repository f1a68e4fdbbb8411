package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casus.CasusException;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.report.Charts;
import org.casus.report.Json;
import org.casus.report.SimulationReport;
import org.casus.sim.Baseline;
import org.casus.sim.Comparison;
import org.casus.sim.Parameter;
import org.casus.sim.Sensitivity;
import org.casus.sim.SimulationOptions;
import picocli.CommandLine.Option;

/** The options and the run shared by {@code casus simulate} and {@code casus compare}. */
final class SimulationOptionsMixin {
    private static final int GRID_LEVELS = 5;

    @Option(names = "--scenario", required = true, paramLabel = "S", description = "A scenario file or library id.")
    String scenario;

    @Option(names = "--runs", defaultValue = "10000", paramLabel = "N", description = "Runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); the result does not depend on them.")
    Integer threads;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Option(names = "--csv", description = "Write the curves as CSV.")
    boolean csv;

    @Option(names = "--charts", paramLabel = "DIR", description = "Write charts (SVG and PNG) into DIR.")
    Path charts;

    @Option(names = "--tornado", description = "Add the one-at-a-time sensitivity of the verdict to every assumption.")
    boolean tornado;

    @Option(names = "--sensitivity-runs", defaultValue = "2000", paramLabel = "N",
            description = "Runs per sensitivity cell (default ${DEFAULT-VALUE}).")
    int sensitivityRuns;

    @Option(names = "--grid", split = ",", paramLabel = "P1,P2",
            description = "A two-way grid of verdicts for two parameters, such as US.support,outside.probability-factor.")
    List<String> grid;

    /** Simulation options from the command line, all cores when {@code threads} is null; bad values are user errors. */
    static SimulationOptions options(int runs, long seed, Integer threads) {
        try {
            return new SimulationOptions(runs, seed, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
    }

    /** Simulates {@code targets} (and the baseline), prints the report; returns the exit code. */
    int run(List<String> targets, Library library, PrintWriter out, PrintWriter err) {
        Scenario crisis = Targets.scenario(scenario, library);
        List<Arrangement> arrangements = new ArrayList<>();
        for (String target : targets) {
            arrangements.add(Targets.arrangement(target, library));
        }
        SimulationOptions options = options(runs, seed, threads);
        if (tornado || grid != null) {
            requireSensitivityRuns(sensitivityRuns);
        }
        List<Parameter> gridParameters = gridParameters(crisis);
        Progress progress = new Progress(err, Comparison.withBaseline(arrangements, library).size());
        Comparison comparison = Comparison.run(arrangements, crisis, library, options, tornado ? sensitivityRuns : 0,
                progress::update);
        progress.finish();
        Sensitivity.Grid table = gridParameters.isEmpty() ? null : Sensitivity.grid(arrangements.get(0),
                Baseline.in(library), crisis, library, options.withRuns(sensitivityRuns), gridParameters.get(0),
                gridParameters.get(1), GRID_LEVELS);
        if (json) {
            out.println(Json.write(SimulationReport.json(comparison, table)));
        } else if (csv) {
            out.print(SimulationReport.csv(comparison.results()));
        } else {
            out.print(SimulationReport.text(comparison, table));
        }
        if (charts != null) {
            List<Path> written = new ArrayList<>(Charts.write(Charts.aidCurves(comparison.results(), false), charts,
                    "any-aid"));
            written.addAll(Charts.write(Charts.aidCurves(comparison.results(), true), charts, "decisive-aid"));
            for (Comparison.Tornado t : comparison.tornadoes()) {
                written.addAll(Charts.write(Charts.tornado(t, t.bars().size()), charts, "tornado-" + t.arrangement()));
            }
            err.println("charts: " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** Refuses a sensitivity run count below one before any run, not after the whole simulation. */
    static void requireSensitivityRuns(int sensitivityRuns) {
        if (sensitivityRuns < 1) {
            throw new CasusException("--sensitivity-runs: at least one run per sensitivity cell is needed, got "
                    + sensitivityRuns);
        }
    }

    /** The two parameters of {@code --grid}, checked before any run; empty without {@code --grid}. */
    private List<Parameter> gridParameters(Scenario crisis) {
        if (grid == null) {
            return List.of();
        }
        if (grid.size() != 2) {
            throw new CasusException("--grid takes two parameters, got " + grid.size());
        }
        try {
            return List.of(Parameter.named(crisis, grid.get(0)), Parameter.named(crisis, grid.get(1)));
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
    }

    /**
     * A progress line on the error stream, shown once the work takes longer than a second and only
     * when the error stream is a terminal: overall runs done across every arrangement, so it only
     * moves forward.
     */
    /** Progress over the arrangements simulated one after another, each for the same runs. */
    private static final class Progress {
        private final ProgressBar bar;
        private final List<String> seen = new ArrayList<>();
        private final int arrangements;
        private long shownDone = -1;

        Progress(PrintWriter err, int arrangements) {
            this.bar = new ProgressBar(err);
            this.arrangements = arrangements;
        }

        synchronized void update(String id, int done, int runs) {
            if (!seen.contains(id)) {
                seen.add(id);
            }
            long total = (long) runs * arrangements;
            long overall = (long) seen.indexOf(id) * runs + done;
            if (overall <= shownDone) {
                return;
            }
            shownDone = overall;
            bar.show(String.format("simulating %-28s", id), overall, total, String.format("%3d%%", 100 * overall / total));
        }

        void finish() {
            bar.finish();
        }
    }
}
