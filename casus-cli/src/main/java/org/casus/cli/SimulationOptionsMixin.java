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
import org.casus.sim.CrisisSimulation;
import org.casus.sim.Parameter;
import org.casus.sim.Sensitivity;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.casus.sim.Verdict;
import picocli.CommandLine.Option;

/** The options and the run shared by {@code casus simulate} and {@code casus compare}. */
final class SimulationOptionsMixin {
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

    /** Simulates {@code targets} (and the none baseline), prints the report; returns the exit code. */
    int run(List<String> targets, Library library, PrintWriter out, PrintWriter err) {
        Scenario crisis = Targets.scenario(scenario, library);
        List<Arrangement> arrangements = new ArrayList<>();
        for (String target : targets) {
            arrangements.add(Targets.arrangement(target, library));
        }
        Arrangement baseline = library.arrangements().get("none");
        if (baseline == null) {
            throw new CasusException("the library has no 'none' arrangement to compare against");
        }
        if (arrangements.stream().noneMatch(a -> a.id().equals("none"))) {
            arrangements.add(baseline);
        }
        SimulationOptions options;
        try {
            options = new SimulationOptions(runs, seed, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
        Progress progress = new Progress(err);
        List<SimulationResult> results = new ArrayList<>();
        for (Arrangement arrangement : arrangements) {
            results.add(CrisisSimulation.run(arrangement, crisis, library, options,
                    done -> progress.update(arrangement.id(), done, runs)));
        }
        progress.finish();
        SimulationResult base = results.get(results.size() - 1);
        List<Verdict> verdicts = results.stream().filter(r -> r != base).map(r -> Verdict.of(r, base)).toList();
        List<Sensitivity.Bar> bars = new ArrayList<>();
        SimulationOptions small = options.withRuns(sensitivityRuns);
        if (tornado) {
            bars.addAll(Sensitivity.tornado(arrangements.get(0), baseline, crisis, library, small));
        }
        if (json) {
            out.println(Json.write(SimulationReport.json(crisis, results, verdicts, bars)));
        } else if (csv) {
            out.print(SimulationReport.csv(results));
        } else {
            out.print(SimulationReport.text(crisis, results, verdicts, bars));
        }
        if (grid != null) {
            printGrid(arrangements.get(0), baseline, crisis, library, small, out);
        }
        if (charts != null) {
            List<Path> written = new ArrayList<>(Charts.write(Charts.aidCurves(results, false), charts, "any-aid"));
            written.addAll(Charts.write(Charts.aidCurves(results, true), charts, "decisive-aid"));
            if (!bars.isEmpty()) {
                written.addAll(Charts.write(Charts.tornado(arrangements.get(0).id(), bars), charts, "tornado"));
            }
            err.println("charts: " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        out.flush();
        err.flush();
        return 0;
    }

    private void printGrid(Arrangement arrangement, Arrangement baseline, Scenario crisis, Library library,
                           SimulationOptions options, PrintWriter out) {
        if (grid.size() != 2) {
            throw new CasusException("--grid takes two parameters, got " + grid.size());
        }
        Parameter first;
        Parameter second;
        try {
            first = Parameter.named(crisis, grid.get(0));
            second = Parameter.named(crisis, grid.get(1));
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
        int levels = 5;
        List<Sensitivity.Cell> cells = Sensitivity.grid(arrangement, baseline, crisis, library, options, first, second, levels);
        out.printf("%nVerdict of %s against none: rows %s, columns %s%n", arrangement.id(), first.name(), second.name());
        out.printf("%10s", "");
        for (int j = 0; j < levels; j++) {
            out.printf(" %18.3f", cells.get(j).second());
        }
        out.println();
        for (int i = 0; i < levels; i++) {
            out.printf("%10.3f", cells.get(i * levels).first());
            for (int j = 0; j < levels; j++) {
                Verdict v = cells.get(i * levels + j).verdict();
                out.printf(" %18s", v.word() + String.format(" %+.2f", v.difference()));
            }
            out.println();
        }
    }

    /** A progress line on the error stream, shown once a run takes longer than a second. */
    private static final class Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private boolean shown;

        Progress(PrintWriter err) {
            this.err = err;
        }

        synchronized void update(String id, int done, int total) {
            if (System.nanoTime() - start < 1_000_000_000L) {
                return;
            }
            int width = 30;
            int filled = (int) ((long) width * done / total);
            err.printf("\rsimulating %-28s [%s%s] %3d%%", id, "#".repeat(filled), " ".repeat(width - filled),
                    100L * done / total);
            err.flush();
            shown = true;
        }

        synchronized void finish() {
            if (shown) {
                err.println();
            }
        }
    }
}
