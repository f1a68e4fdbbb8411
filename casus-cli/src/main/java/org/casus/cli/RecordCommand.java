package org.casus.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casus.CasusException;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Question;
import org.casus.record.RecordExport;
import org.casus.record.RecordService;
import org.casus.record.Statement;
import org.casus.record.analysis.AgreementSpace;
import org.casus.record.analysis.Contradiction;
import org.casus.record.analysis.Contradictions;
import org.casus.record.analysis.Position;
import org.casus.record.analysis.Positions;
import org.casus.record.store.RecordStore;
import org.casus.record.analysis.RecordJson;
import org.casus.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casus record ...}: the negotiation record. Every command is one transaction; bad input
 * gets a clear error and changes nothing.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "The negotiation record: sourced statements, clause claims, questions; positions, "
                + "contradictions and the agreement space.",
        subcommands = {RecordCommand.Init.class, RecordCommand.AddSource.class, RecordCommand.AddStatement.class,
            RecordCommand.AddClaim.class, RecordCommand.StatementsCommand.class, RecordCommand.Confirm.class,
            RecordCommand.Discard.class, RecordImportCommand.class,
            RecordCommand.PositionsCommand.class, RecordCommand.Timeline.class, RecordCommand.ContradictionsCommand.class,
            RecordCommand.Questions.class, RecordCommand.Answer.class, RecordCommand.Space.class,
            RecordCommand.Export.class, RecordCommand.Load.class})
