package org.casus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casus.record.RecordService;
import org.casus.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casus record import FILE}: finds the quotations and reported speech of a news text, attributes them and
 * proposes statements and claims, all unconfirmed ({@link RecordService#importText}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the quotations and reported speech of a text as unconfirmed statements and claims.")
final class RecordImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source the text comes from.")
    long source;
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The report's date: each statement is dated by it, unless its sentence names the day "
            + "(\"on Tuesday\", \"on 29 March\", \"yesterday\").")
    String date;
    @Option(names = "--arrangement", paramLabel = "ID", description = "The arrangement the claims are about.")
    String arrangement;
    @Option(names = "--author", paramLabel = "ACTOR", description = "For a government's own text (a readout, a "
            + "statement): its actor, whose account is what the text reports without a speaker (\"It was agreed...\").")
    String author;
    @Mixin RecordOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = RecordCommand.read(file);
        RecordService.ImportResult result = options.service().importText(text, source,
                RecordCommand.date(date, "--date"), arrangement, author);
        if (options.json) {
            ObjectNode json = RecordCommand.object().put("claims", result.claims()).put("already", result.already());
            result.statements().forEach(json.putArray("statements")::add);
            result.skipped().forEach(json.putArray("skipped")::add);
            RecordCommand.print(spec, Json.write(json) + "\n");
            return 0;
        }
        StringBuilder out = new StringBuilder("imported " + result.statements().size() + " statement(s) and "
                + result.claims() + " claim(s), all unconfirmed; review them with casus record statements"
                + " --unconfirmed, then confirm or discard each\n");
        if (result.already() > 0) {
            out.append(result.already()).append(" statement(s) already in the record from this source, not proposed again\n");
        }
        result.skipped().forEach(q -> out.append("skipped \"").append(abbreviate(q)).append("\" (no speaker found)\n"));
        RecordCommand.print(spec, out.toString());
        return 0;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
