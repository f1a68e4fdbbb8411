package org.casus.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.format.ClausePaths;
import org.casus.format.Suggestions;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.model.Actor;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Person;
import org.casus.record.analysis.ActivationValue;
import org.casus.record.importer.ProposedStatement;
import org.casus.record.importer.TextImporter;
import org.casus.record.store.RecordStore;

/**
 * The record's commands, each one transaction: checks its input against the reference library
 * (known actors, a speaker within the dates of the role, existing clause paths) and either
 * writes everything or nothing.
 */
public final class RecordService {
    private final RecordStore store;
    private final Library library;
    private final String who;

    /** @param who the analyst the audit log names */
    public RecordService(RecordStore store, Library library, String who) {
        this.store = store;
        this.library = library;
        this.who = who;
    }

    public RecordStore store() {
        return store;
    }

    public long addSource(String title, String publisher, String url, LocalDate published, String reliability,
                          int credibility) {
        if (title == null || title.isBlank()) {
            throw new RecordException("a source needs a title");
        }
        if (reliability == null || !reliability.matches("[A-F]")) {
            throw new RecordException("reliability must be a letter A to F (Admiralty scale), got " + reliability);
        }
        if (credibility < 1 || credibility > 6) {
            throw new RecordException("credibility must be 1 to 6 (Admiralty scale), got " + credibility);
        }
        fits("title", title, 500);
        fits("publisher", publisher, 300);
        fits("url", url, 2000);
        plausible("published", published);
        return store.write(tx -> tx.insertSource(new RecordSource(0, title, publisher, url, published, reliability,
                credibility, 0), who));
    }

    /** Adds a statement with its claims, in one transaction. */
    public long addStatement(Statement statement, List<Claim> claims) {
        check(statement);
        claims.forEach(this::checkClaim);
        return store.write(tx -> {
            if (tx.source(statement.sourceId()).isEmpty()) {
                throw new RecordException("no source with id " + statement.sourceId() + "; add it with record add-source");
            }
            long id = tx.insertStatement(statement, who);
            for (Claim claim : claims) {
                tx.insertClaim(new Claim(0, id, claim.arrangement(), claim.clause(), claim.modality(), claim.value(),
                        claim.aboutActor(), claim.confirmed(), 0), who);
            }
            return id;
        });
    }

    public long addClaim(Claim claim) {
        checkClaim(claim);
        return store.write(tx -> {
            if (tx.statement(claim.statementId()).isEmpty()) {
                throw new RecordException("no statement with id " + claim.statementId());
            }
            return tx.insertClaim(claim, who);
        });
    }

    /**
     * What an import did: the statements added, the number of claims, the quotations no speaker was found
     * for, and the proposals left out because the record already holds them (same source, same words).
     */
    public record ImportResult(List<Long> statements, int claims, List<String> skipped, int already) {
    }

    /**
     * Imports the quotations and reported speech of a news text as unconfirmed statements from
     * {@code source}, made on {@code date} (the report's) unless their sentence names the day ("on
     * Tuesday", "on 29 March"), with the proposed claims on {@code arrangement} when it is given.
     * Each statement is committed with its claims in a transaction of its own, so an import stopped
     * halfway keeps every statement it finished and none by halves. A speaker not on record
     * for that date is left out and the statement kept for the actor. Importing the same text from the
     * same source again proposes nothing twice.
     *
     * @param author the actor whose own text this is (a readout, a statement of its government), or null:
     *               what it reports without naming a speaker ({@code It was agreed...}) is the author's
     */
    public ImportResult importText(String text, long source, LocalDate date, String arrangement, String author) {
        if (author != null && library.actors().find(author).isEmpty()) {
            throw new RecordException(Suggestions.unknownActor(author, library.actors()) + " (the text's author)");
        }
        List<Long> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int claims = 0;
        int already = 0;
        Set<String> held = store.read(tx -> tx.statements()).stream().filter(s -> s.sourceId() == source)
                .map(s -> s.reported() ? s.paraphrase() : s.quote()).collect(Collectors.toSet());
        String guaranteeRule = arrangement == null ? null : ActivationValue.of(arrangement(arrangement), library);
        for (ProposedStatement p : new TextImporter(library.actors(), date, author, guaranteeRule).read(text)) {
            if (p.actor() == null) {
                skipped.add(p.words());
                continue;
            }
            if (!held.add(p.quoted() ? p.words() : p.sentence())) {
                already++;
                continue;
            }
            List<Claim> proposed = arrangement == null ? List.of() : p.claims().stream()
                    .map(c -> new Claim(0, 0, arrangement, c.clause(),
                            Modality.of(c.modality()).orElse(Modality.INTERPRETATION), c.value(), c.about(), false, 0))
                    .toList();
            String quote = p.quoted() ? p.words() : null;
            String paraphrase = p.quoted() ? null : p.sentence();
            LocalDate said = p.date() != null ? p.date() : date;
            Statement statement = new Statement(0, p.actor(), p.person(), said, source, quote, paraphrase, null, false, 0);
            try {
                added.add(addStatement(statement, proposed));
            } catch (RecordException speakerOffRecord) {
                added.add(addStatement(new Statement(0, p.actor(), null, said, source, quote, paraphrase, null, false, 0),
                        proposed));
            }
            claims += proposed.size();
        }
        return new ImportResult(added, claims, skipped, already);
    }

