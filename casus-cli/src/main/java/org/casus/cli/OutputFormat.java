package org.casus.cli;

import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Option;

/** {@code --json} or {@code --csv}, one of them at most: an argument group of annotated commands, or {@link #group()}. */
final class OutputFormat {
    private static final String JSON = "Write JSON.";
    private static final String CSV = "Write CSV, one row per actor.";

    @Option(names = "--json", description = JSON)
    boolean json;

    @Option(names = "--csv", description = CSV)
    boolean csv;

    /** The same group, for a command declared in code (read with {@link CommandSpecs#given}). */
    static ArgGroupSpec group() {
        return ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(CommandSpecs.flag("--json", JSON)).addArg(CommandSpecs.flag("--csv", CSV)).build();
    }
}
