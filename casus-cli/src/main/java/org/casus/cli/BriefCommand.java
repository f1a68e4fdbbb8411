package org.casus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.CasusException;
import org.casus.brief.Briefing;
import org.casus.brief.BriefingBuilder;
import org.casus.brief.BriefingFormat;
import org.casus.brief.MarkdownRenderer;
import org.casus.design.DesignRequest;
import org.casus.design.RedLine;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.record.store.RecordStore;
import org.casus.sim.SimulationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casus brief ARRANGEMENT -o FILE}: the negotiator's briefing as HTML, Markdown or PDF. A
 * Markdown file gets its charts as SVG files beside it; {@code -o -} writes Markdown or HTML to
 * standard output, where a Markdown chart is named by its caption and where to get it.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write the negotiator's briefing: verdict, questions, provisions, power, robustness and the "
                + "crisis simulation, in one self-contained file.")
final class BriefCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARRANGEMENT", description = "An arrangement file or library id.")
    String target;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The file to write; a Markdown file's charts are written beside it as NAME-1.svg, ... "
                    + "'-' writes Markdown (or --format html) to standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "F",
            description = "html, md or pdf (default: from the file's extension; md on standard output).")
    BriefingFormat format;

    @Option(names = "--scenario", paramLabel = "S", description = "A scenario to simulate (file or library id).")
    String scenario;

    @Option(names = "--against", split = ",", paramLabel = "A",
            description = "Arrangements to compare with (none is always included).")
    List<String> against = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "10000", paramLabel = "N", description = "Simulation runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sensitivity-runs", defaultValue = "2000", paramLabel = "N",
            description = "Runs per tornado bar; 0 leaves the tornado out (default ${DEFAULT-VALUE}).")
    int sensitivityRuns;

    @Option(names = "--offers", description = "Add \"What to offer instead\": the counter-proposals of casus design.")
    boolean offers;

    @Option(names = "--offers-require", split = ",", paramLabel = "A",
            description = "Guarantors the counter-proposals keep (as casus design --require-guarantors).")
    List<String> offersRequired = new ArrayList<>();

    @Option(names = "--offers-red-line", paramLabel = "SIDE=LEVEL[:ACTOR]",
            description = "A red line for the counter-proposals, repeatable (as casus design --red-line).")
    List<String> offersRedLines = new ArrayList<>();

    @Option(names = "--db", paramLabel = "URL", description = "A negotiation record to add (see casus record).")
    String db;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Library lib = library.load();
        Arrangement arrangement = Targets.arrangement(target, lib);
        Scenario crisis = scenario == null ? null : Targets.scenario(scenario, lib);
        List<Arrangement> alternatives = new ArrayList<>();
        for (String other : against) {
            alternatives.add(Targets.arrangement(other, lib));
        }
        SimulationOptions options = SimulationOptionsMixin.options(runs, seed, null);
        if (crisis != null) {
            SimulationOptionsMixin.requireSensitivityRuns(sensitivityRuns);
        }
        BriefingBuilder builder = new BriefingBuilder(arrangement, lib, crisis, alternatives, options, sensitivityRuns);
        if (db != null) {
            builder.withRecord(RecordStore.open(db));
        }
        if (offers || !offersRequired.isEmpty() || !offersRedLines.isEmpty()) {
            builder.withOffers(DesignRequest.of(arrangement, offersRequired)
                    .withRedLines(offersRedLines.stream().map(RedLine::parse).toList()));
        }
        boolean toStdout = output.toString().equals("-");
        BriefingFormat chosen = format != null ? format : toStdout ? BriefingFormat.md
                : BriefingFormat.ofFileName(output.getFileName().toString()).orElseThrow(() -> new CasusException(
                        output + ": the format is told by the extension (.html, .md or .pdf) or by --format"));
        if (toStdout && chosen == BriefingFormat.pdf) {
            throw new CasusException("a PDF briefing is written to a file: give -o FILE.pdf");
        }
        Briefing briefing = builder.build();
        if (toStdout) {
            spec.commandLine().getOut().print(new String(chosen.render(briefing), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<Path> written = List.of(output);
        if (chosen == BriefingFormat.md) {
            written = MarkdownRenderer.write(briefing, output); // the charts as SVG files beside it
        } else {
            Files.write(output, chosen.render(briefing));
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + chosen + ")" + (written.size() == 1 ? ""
                : " and its charts " + String.join(", ", written.subList(1, written.size()).stream()
                        .map(p -> p.getFileName().toString()).toList())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
