package org.casus.server;

import static org.casus.server.Json.MAPPER;
import static org.casus.server.Json.body;
import static org.casus.server.Json.required;
import static org.casus.server.Json.requiredLong;
import static org.casus.server.Json.text;
import static org.casus.server.Json.whole;
import static org.casus.server.Json.wholeLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casus.CasusException;
import org.casus.model.Library;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.RecordException;
import org.casus.record.RecordExport;
import org.casus.record.RecordService;
import org.casus.record.RecordSource;
import org.casus.record.Statement;
import org.casus.record.analysis.AgreementSpace;
import org.casus.record.analysis.Contradictions;
import org.casus.record.analysis.Position;
import org.casus.record.analysis.Positions;
import org.casus.record.analysis.RecordJson;
import org.casus.record.store.RecordStore;

/**
 * The negotiation record over HTTP, as {@code casus record} does it: sources and statements,
 * import of news texts and their review, export and load, and the analyses of the positions
 * (matrix, timeline, contradictions, questions, agreement space). Writes go through
 * {@link RecordService} in the signed-in user's name.
 */
final class NegotiationRecord {
    /** The modalities as written: "demand, offer, ...", for the message that refuses another. */
    private static final String MODALITIES = String.join(", ", Arrays.stream(Modality.values()).map(Modality::label).toList());

    private final RecordStore record;
    private final Library library;

    NegotiationRecord(RecordStore record, Library library) {
        this.record = record;
        this.library = library;
    }

    private RecordService serviceFor(Context ctx) {
        return new RecordService(record, library, Accounts.user(ctx).name());
    }

    void sources(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        for (RecordSource s : record.read(tx -> tx.sources())) {
            list.add(RecordExport.json(s));
        }
        ctx.json(list);
    }

