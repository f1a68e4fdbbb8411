package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casus.CasusException;
import org.casus.format.FormatException;
import org.casus.format.LibraryLoader;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.report.CheckJson;
import org.casus.report.FindingsText;
import org.casus.report.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code casus check FILE...}: validates arrangement files and lists their findings. Exit code 0
 * when clean, 1 when a finding reaches {@code --fail-on}, 2 when a file cannot be read.
 */
final class CheckCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.named(CommandSpec.wrapWithoutInspection(this), "check",
                    "Validate arrangement files and list what a negotiator must clarify.")
            .addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("FILE").type(List.class)
                    .auxiliaryTypes(Path.class).description("Arrangement files (YAML or JSON) or library ids.").build())
            .addOption(CommandSpecs.flag("--json", "Write JSON: one object per file (an array for several files)."))
            .addOption(CommandSpecs.option("--fail-on", "LEVEL", Level.class, "Exit with 1 when a finding at or above "
                    + "LEVEL exists: ${COMPLETION-CANDIDATES}.").build())
            .addOption(LibraryOption.option());

    /** The command, declared in code ({@link CommandSpecs}). */
    CommandSpec spec() {
        return spec;
    }

    /** The severities, as the option accepts them. */
    enum Level {
        critical, major, minor, info;

        Severity severity() {
            return Severity.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public Integer call() {
        List<Path> files = spec.positionalParameters().get(0).getValue();
        boolean json = CommandSpecs.given(spec, "--json");
        Level failOn = CommandSpecs.value(spec, "--fail-on");
        LibraryOption library = LibraryOption.of(spec);
        Library context = library.context();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Object> results = new ArrayList<>();
        boolean badInput = false;
        boolean failing = false;
        for (Path given : files) {
            Path file = Targets.arrangementFile(given, library.folder());
            try {
                Arrangement arrangement = LibraryLoader.readArrangement(file, context);
                List<Finding> findings = Linter.check(arrangement, context);
                failing |= failOn != null && findings.stream().anyMatch(f -> f.severity().atLeast(failOn.severity()));
                if (json) {
                    results.add(CheckJson.findings(file.toString(), arrangement.id(), findings));
                } else {
                    out.print(FindingsText.render(file.toString(), arrangement.id(), arrangement.title(), findings));
                    if (files.size() > 1) {
                        out.println();
                    }
                }
            } catch (FormatException e) {
                badInput = true;
                e.problems().forEach(err::println);
                results.add(CheckJson.errors(file.toString(), e.problems()));
            } catch (CasusException e) {
                badInput = true;
                err.println("casus: " + e.getMessage());
                results.add(CheckJson.error(file.toString(), e.getMessage()));
            }
        }
        if (json) {
            out.println(Json.write(results.size() == 1 ? results.get(0) : results));
        }
        out.flush();
        err.flush();
        return badInput ? Casus.BAD_INPUT : failing ? 1 : 0;
    }
}
