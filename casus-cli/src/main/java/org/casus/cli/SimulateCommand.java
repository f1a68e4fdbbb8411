package org.casus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus simulate FILE --scenario S}: one arrangement against the none baseline. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte-Carlo crisis simulation of one arrangement against no arrangement.")
final class SimulateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARRANGEMENT", description = "An arrangement file or library id.")
    String target;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return simulation.run(List.of(target), library.load(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
