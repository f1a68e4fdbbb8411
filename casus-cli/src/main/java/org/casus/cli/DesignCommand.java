package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casus.CasusException;
import org.casus.design.Assessment;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.DesignResult;
import org.casus.design.DesignRunner;
import org.casus.design.FrontSimulation;
import org.casus.design.RedLine;
import org.casus.format.ProposalWriter;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.record.analysis.Positions;
import org.casus.record.analysis.RecordRedLines;
import org.casus.record.store.RecordStore;
import org.casus.report.DesignReport;
import org.casus.report.Json;
import org.casus.sim.SimulationOptions;
import org.casus.sim.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casus design ARRANGEMENT}: what to offer instead, under each side's red lines. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Search guarantor sets and decision rules for counter-proposals that activate against every "
                + "aggressor, ranked as a Pareto front over each side's red lines, the refusals needed to block "
                + "and the power moved (docs/method-design.md).")
final class DesignCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARRANGEMENT", description = "An arrangement file or library id.")
    String target;

    @Option(names = "--require-guarantors", split = ",", paramLabel = "A", description = "Guarantors every proposal keeps.")
    List<String> required = new ArrayList<>();

    @Option(names = "--exclude-guarantors", split = ",", paramLabel = "A", description = "Guarantors no proposal has.")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--candidates", split = ",", paramLabel = "A", description = "States a proposal may add as guarantors.")
    List<String> candidates = new ArrayList<>();

    @Option(names = "--max-added", defaultValue = "2", paramLabel = "N",
            description = "How many candidates one proposal may add (default: ${DEFAULT-VALUE}).")
    int maxAdded;

    @Option(names = "--aggressors", split = ",", paramLabel = "A",
            description = "Aggressors every proposal must activate against (default: the arrangement's potential "
                    + "aggressors and every single guarantor).")
    List<String> aggressors = new ArrayList<>();

    @Option(names = "--red-line", paramLabel = "SIDE=LEVEL[:ACTOR]",
            description = "A side's red line on an actor's standing, repeatable: LEVEL is veto, veto-unless-party, "
                    + "vote, at-most-veto-unless-party, at-most-vote or no-vote; ACTOR defaults to SIDE. Example: "
                    + "--red-line RU=veto --red-line UA=at-most-vote:RU. Default: each required guarantor keeps the "
                    + "standing the arrangement gives it.")
    List<String> redLines = new ArrayList<>();

    @Option(names = "--db", paramLabel = "URL",
            description = "A negotiation record: each side's latest confirmed position on the arrangement's decision "
                    + "rule becomes a red line (a veto or unanimity demanded, or rejected; docs/method-design.md).")
    String db;

    @Option(names = "--min-power", split = ",", paramLabel = "A=SHARE",
            description = "Lower bounds on Shapley-Shubik shares in a vote where no guarantor is a party, e.g. RU=0.2.")
    Map<String, Double> minPower = new LinkedHashMap<>();

    @Option(names = "--fallback-days", defaultValue = "0", paramLabel = "D",
            description = "Also offer unanimity with each guarantor free to act alone after D days without a "
                    + "decision (default: not offered).")
    int fallbackDays;

    @Option(names = "--show", defaultValue = "10", paramLabel = "N",
            description = "Offers of the front to explain, write and simulate (default: ${DEFAULT-VALUE}).")
    int shown;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each proposal shown as an arrangement file in DIR.")
    Path output;

    @Option(names = "--scenario", paramLabel = "S",
            description = "Also simulate the base and the offers shown in this scenario (file or library id): decisive "
                    + "aid by the verdict day against no arrangement, from paired runs.")
    String scenario;

    @Option(names = "--runs", defaultValue = "10000", paramLabel = "N",
            description = "Runs per simulation with --scenario (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the simulations (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Search the guarantor sets as an Apache Spark job (local[2], spark://host:7077); needs "
                    + "casus-spark on the class path and a library arrangement (docs/scale.md).")
    String spark;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxAdded < 0 || fallbackDays < 0 || shown < 1) {
            throw new CasusException("--max-added and --fallback-days must be 0 or more and --show at least 1");
        }
        Library lib = library.load();
        Arrangement base = Targets.arrangement(target, lib);
        Scenario crisis = scenario == null ? null : Targets.scenario(scenario, lib);
        SimulationOptions options = SimulationOptionsMixin.options(runs, seed, null);
        PrintWriter err = spec.commandLine().getErr();
        List<RedLine> lines = new ArrayList<>(redLines.stream().map(RedLine::parse).toList());
        if (db != null) {
            RecordRedLines.Reading reading = RecordRedLines.of(RecordStore.open(db)
                    .read(tx -> Positions.of(tx.statements(), tx.claims())), base, lib.actors());
            lines.addAll(reading.lines());
            reading.unread().forEach(note -> err.println("casus design: not read as a red line: " + note));
            err.flush();
        }
        DesignRequest request = new DesignRequest(base, required, excluded, candidates, maxAdded, aggressors, lines,
                minPower, fallbackDays, shown);
        ProgressBar bar = new ProgressBar(err);
        DesignResult result = spark != null
                ? SparkRunners.find(DesignRunner.class, DesignRunner::name).run(request, spark, library.folder(), lib)
                : Design.search(request, lib, (done, total) -> bar.show("designing", done, total,
                        String.format("%,d of %,d proposals", done, total)));
        bar.finish();
        if (output != null) {
            write(result, base);
        }
        Map<String, Verdict> verdicts = crisis == null ? Map.of()
                : FrontSimulation.verdicts(result, shown, crisis, lib, options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(DesignReport.json(result, verdicts)) + "\n"
                : DesignReport.text(result, verdicts, lib.actors()));
        out.flush();
        return 0;
    }

    private void write(DesignResult result, Arrangement base) {
        Path baseFile = baseFile(base);
        String text;
        try {
            text = Files.readString(baseFile);
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new CasusException(e.getMessage() + ": cannot read the base or create " + output);
        }
        List<DesignResult.Offer> offers = result.offers();
        for (int i = 0; i < Math.min(shown, offers.size()); i++) {
            Assessment a = offers.get(i).proposal();
            Path file = output.resolve(a.arrangement().id() + ".yaml");
            try {
                Files.writeString(file, ProposalWriter.write(text, baseFile.toString(), a.proposal(), a.arrangement().id()));
            } catch (IOException e) {
                throw new CasusException(file + ": cannot write: " + e.getMessage());
            }
        }
    }

    private Path baseFile(Arrangement base) {
        Path given = Path.of(target);
        if (Files.isRegularFile(given)) {
            return given;
        }
        for (String extension : List.of(".yaml", ".yml", ".json")) {
            Path file = library.folder().resolve("arrangements").resolve(base.id() + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new CasusException(base.id() + ": the library file is not found under " + library.folder());
    }
}
