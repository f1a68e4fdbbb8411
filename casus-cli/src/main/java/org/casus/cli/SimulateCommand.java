package org.casus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus simulate FILE --scenario S} and {@code casus compare A B ... --scenario S}: crisis
 * simulation of one or more arrangements, each judged against the none baseline.
 */
@Command(name = "simulate", aliases = "compare", mixinStandardHelpOptions = true,
        description = "Monte-Carlo crisis simulation of one or more arrangements, each judged against no "
                + "arrangement (`compare` is the same command).")
final class SimulateCommand implements Callable<Integer> {
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
