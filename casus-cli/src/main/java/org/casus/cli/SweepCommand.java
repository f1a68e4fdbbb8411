package org.casus.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.CasusException;
import org.casus.model.Library;
import org.casus.report.Json;
import org.casus.report.SweepReport;
import org.casus.sweep.Sweep;
import org.casus.sweep.SweepCell;
import org.casus.sweep.SweepPlan;
import org.casus.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casus sweep ARRANGEMENT... --scenario S}: the verdict across a Latin hypercube of the scenario's assumptions. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Simulate the arrangements against no arrangement at Latin-hypercube samples of the scenario's "
                + "parameters; say in how many cells each is better or worse and which parameters move the verdict.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARRANGEMENT", arity = "1..*", description = "Library ids of the arrangements.")
    List<String> arrangements = new ArrayList<>();

    @Option(names = "--scenario", required = true, paramLabel = "S", description = "A scenario of the library.")
    String scenario;

    @Option(names = "--parameters", split = ",", paramLabel = "P",
            description = "Parameters to sweep (default: every parameter of the scenario that has a range).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--samples", defaultValue = "50", paramLabel = "N", description = "Samples (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--runs", defaultValue = "2000", paramLabel = "R",
            description = "Runs per sample and arrangement (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "X", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the cells as an Apache Spark job (local[2], spark://host:7077); needs casus-spark on "
                    + "the class path (docs/scale.md).")
    String spark;

    @Option(names = "--json", description = "Write JSON (every cell and the summary).")
    boolean json;

    @Option(names = "--csv", description = "Write one CSV row per cell and arrangement.")
    boolean csv;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SweepPlan plan;
        try {
            plan = new SweepPlan(arrangements, scenario, parameters, samples, runs, seed);
        } catch (IllegalArgumentException e) {
            throw new CasusException(e.getMessage());
        }
        Library lib = library.load();
        Sweep.validate(plan, lib);
        List<SweepCell> cells;
        String where;
        if (spark == null) {
            cells = Sweep.run(plan, lib);
            where = "local, " + Runtime.getRuntime().availableProcessors() + " cores";
        } else {
            cells = SparkRunners.find(SweepRunner.class, SweepRunner::name).run(plan, spark, library.folder(), lib);
            where = "Apache Spark, " + spark;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(SweepReport.json(plan, cells, where)) + "\n"
                : csv ? SweepReport.csv(cells) : SweepReport.text(plan, cells, where));
        out.flush();
        return 0;
    }
}
