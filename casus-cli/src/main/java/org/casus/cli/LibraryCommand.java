package org.casus.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.model.Arrangement;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.report.FindingsText;
import org.casus.report.Json;
import org.casus.report.LibraryReport;
import org.casus.report.ProvisionsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code casus library list|show ID}: the reference library. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "List the reference library, or show one arrangement as encoded, with its sources.",
        subcommands = {LibraryCommand.ListCommand.class, LibraryCommand.ShowCommand.class})
final class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list or show ID");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the arrangements in the library, then its councils and scenarios.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Option(names = "--json", description = "Write JSON: each arrangement with its findings "
                + "counted by severity, the councils, the scenarios.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Library lib = library.load();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(LibraryReport.json(lib)));
                out.flush();
                return 0;
            }
            int width = lib.arrangements().keySet().stream().mapToInt(String::length).max().orElse(2);
            String row = "%-" + width + "s %-10s %-21s %-11s %s%n";
            out.printf(row, "ID", "STATUS", "INSTRUMENT", "FINDINGS", "TITLE");
            lib.arrangements().values().stream().sorted(Comparator.comparing(Arrangement::id)).forEach(a -> {
                List<Finding> findings = Linter.check(a, lib);
                out.printf(row, a.id(), Labels.kebab(a.status()), Labels.kebab(a.instrument()), counts(findings),
                        a.title());
            });
            out.println();
            out.println("FINDINGS counts critical/major/minor/info findings of `casus check`.");
            out.println();
            out.println("Councils (casus power ID): " + String.join(", ", lib.councils().keySet().stream().sorted().toList()));
            out.println("Scenarios (casus simulate --scenario ID): "
                    + String.join(", ", lib.scenarios().keySet().stream().sorted().toList()));
            out.flush();
            return 0;
        }

        private static String counts(List<Finding> findings) {
            return FindingsText.summary(findings).replaceAll("[a-z ]", "").replace(",", "/");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show an arrangement's provisions, each with its sources and UNCERTAIN marks.")
    static final class ShowCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The arrangement id, such as nato-1949.")
        String id;

        @Mixin
        LibraryOption library;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Library lib = library.load();
            Arrangement arrangement = lib.arrangements().get(id);
            if (arrangement == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No arrangement '" + id
                        + "' in the library; `casus library list` shows the ids");
            }
            spec.commandLine().getOut().print(ProvisionsText.render(arrangement));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
