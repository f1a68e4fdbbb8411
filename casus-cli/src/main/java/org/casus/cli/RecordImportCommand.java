package org.casus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.model.Library;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.RecordException;
import org.casus.record.RecordService;
import org.casus.record.Statement;
import org.casus.record.importer.ProposedClaim;
import org.casus.record.importer.ProposedStatement;
import org.casus.record.importer.TextImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casus record import FILE}: finds the quotations of a news text, attributes them and
 * proposes statements and claims, all unconfirmed. Each statement is committed with its claims
 * in a transaction of its own, so an import stopped halfway keeps every statement it finished
 * and none by halves.
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
        Library library = options.library.load();
        RecordService service = options.service(library);
        LocalDate day = RecordCommand.date(date, "--date");
        List<ProposedStatement> found = new TextImporter(library.actors(), day).read(text);
        int statements = 0;
        int claims = 0;
        List<String> skipped = new ArrayList<>();
        for (ProposedStatement p : found) {
            if (p.actor() == null) {
                skipped.add("\"" + abbreviate(p.quote()) + "\" (no speaker found)");
                continue;
            }
            List<Claim> proposed = arrangement == null ? List.of() : p.claims().stream()
                    .map(this::claim).toList();
            Statement statement = new Statement(0, p.actor(), p.person(), day, source, p.quote(), null, null, false, 0);
            try {
                service.addStatement(statement, proposed);
            } catch (RecordException e) {
                // The speaker may not be on record for that date; keep the statement for the actor.
                service.addStatement(new Statement(0, p.actor(), null, day, source, p.quote(), null, null, false, 0),
                        proposed);
            }
            statements++;
            claims += proposed.size();
        }
        StringBuilder out = new StringBuilder("imported " + statements + " statement(s) and " + claims
                + " claim(s), all unconfirmed; confirm them with casus record confirm\n");
        skipped.forEach(s -> out.append("skipped ").append(s).append('\n'));
        RecordCommand.print(spec, out.toString());
        return 0;
    }

    private Claim claim(ProposedClaim c) {
        return new Claim(0, 0, arrangement, c.clause(), Modality.of(c.modality()).orElse(Modality.INTERPRETATION),
                null, null, false, 0);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