final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see casus record --help");
    }

    static LocalDate date(String text, String option) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CasusException(option + ": expected a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    /** The text of {@code file}, or a clear error when there is no such file. */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CasusException(file + ": no such file");
        }
        return Files.readString(file);
    }

    static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the record, or bring its schema up to date.")
    static final class Init implements Callable<Integer> {
        @Mixin
        RecordOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String url = options.store().url();
            done(spec, options, object().put("record", url), "record ready at " + url);
            return 0;
        }
    }

    @Command(name = "add-source", mixinStandardHelpOptions = true, description = "Add a source, graded on the Admiralty scale.")
    static final class AddSource implements Callable<Integer> {
        @Option(names = "--title", required = true) String title;
        @Option(names = "--publisher") String publisher;
        @Option(names = "--url") String url;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--reliability", required = true, paramLabel = "A-F") String reliability;
        @Option(names = "--credibility", required = true, paramLabel = "1-6") int credibility;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            long id = options.service().addSource(title, publisher, url, date(date, "--date"), reliability, credibility);
            done(spec, options, object().put("source", id), "source " + id);
            return 0;
        }
    }

    @Command(name = "add-statement", mixinStandardHelpOptions = true,
            description = "Add a statement: who said what, when, where it was reported; claims may follow with --claim.")
    static final class AddStatement implements Callable<Integer> {
        @Option(names = "--actor", required = true) String actor;
        @Option(names = "--speaker", description = "A person listed for the actor in actors.yaml.") String speaker;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--source", required = true, paramLabel = "ID") long source;
        @Option(names = "--quote", description = "The words said, verbatim.") String quote;
        @Option(names = "--paraphrase", description = "The words as reported, for reported speech (no --quote).")
        String paraphrase;
        @Option(names = "--cameo") String cameo;
        @Option(names = "--confirmed", description = "Enter it as confirmed.") boolean confirmed;
        @Option(names = "--claim", paramLabel = "ARRANGEMENT:CLAUSE:MODALITY[:VALUE]",
                description = "A claim the statement makes, such as istanbul-2022-draft-ru:decision.rule:demand:unanimity.")
        List<String> claims = List.of();
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<Claim> parsed = claims.stream().map(AddStatement::claim).toList();
            long id = options.service().addStatement(new Statement(0, actor, speaker, date(date, "--date"), source, quote,
                    paraphrase, cameo, confirmed, 0), parsed);
            done(spec, options, object().put("statement", id).put("claims", parsed.size()),
                    "statement " + id + (parsed.isEmpty() ? "" : " with " + parsed.size() + " claim(s)"));
            return 0;
        }

        private static Claim claim(String text) {
            String[] parts = text.split(":", 4);
            if (parts.length < 3) {
                throw new CasusException("--claim: expected ARRANGEMENT:CLAUSE:MODALITY[:VALUE], got \"" + text + "\"");
            }
            return new Claim(0, 0, parts[0], parts[1], modality(parts[2]), parts.length == 4 ? parts[3] : null, null,
                    false, 0);
        }
    }

    static Modality modality(String label) {
        return Modality.of(label).orElseThrow(() -> new CasusException("unknown modality '" + label
                + "'; expected demand, offer, accept, reject, claims-agreement, deny, condition or interpretation"));
    }

    @Command(name = "add-claim", mixinStandardHelpOptions = true, description = "Add a claim a statement makes about a clause.")
    static final class AddClaim implements Callable<Integer> {
        @Option(names = "--statement", required = true, paramLabel = "ID") long statement;
        @Option(names = "--arrangement", required = true) String arrangement;
        @Option(names = "--clause", required = true, description = "A field path, such as decision.rule.") String clause;
        @Option(names = "--modality", required = true) String modality;
        @Option(names = "--value") String value;
        @Option(names = "--about", description = "For claims-agreement: the actor said to have agreed.") String about;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            long id = options.service().addClaim(new Claim(0, statement, arrangement, clause, modality(modality), value,
                    about, false, 0));
            done(spec, options, object().put("claim", id), "claim " + id);
            return 0;
        }
    }

    /** What a command that writes did: its JSON with {@code --json}, else a line of text. */
    static void done(CommandSpec spec, RecordOptions options, ObjectNode json, String text) {
        print(spec, options.json ? Json.write(json) + "\n" : text + "\n");
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Command(name = "statements", mixinStandardHelpOptions = true,
            description = "List the statements with their ids, speakers, dates and claims, confirmed or not.")
    static final class StatementsCommand implements Callable<Integer> {
        @Option(names = "--unconfirmed", description = "Only statements or claims still to confirm.") boolean unconfirmed;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            RecordStore store = options.store();
            List<Statement> statements = store.read(tx -> tx.statements());
            List<Claim> all = store.read(tx -> tx.claims());
            Map<Long, List<Claim>> claims = all.stream().collect(Collectors.groupingBy(Claim::statementId));
            List<Statement> shown = statements.stream().filter(s -> !unconfirmed || !s.confirmed()
                    || claims.getOrDefault(s.id(), List.of()).stream().anyMatch(c -> !c.confirmed())).toList();
            if (options.json) {
                print(spec, Json.write(RecordExport.withClaims(shown, all)) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            for (Statement s : shown) {
                out.append(s.id()).append("  ").append(s.saidOn()).append("  ").append(s.actor())
                        .append(s.speaker() == null ? "" : " (" + s.speaker() + ")")
                        .append(s.confirmed() ? "" : "  unconfirmed").append("\n    ").append(s.cited()).append('\n');
                for (Claim c : claims.getOrDefault(s.id(), List.of())) {
                    out.append("    claim ").append(c.id()).append(": ").append(c.arrangement()).append(':')
                            .append(c.clause()).append(' ').append(c.described())
                            .append(c.confirmed() ? "" : "  unconfirmed").append('\n');
                }
            }
            print(spec, shown.isEmpty() ? (unconfirmed ? "nothing to confirm\n" : "no statements recorded\n")
                    : out.toString());
            return 0;
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm a statement or a claim, correcting it first if need be.")
    static final class Confirm implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "statement or claim") String kind;
        @Parameters(index = "1", paramLabel = "ID") long id;
        @Option(names = "--actor", description = "statement: the actor who spoke (a new actor clears the speaker).") String actor;
        @Option(names = "--speaker", description = "statement: the person who spoke, as listed for the actor.") String speaker;
        @Option(names = "--modality", description = "claim: the modality.") String modality;
        @Option(names = "--value", description = "claim: the value.") String value;
        @Option(names = "--about", description = "claim: for claims-agreement, the actor said to have agreed.") String about;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            RecordService service = options.service();
            switch (kind) {
                case "statement" -> {
                    refuse("statement", modality, value, about);
                    service.confirmStatement(id, actor, speaker);
                }
                case "claim" -> {
                    refuse("claim", actor, speaker);
                    service.confirmClaim(id, modality == null ? null : modality(modality), value, about);
                }
                default -> throw new CasusException("confirm a statement or a claim, not a " + kind);
            }
            done(spec, options, object().put(kind, id).put("confirmed", true), kind + " " + id + " confirmed");
            return 0;
        }

        private void refuse(String kind, String... others) {
            for (String other : others) {
                if (other != null) {
                    throw new CasusException("a " + kind + " takes "
                            + (kind.equals("statement") ? "--actor and --speaker" : "--modality, --value and --about"));
                }
            }
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = "Remove a proposed statement (with its claims) or claim; the audit log keeps it.")
    static final class Discard implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "statement or claim") String kind;
        @Parameters(index = "1", paramLabel = "ID") long id;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            options.service().discard(kind, id);
            done(spec, options, object().put(kind, id).put("discarded", true), kind + " " + id + " discarded");
            return 0;
        }
    }

    @Command(name = "positions", mixinStandardHelpOptions = true, description = "Actor x clause: each actor's latest position.")
    static final class PositionsCommand implements Callable<Integer> {
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, Map<String, Position>> matrix = Positions.matrix(positions(options.store()));
            if (options.json) {
                print(spec, Json.write(RecordJson.positions(matrix)) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            matrix.forEach((actor, clauses) -> {
                out.append(actor).append('\n');
                clauses.forEach((clause, p) -> out.append("  ").append(clause).append(": ")
                        .append(p.claim().described()).append("  (").append(p.statement().saidOn())
                        .append(", statement ").append(p.statement().id())
                        .append(p.claim().confirmed() ? "" : ", unconfirmed").append(")\n"));
            });
            print(spec, out.length() == 0 ? "no positions recorded\n" : out.toString());
            return 0;
        }
    }

    static List<Position> positions(RecordStore store) {
        return store.read(tx -> Positions.of(tx.statements(), tx.claims()));
    }


    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "Every claim on one clause, oldest first.")
    static final class Timeline implements Callable<Integer> {
        @Parameters(paramLabel = "ARRANGEMENT:CLAUSE") String clause;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<Position> timeline = Positions.timeline(positions(options.store()), clause);
            if (options.json) {
                print(spec, Json.write(RecordJson.timeline(timeline)) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            timeline.forEach(p -> out.append(p.statement().saidOn()).append("  ").append(p.actor()).append("  ")
                    .append(p.claim().described()).append("  ").append(p.cite()).append('\n'));
            print(spec, timeline.isEmpty() ? "no claims on " + clause + "\n" : out.toString());
            return 0;
        }
    }

    @Command(name = "contradictions", mixinStandardHelpOptions = true,
            description = "Contradictions and misreadings, each explained and linked to its statements.")
    static final class ContradictionsCommand implements Callable<Integer> {
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<Contradiction> found = Contradictions.find(positions(options.store()));
            if (options.json) {
                print(spec, Json.write(RecordJson.contradictions(found)) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            found.forEach(c -> out.append(c.kind()).append("  ").append(c.clause()).append("  [")
                    .append(String.join(", ", c.actors())).append("]\n  ").append(c.explanation()).append('\n'));
            print(spec, found.isEmpty() ? "no contradictions found\n" : out.toString());
            return 0;
        }
    }

    @Command(name = "questions", mixinStandardHelpOptions = true,
            description = "List the clarification questions; --from-check opens one per finding of casus check.")
    static final class Questions implements Callable<Integer> {
        @Option(names = "--from-check", paramLabel = "ARRANGEMENT") String fromCheck;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            RecordService service = options.service();
            StringBuilder out = new StringBuilder();
            if (fromCheck != null) {
                out.append("opened ").append(service.questionsFromCheck(fromCheck).size()).append(" question(s)\n");
            }
            List<Question> questions = service.store().read(tx -> tx.questions());
            if (options.json) {
                print(spec, Json.write(RecordJson.questions(questions)) + "\n");
                return 0;
            }
            questions.forEach(q -> out.append(q.id()).append("  ").append(q.status()).append("  ")
                    .append(q.arrangement()).append(' ').append(q.clause())
                    .append(q.addressedTo() == null ? "" : " -> " + q.addressedTo()).append("\n    ").append(q.text())
                    .append(q.answeredBy() == null ? "" : " (answered by statement " + q.answeredBy() + ")").append('\n'));
            print(spec, out.length() == 0 ? "no questions\n" : out.toString());
            return 0;
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = "Record the statement that answered a question.")
    static final class Answer implements Callable<Integer> {
        @Parameters(paramLabel = "QUESTION") long question;
        @Option(names = "--statement", required = true, paramLabel = "ID") long statement;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            options.service().answer(question, statement);
            done(spec, options, object().put("question", question).put("answeredBy", statement),
                    "question " + question + " answered by statement " + statement);
            return 0;
        }
    }

    @Command(name = "space", mixinStandardHelpOptions = true,
            description = "The zone of possible agreement per clause, or where none exists.")
    static final class Space implements Callable<Integer> {
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<AgreementSpace.Space> spaces = AgreementSpace.of(positions(options.store()));
            if (options.json) {
                print(spec, Json.write(RecordJson.space(spaces)) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            spaces.forEach(s -> out.append(s.clause()).append("  ").append(s.described()).append("  -> ")
                    .append(s.verdict()).append('\n'));
            print(spec, spaces.isEmpty() ? "no positions with values recorded\n" : out.toString());
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the record as JSON, or as CSV (statements, sources and claims) for spreadsheets.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--csv", description = "One row per claim with its statement and source.") boolean csv;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE") Path output;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            RecordStore store = options.store();
            String text = csv ? RecordExport.csv(store) : Json.write(RecordExport.json(store)) + "\n";
            if (output == null) {
                print(spec, text);
            } else {
                Files.writeString(output, text);
                print(spec, "wrote " + output + "\n");
            }
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load a JSON or CSV export (a file ending in .csv), in one transaction.")
    static final class Load implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--merge", description = "Load into a record that is not empty; rows it already holds are "
                + "not added twice.") boolean merge;
        @Mixin RecordOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String text = read(file);
            RecordService service = options.service();
            RecordService.Loaded loaded = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? RecordExport.loadCsv(service, text, merge) : RecordExport.load(service, text, merge);
            done(spec, options, object().put("loaded", loaded.statements()).put("already", loaded.already()),
                    "loaded " + loaded.statements() + " statement(s)"
                            + (loaded.already() == 0 ? "" : "; " + loaded.already() + " already in the record"));
            return 0;
        }
    }
}