    /** Confirms a statement or a claim, as it stands now (its current version). */
    public void confirm(String kind, long id) {
        switch (kind) {
            case "statement" -> confirmStatement(id, null, null);
            case "claim" -> confirmClaim(id, null, null, null);
            default -> throw new RecordException("confirm a statement or a claim, not a " + kind);
        }
    }

    /**
     * Confirms a statement, first correcting who made it: {@code actor} and {@code speaker} replace what the
     * statement says when given (a new actor without a speaker clears the speaker). Checked as
     * {@code add-statement} checks; one transaction.
     */
    public void confirmStatement(long id, String actor, String speaker) {
        store.write(tx -> {
            Statement s = tx.statement(id).orElseThrow(() -> new RecordException("no statement with id " + id));
            int version = s.version();
            if (actor != null || speaker != null) {
                String newActor = actor == null ? s.actor() : actor;
                String newSpeaker = speaker != null ? speaker : actor == null ? s.speaker() : null;
                check(new Statement(id, newActor, newSpeaker, s.saidOn(), s.sourceId(), s.quote(), s.paraphrase(),
                        s.cameo(), s.confirmed(), version));
                tx.correctStatement(id, newActor, newSpeaker, version, who);
                version++;
            }
            tx.confirm("statement", id, version, who);
            return null;
        });
    }

    /**
     * Confirms a claim, first correcting what it says: {@code modality}, {@code value} and {@code about}
     * replace the claim's when given. Checked as {@code add-claim} checks; one transaction.
     */
    public void confirmClaim(long id, Modality modality, String value, String about) {
        store.write(tx -> {
            Claim c = tx.claim(id).orElseThrow(() -> new RecordException("no claim with id " + id));
            int version = c.version();
            if (modality != null || value != null || about != null) {
                Claim corrected = new Claim(id, c.statementId(), c.arrangement(), c.clause(),
                        modality == null ? c.modality() : modality, value == null ? c.value() : value,
                        about == null ? c.aboutActor() : about, c.confirmed(), version);
                checkClaim(corrected);
                tx.correctClaim(id, corrected.modality(), corrected.value(), corrected.aboutActor(), version, who);
                version++;
            }
            tx.confirm("claim", id, version, who);
            return null;
        });
    }

    /**
     * Removes a proposal an analyst rejects: a claim, or a statement with its claims. The audit log keeps
     * what was removed. A statement that answered a question is kept (withdraw the answer first).
     */
    public void discard(String kind, long id) {
        store.write(tx -> {
            switch (kind) {
                case "statement" -> {
                    Statement s = tx.statement(id).orElseThrow(() -> new RecordException("no statement with id " + id));
                    tx.questions().stream().filter(q -> Long.valueOf(id).equals(q.answeredBy())).findFirst()
                            .ifPresent(q -> {
                                throw new RecordException("statement " + id + " answered question " + q.id()
                                        + "; it stays in the record");
                            });
                    tx.discardStatement(s, who);
                }
                case "claim" -> tx.discardClaim(tx.claim(id).orElseThrow(() ->
                        new RecordException("no claim with id " + id)), who);
                default -> throw new RecordException("discard a statement or a claim, not a " + kind);
            }
            return null;
        });
    }

    /** Opens a question for every finding of {@code casus check} on the arrangement not already asked; returns their ids. */
    public List<Long> questionsFromCheck(String arrangementId) {
        Arrangement arrangement = arrangement(arrangementId);
        List<Finding> findings = Linter.check(arrangement, library);
        return store.write(tx -> {
            List<Question> existing = tx.questions();
            List<Long> ids = new ArrayList<>();
            for (Finding f : findings) {
                boolean asked = existing.stream().anyMatch(q -> q.arrangement().equals(arrangementId)
                        && q.clause().equals(f.clause()) && f.rule().equals(q.ruleId()) && q.text().equals(f.question()));
                if (!asked) {
                    String to = f.actors().size() == 1 ? f.actors().get(0) : null;
                    ids.add(tx.insertQuestion(new Question(0, arrangementId, f.clause(), to, f.rule(), f.question(),
                            "open", null, 0), who));
                }
            }
            return ids;
        });
    }

