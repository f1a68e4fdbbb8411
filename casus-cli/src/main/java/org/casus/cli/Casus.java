package org.casus.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.casus.CasusException;
import org.casus.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code casus} command: a workbench for designing, negotiating and judging security guarantees. */
@Command(name = "casus", mixinStandardHelpOptions = true, versionProvider = Casus.VersionProvider.class,
        description = "Analyse security-guarantee arrangements: will they activate, what must be clarified.")
public final class Casus {

    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;

    /**
     * The subcommands in the order the help lists them. Picocli reads a command's options by reflection when
     * the command is added, which for all of them is most of a small command's start-up, so a command line
     * that names one gets that one alone ({@link #commandLine(String...)}).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    /** Other names a subcommand answers to ({@code @Command(aliases)}). */
    private static final Map<String, String> ALIASES = Map.of("compare", "simulate");

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand. */
    public static CommandLine commandLine() {
        CommandLine cli = root();
        SUBCOMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    /**
     * The command line for {@code args}: with only the subcommand they name, none for {@code --version},
     * else every one (for the help, and for "did you mean" on a mistyped name).
     */
    public static CommandLine commandLine(String... args) {
        Optional<String> named = Arrays.stream(args).filter(a -> !a.startsWith("-"))
                .map(a -> ALIASES.getOrDefault(a, a)).findFirst();
        if (named.isPresent() && SUBCOMMANDS.containsKey(named.get())) {
            CommandLine cli = root();
            cli.addSubcommand(SUBCOMMANDS.get(named.get()).get());
            return cli;
        }
        boolean versionOnly = named.isEmpty() && args.length > 0
                && Arrays.stream(args).allMatch(a -> a.equals("-V") || a.equals("--version"));
        return versionOnly ? root() : commandLine();
    }

    /** The root command: user errors print a message and exit 2, never a stack trace. */
    private static CommandLine root() {
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

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("power", PowerCommand::new);
        all.put("robustness", RobustnessCommand::new);
        all.put("simulate", SimulateCommand::new);
        all.put("design", DesignCommand::new);
        all.put("sweep", SweepCommand::new);
        all.put("brief", BriefCommand::new);
        all.put("record", RecordCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("library", LibraryCommand::new);
        return all;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"casus " + Version.get()};
        }
    }
}
