package org.casus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus compare A B ... --scenario S}: several arrangements, each against the none baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Monte-Carlo crisis simulation of several arrangements, each judged against no arrangement.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ARRANGEMENT", description = "Arrangement files or library ids.")
    List<String> targets;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return simulation.run(targets, library.load(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
