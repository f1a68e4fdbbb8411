package org.casus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casus.record.RecordService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casus record import FILE}: finds the quotations of a news text, attributes them and
 * proposes statements and claims, all unconfirmed ({@link RecordService#importText}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the quotations of a text as unconfirmed statements and claims.")
final class RecordImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source the text comes from.")
    long source;
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When the statements were made.")
    String date;
    @Option(names = "--arrangement", paramLabel = "ID", description = "The arrangement the claims are about.")
    String arrangement;
    @Mixin RecordOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = RecordCommand.read(file);
        RecordService.ImportResult result = options.service().importText(text, source,
                RecordCommand.date(date, "--date"), arrangement);
        StringBuilder out = new StringBuilder("imported " + result.statements().size() + " statement(s) and "
                + result.claims() + " claim(s), all unconfirmed; confirm them with casus record confirm\n");
        result.skipped().forEach(q -> out.append("skipped \"").append(abbreviate(q)).append("\" (no speaker found)\n"));
        RecordCommand.print(spec, out.toString());
        return 0;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
