package org.casus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the casus command in-process against the repository's library, capturing its output. */
final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code casus ARGS --library=...}; returns the exit code. */
    int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--library=" + System.getProperty("casus.library"));
        return runBare(all.toArray(String[]::new));
    }

    /** Runs {@code casus ARGS} as given. */
    int runBare(String... args) {
        CommandLine cli = Casus.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
