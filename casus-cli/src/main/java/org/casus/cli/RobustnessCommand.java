package org.casus.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.report.Json;
import org.casus.report.RobustnessReport;
import org.casus.robustness.AggressorCase;
import org.casus.robustness.Robustness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code casus robustness FILE}: can the arrangement activate against each potential aggressor? */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = "For each potential aggressor: can the arrangement activate, which minimal coalitions suffice, "
                + "who is indispensable, which obligations apply, which carve-outs remove cases.")
final class RobustnessCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARRANGEMENT", description = "An arrangement file or library id.")
    String target;

    @Option(names = "--threats", split = ",", paramLabel = "A",
            description = "The aggressors to examine (default: the file's threats, else every non-protected actor it names).")
    List<String> threats = new ArrayList<>();

    @CommandLine.ArgGroup(exclusive = true)
    PowerCommand.Format format = new PowerCommand.Format();

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Library lib = library.load();
        Arrangement arrangement = Targets.arrangement(target, lib);
        for (String threat : threats) {
            if (!lib.actors().contains(threat)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown actor '" + threat + "'");
            }
        }
        List<AggressorCase> cases = Robustness.analyse(arrangement, lib, threats);
        var out = spec.commandLine().getOut();
        if (format.json) {
            out.println(Json.write(RobustnessReport.json(arrangement.id(), cases)));
        } else if (format.csv) {
            out.print(RobustnessReport.csv(cases));
        } else {
            out.print(RobustnessReport.text(arrangement.id() + ": " + arrangement.title(), cases));
        }
        out.flush();
        return 0;
    }
}
