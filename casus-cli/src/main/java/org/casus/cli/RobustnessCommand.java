package org.casus.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.format.Suggestions;
import org.casus.model.Arrangement;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.TriggerEvent;
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
            description = "The aggressors to examine (default: the file's threats, else every actor it names that "
                    + "has a protected state to attack; docs/method-check.md).")
    List<String> threats = new ArrayList<>();

    @Option(names = "--event", defaultValue = "armed-attack", paramLabel = "E",
            description = "The kind of attack: armed-attack (default, without nuclear weapons), aggression, "
                    + "nuclear-aggression, threat or breach.")
    String event;

    @CommandLine.ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();

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
                throw new CommandLine.ParameterException(spec.commandLine(), Suggestions.unknownActor(threat,
                        lib.actors()));
            }
        }
        TriggerEvent kind = Arrays.stream(TriggerEvent.values()).filter(e -> Labels.kebab(e).equals(event)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown event '" + event
                        + "'; expected armed-attack, aggression, nuclear-aggression, threat or breach"));
        List<AggressorCase> cases = Robustness.analyse(arrangement, lib, threats, kind);
        var out = spec.commandLine().getOut();
        if (format.json) {
            out.println(Json.write(RobustnessReport.json(arrangement.id(), cases).put("event", Labels.kebab(kind))));
        } else if (format.csv) {
            out.print(RobustnessReport.csv(cases));
        } else {
            out.print(RobustnessReport.text(arrangement.id() + ": " + arrangement.title() + "\nAttack: "
                    + Labels.kebab(kind), cases));
        }
        out.flush();
        return 0;
    }
}