    void addSource(Context ctx) {
        JsonNode b = body(ctx);
        long id = serviceFor(ctx).addSource(text(b, "title"), text(b, "publisher"), text(b, "url"),
                date(text(b, "published")),
                text(b, "reliability"), whole(b, "credibility", 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    /** The statements, each with its claims. */
    void statements(Context ctx) {
        ctx.json(record.read(tx -> RecordExport.withClaims(tx.statements(), tx.claims())));
    }

    void addStatement(Context ctx) {
        JsonNode b = body(ctx);
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : b.path("claims")) {
            claims.add(new Claim(0, 0, text(c, "arrangement"), text(c, "clause"), modality(text(c, "modality")), text(c, "value"),
                    text(c, "about"), false, 0));
        }
        LocalDate date = date(text(b, "date"));
        long id = serviceFor(ctx).addStatement(new Statement(0, text(b, "actor"), text(b, "speaker"), date,
                wholeLong(b, "source", 0), text(b, "quote"), text(b, "paraphrase"), text(b, "cameo"), false, 0), claims);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    /**
     * Adds a claim to a statement already in the record, as {@code casus record add-claim}: unconfirmed,
     * checked against the library (arrangement, clause path, actor).
     */
    void addClaim(Context ctx) {
        JsonNode b = body(ctx);
        long statement = requiredLong(b, "statement", "the id of a statement of the record");
        String arrangement = required(b, "arrangement", "the id of an arrangement of the library");
        String clause = required(b, "clause", "a clause path such as decision.rule");
        Modality modality = modality(required(b, "modality", "a modality: " + MODALITIES));
        long id = serviceFor(ctx).addClaim(new Claim(0, statement, arrangement, clause, modality, blankToNull(text(b, "value")),
                blankToNull(text(b, "about")), false, 0));
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    private static Modality modality(String label) {
        return Modality.of(String.valueOf(label)).orElseThrow(() -> new RecordException("unknown modality '" + label
                + "'; expected " + MODALITIES));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CasusException("expected a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    private List<Position> allPositions() {
        return record.read(tx -> Positions.of(tx.statements(), tx.claims()));
    }

    void positions(Context ctx) {
        ctx.json(RecordJson.positions(Positions.matrix(allPositions())));
    }

    void timeline(Context ctx) {
        String clause = ctx.queryParam("clause");
        if (clause == null) {
            throw new CasusException("name the clause: ?clause=ARRANGEMENT:CLAUSE");
        }
        ctx.json(RecordJson.timeline(Positions.timeline(allPositions(), clause)));
    }

    /** The record as JSON, or with {@code ?format=csv} as CSV. */
    void export(Context ctx) {
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").result(RecordExport.csv(record));
        } else {
            ctx.json(RecordExport.json(record));
        }
    }

    /** Loads a JSON export, or a CSV one when sent as {@code text/csv}, in one transaction. */
    void load(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        boolean merge = "true".equals(ctx.queryParam("merge"));
        RecordService.Loaded loaded = type.startsWith("text/csv") ? RecordExport.loadCsv(serviceFor(ctx), ctx.body(), merge)
                : RecordExport.load(serviceFor(ctx), ctx.body(), merge);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("statements", loaded.statements())
                .put("already", loaded.already()));
    }

    /**
     * Imports the quotations and reported speech of a news text ({@code text}) as unconfirmed statements from
     * {@code source} on {@code date}, with claims on {@code arrangement} when given; one
     * transaction per statement, as {@code casus record import}.
     */
    void importText(Context ctx) {
        JsonNode b = body(ctx);
        LocalDate day = date(text(b, "date"));
        if (day == null) {
            throw new CasusException("name the date the statements were made");
        }
        RecordService.ImportResult result = serviceFor(ctx).importText(String.valueOf(text(b, "text")),
                wholeLong(b, "source", 0), day, text(b, "arrangement"), text(b, "author"));
        ArrayNode imported = MAPPER.createArrayNode();
        result.statements().forEach(imported::add);
        ArrayNode skipped = MAPPER.createArrayNode();
        result.skipped().forEach(skipped::add);
        ObjectNode answer = MAPPER.createObjectNode().put("claims", result.claims());
        answer.set("statements", imported);
        answer.set("skipped", skipped);
        answer.put("already", result.already());
        ctx.status(HttpStatus.CREATED).json(answer);
    }

    /** Confirms a statement or claim, first correcting it when the body gives new values. */
    void confirm(Context ctx) {
        String kind = ctx.pathParam("kind");
        long id = pathId(ctx);
        JsonNode b = ctx.body().isBlank() ? MAPPER.createObjectNode() : body(ctx);
        RecordService service = serviceFor(ctx);
        switch (kind) {
            case "statement" -> service.confirmStatement(id, text(b, "actor"), text(b, "speaker"));
            case "claim" -> {
                String modality = text(b, "modality");
                service.confirmClaim(id, modality == null ? null : modality(modality), text(b, "value"), text(b, "about"));
            }
            default -> service.confirm(kind, id);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void discard(Context ctx) {
        serviceFor(ctx).discard(ctx.pathParam("kind"), pathId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new CasusException("expected a numeric id, got " + ctx.pathParam("id"));
        }
    }

    void contradictions(Context ctx) {
        ctx.json(RecordJson.contradictions(Contradictions.find(allPositions())));
    }

    void questions(Context ctx) {
        ctx.json(RecordJson.questions(record.read(tx -> tx.questions())));
    }

    /** Opens the questions of an arrangement's check that the record does not hold yet. */
    void questionsFromCheck(Context ctx) {
        String arrangement = required(body(ctx), "arrangement", "the id of an arrangement of the library");
        ArrayNode opened = MAPPER.createArrayNode();
        serviceFor(ctx).questionsFromCheck(arrangement).forEach(opened::add);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().set("opened", opened));
    }

    /** Records the statement that answered a question, as {@code casus record answer}. */
    void answer(Context ctx) {
        long question = pathId(ctx);
        long statement = requiredLong(body(ctx), "statement", "the id of the statement that answered the question");
        serviceFor(ctx).answer(question, statement);
        ctx.json(MAPPER.createObjectNode().put("question", question).put("answeredBy", statement));
    }

    void space(Context ctx) {
        ctx.json(RecordJson.space(AgreementSpace.of(allPositions())));
    }
}