    public void answer(long question, long statement) {
        store.write(tx -> {
            Question q = tx.questions().stream().filter(x -> x.id() == question).findFirst()
                    .orElseThrow(() -> new RecordException("no question with id " + question));
            if (tx.statement(statement).isEmpty()) {
                throw new RecordException("no statement with id " + statement);
            }
            tx.answer(question, statement, q.version(), who);
            return null;
        });
    }

    /** What a load did: the statements added, and (merging) those the record already held. */
    public record Loaded(int statements, int already) {
    }

    /**
     * Loads an export (see {@link RecordExport}) in one transaction, renumbering rows; questions keep their
     * status and the statement that answered them. Into an empty record, exporting again gives the same
     * export. A record that is not empty is refused unless {@code merge}: then sources, statements (same
     * source, actor, date and words) and questions the record already holds are not added again.
     */
    Loaded load(JsonNode root, boolean merge) {
        return store.write(tx -> {
            List<Statement> held = tx.statements();
            List<Question> asked = tx.questions();
            if (!merge && (!held.isEmpty() || !tx.sources().isEmpty() || !asked.isEmpty())) {
                throw new RecordException("the record is not empty (" + held.size() + " statement(s)); load into an "
                        + "empty record, or merge with --merge (rows the record already holds are not added twice)");
            }
            Map<Long, Long> sources = new HashMap<>();
            List<RecordSource> heldSources = tx.sources();
            for (JsonNode n : root.get("sources")) {
                RecordSource s = new RecordSource(0, RecordExport.text(n.get("title")),
                        RecordExport.text(n.get("publisher")), RecordExport.text(n.get("url")),
                        RecordExport.date(n.get("published")), RecordExport.text(n.get("reliability")),
                        n.get("credibility").asInt(), 0);
                Long same = heldSources.stream().filter(r -> r.title().equals(s.title())
                        && Objects.equals(r.url(), s.url())
                        && Objects.equals(r.published(), s.published())).map(RecordSource::id)
                        .findFirst().orElse(null);
                sources.put(n.get("id").asLong(), same != null ? same : tx.insertSource(s, who));
            }
            Map<Long, Long> statements = new HashMap<>();
            Set<Long> skipped = new HashSet<>();
            for (JsonNode n : root.get("statements")) {
                Long source = sources.get(n.get("source").asLong());
                if (source == null) {
                    throw new RecordException("statement " + n.get("id") + " names source " + n.get("source")
                            + ", which the export does not hold");
                }
                Statement s = new Statement(0, RecordExport.text(n.get("actor")), RecordExport.text(n.get("speaker")),
                        RecordExport.date(n.get("date")), source, RecordExport.text(n.get("quote")),
                        RecordExport.text(n.get("paraphrase")), RecordExport.text(n.get("cameo")),
                        n.path("confirmed").asBoolean(false), 0);
                check(s);
                Statement same = held.stream().filter(h -> h.sourceId() == source && h.actor().equals(s.actor())
                        && h.saidOn().equals(s.saidOn()) && Objects.equals(h.quote(), s.quote())
                        && Objects.equals(h.paraphrase(), s.paraphrase())).findFirst().orElse(null);
                if (same != null) {
                    skipped.add(n.get("id").asLong());
                    statements.put(n.get("id").asLong(), same.id());
                } else {
                    statements.put(n.get("id").asLong(), tx.insertStatement(s, who));
                }
            }
            for (JsonNode n : root.path("claims")) {
                Long statement = statements.get(n.get("statement").asLong());
                if (statement == null) {
                    throw new RecordException("claim " + n.get("id") + " names statement " + n.get("statement")
                            + ", which the export does not hold");
                }
                Claim c = new Claim(0, statement, RecordExport.text(n.get("arrangement")),
                        RecordExport.text(n.get("clause")), RecordExport.modality(n.get("modality")),
                        RecordExport.text(n.get("value")), RecordExport.text(n.get("about")),
                        n.path("confirmed").asBoolean(false), 0);
                checkClaim(c);
                if (!skipped.contains(n.get("statement").asLong())) {
                    tx.insertClaim(c, who);
                }
            }
            for (JsonNode n : root.path("questions")) {
                Question q = new Question(0, RecordExport.text(n.get("arrangement")), RecordExport.text(n.get("clause")),
                        RecordExport.text(n.get("addressedTo")), RecordExport.text(n.get("rule")),
                        RecordExport.text(n.get("text")), "open", null, 0);
                if (asked.stream().anyMatch(a -> a.arrangement().equals(q.arrangement()) && a.clause().equals(q.clause())
                        && Objects.equals(a.ruleId(), q.ruleId()) && a.text().equals(q.text()))) {
                    continue;
                }
                String status = n.path("status").asText("open");
                long id = tx.insertQuestion(q, who);
                switch (status) {
                    case "open" -> { }
                    case "withdrawn" -> tx.withdraw(id, 0, who);
                    case "answered" -> {
                        Long by = n.hasNonNull("answeredBy") ? statements.get(n.get("answeredBy").asLong()) : null;
                        if (by == null) {
                            throw new RecordException("question " + n.get("id") + " is answered by statement "
                                    + n.get("answeredBy") + ", which the export does not hold");
                        }
                        tx.answer(id, by, 0, who);
                    }
                    default -> throw new RecordException("question " + n.get("id") + ": unknown status '" + status
                            + "'; expected open, answered or withdrawn");
                }
            }
            return new Loaded(statements.size() - skipped.size(), skipped.size());
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void check(Statement s) {
        Actor actor = library.actors().find(s.actor()).orElseThrow(() ->
                new RecordException(Suggestions.unknownActor(s.actor(), library.actors())));
        if (blank(s.quote()) && blank(s.paraphrase())) {
            throw new RecordException("a statement needs the verbatim quote, or for reported speech the paraphrase");
        }
        if (s.quote() != null && s.quote().isBlank()) {
            throw new RecordException("a statement's quote, when given, must not be blank");
        }
        if (s.saidOn() == null) {
            throw new RecordException("a statement needs the date it was made");
        }
        plausible("date", s.saidOn());
        fits("quote", s.quote(), 10_000);
        fits("paraphrase", s.paraphrase(), 10_000);
        fits("speaker", s.speaker(), 200);
        fits("cameo", s.cameo(), 10);
        if (s.speaker() == null) {
            return;
        }
        List<Person> roles = actor.people().stream().filter(p -> p.name().equalsIgnoreCase(s.speaker())).toList();
        if (roles.isEmpty()) {
            throw new RecordException("unknown speaker '" + s.speaker() + "' for " + actor.code() + "; people listed: "
                    + (actor.people().isEmpty() ? "none" : String.join(", ", actor.people().stream()
                            .map(Person::name).distinct().toList())));
        }
        if (roles.stream().noneMatch(p -> within(s.saidOn(), p))) {
            Person p = roles.get(0);
            throw new RecordException(p.name() + " spoke for " + actor.code() + " as " + p.role() + " from "
                    + (p.from() == null ? "an unknown date" : p.from()) + (p.to() == null ? "" : " to " + p.to())
                    + "; " + s.saidOn() + " is outside that period");
        }
    }

    /** Whether {@code date} falls within the role's period; partial dates count from their first to their last day. */
    static boolean within(LocalDate date, Person p) {
        return (p.from() == null || !date.isBefore(start(p.from()))) && (p.to() == null || !date.isAfter(end(p.to())));
    }

    private static LocalDate start(String iso) {
        String[] parts = iso.split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }

    private static LocalDate end(String iso) {
        String[] parts = iso.split("-");
        if (parts.length == 3) {
            return start(iso);
        }
        LocalDate first = start(iso);
        return parts.length == 2 ? first.plusMonths(1).minusDays(1) : first.plusYears(1).minusDays(1);
    }

    /** Refuses a text longer than its column holds, naming the field. */
    private static void fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new RecordException(field + ": at most " + max + " characters, got " + value.length());
        }
    }

    /** Refuses a date no negotiation record can hold (a mistyped year). */
    private static void plausible(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1800 || date.getYear() > 2200)) {
            throw new RecordException(field + ": " + date + " is not a plausible date (years 1800 to 2200)");
        }
    }

    private void checkClaim(Claim c) {
        arrangement(c.arrangement());
        fits("value", c.value(), 2000);
        if (!ClausePaths.isValid(c.clause())) {
            throw new RecordException("no clause '" + c.clause() + "' in the arrangement format"
                    + ClausePaths.suggest(c.clause()).map(p -> "; did you mean '" + p + "'?").orElse("")
                    + " (docs/format.md lists the fields)");
        }
        if (c.aboutActor() != null && !library.actors().contains(c.aboutActor())) {
            throw new RecordException(Suggestions.unknownActor(c.aboutActor(), library.actors()) + " (--about)");
        }
    }

    private Arrangement arrangement(String id) {
        Arrangement arrangement = library.arrangements().get(id);
        if (arrangement == null) {
            throw new RecordException("no arrangement '" + id + "' in the library; `casus library list` shows the ids");
        }
        return arrangement;
    }
}
