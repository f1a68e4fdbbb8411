package org.casus.cli;

import java.io.PrintWriter;
import org.casus.CasusException;
import org.casus.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code casus} command: a workbench for designing, negotiating and judging security guarantees. */
@Command(name = "casus", mixinStandardHelpOptions = true, versionProvider = Casus.VersionProvider.class,
        description = "Analyse security-guarantee arrangements: will they activate, what must be clarified.",
        subcommands = {CheckCommand.class, PowerCommand.class, RobustnessCommand.class, SimulateCommand.class, DesignCommand.class, SweepCommand.class,
            BriefCommand.class, RecordCommand.class, ServeCommand.class, LibraryCommand.class, CommandLine.HelpCommand.class})
public final class Casus {

    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: user errors print a message and exit 2, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Casus());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CasusException) {
                PrintWriter err = commandLine.getErr();
                err.println("casus: " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"casus " + Version.get()};
        }
    }
}
