package org.casus.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.Version;
import org.casus.record.store.RecordStore;

/**
 * The whole record as JSON (sources, statements, claims, questions, with the Casus version), and
 * as CSV for spreadsheets (statements, sources and claims; every row names the Casus version),
 * and back from either: a load is one transaction that renumbers rows and keeps their links.
 */
public final class RecordExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordExport() {
    }

    /** One source as the export writes it (and the server lists it). */
    public static ObjectNode json(RecordSource s) {
        return MAPPER.createObjectNode().put("id", s.id()).put("title", s.title()).put("publisher", s.publisher())
                .put("url", s.url()).put("published", s.published() == null ? null : s.published().toString())
                .put("reliability", s.reliability()).put("credibility", s.credibility());
    }

    /** One statement as the export writes it (and the server lists it). */
    public static ObjectNode json(Statement s) {
        return MAPPER.createObjectNode().put("id", s.id()).put("actor", s.actor()).put("speaker", s.speaker())
                .put("date", s.saidOn().toString()).put("source", s.sourceId()).put("quote", s.quote())
                .put("paraphrase", s.paraphrase()).put("cameo", s.cameo()).put("confirmed", s.confirmed());
    }

    /** Statements as {@link #json(Statement)} writes them, each with its claims ({@code casus record statements}). */
    public static ArrayNode withClaims(List<Statement> statements, List<Claim> claims) {
        ArrayNode list = MAPPER.createArrayNode();
        Map<Long, List<Claim>> byStatement = claims.stream().collect(Collectors.groupingBy(Claim::statementId));
        for (Statement s : statements) {
            ObjectNode node = json(s);
            ArrayNode own = node.putArray("claims");
            byStatement.getOrDefault(s.id(), List.of()).forEach(c -> own.add(json(c).put("described", c.described())));
            list.add(node);
        }
        return list;
    }

    /** One claim as the export writes it. */
    public static ObjectNode json(Claim c) {
        return MAPPER.createObjectNode().put("id", c.id()).put("statement", c.statementId())
                .put("arrangement", c.arrangement()).put("clause", c.clause()).put("modality", c.modality().label())
                .put("value", c.value()).put("about", c.aboutActor()).put("confirmed", c.confirmed());
    }

    public static ObjectNode json(RecordStore store) {
        return store.read(tx -> {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("casus", Version.get());
            ArrayNode sources = root.putArray("sources");
            tx.sources().forEach(s -> sources.add(json(s)));
            ArrayNode statements = root.putArray("statements");
            tx.statements().forEach(s -> statements.add(json(s)));
            ArrayNode claims = root.putArray("claims");
            tx.claims().forEach(c -> claims.add(json(c)));
            ArrayNode questions = root.putArray("questions");
            for (Question q : tx.questions()) {
                ObjectNode n = questions.addObject().put("id", q.id()).put("arrangement", q.arrangement())
                        .put("clause", q.clause()).put("addressedTo", q.addressedTo()).put("rule", q.ruleId())
                        .put("text", q.text()).put("status", q.status());
                if (q.answeredBy() != null) {
                    n.put("answeredBy", q.answeredBy());
                }
            }
            return root;
        });
    }

    /** The CSV columns: every row carries the Casus version, its statement with its source, and one claim. */
    private static final List<String> COLUMNS = List.of("casus", "statement", "date", "actor", "speaker", "quote",
            "paraphrase", "cameo", "statement_confirmed", "source", "source_title", "source_publisher", "source_url",
            "source_date", "reliability", "credibility", "claim", "arrangement", "clause", "modality", "value", "about",
            "claim_confirmed");
    private static final CsvMapper CSV = new CsvMapper();

    /**
     * The record as CSV for spreadsheets: one row per claim, with its statement and source, and one
     * row for each statement without claims. Questions stay in the JSON export.
     */
    public static String csv(RecordStore store) {
        ObjectNode json = json(store);
        Map<Long, JsonNode> sources = new HashMap<>();
        json.get("sources").forEach(n -> sources.put(n.get("id").asLong(), n));
        Map<Long, List<JsonNode>> claims = new HashMap<>();
        json.get("claims").forEach(n -> claims.computeIfAbsent(n.get("statement").asLong(), k -> new ArrayList<>()).add(n));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode s : json.get("statements")) {
            JsonNode source = sources.get(s.get("source").asLong());
            List<JsonNode> own = claims.getOrDefault(s.get("id").asLong(), List.of());
            for (JsonNode c : own.isEmpty() ? Collections.<JsonNode>singletonList(null) : own) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("casus", Version.get());
                put(row, s, "statement", "id", "date", "date", "actor", "actor", "speaker", "speaker", "quote", "quote",
                        "paraphrase", "paraphrase", "cameo", "cameo", "statement_confirmed", "confirmed");
                put(row, source, "source", "id", "source_title", "title", "source_publisher", "publisher", "source_url",
                        "url", "source_date", "published", "reliability", "reliability", "credibility", "credibility");
                put(row, c, "claim", "id", "arrangement", "arrangement", "clause", "clause", "modality", "modality",
                        "value", "value", "about", "about", "claim_confirmed", "confirmed");
                rows.add(row);
            }
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    /** Copies {@code node}'s fields into {@code row}, as pairs of column and field names. */
    private static void put(Map<String, String> row, JsonNode node, String... columnsAndFields) {
        for (int i = 0; i < columnsAndFields.length; i += 2) {
            JsonNode value = node == null ? null : node.get(columnsAndFields[i + 1]);
            row.put(columnsAndFields[i], value == null || value.isNull() ? "" : value.asText());
        }
    }

    /**
     * Loads a CSV export (see {@link #csv}) in one transaction, into an empty record or, with {@code merge},
     * into one that is not ({@link RecordService#load}).
     */
    public static RecordService.Loaded loadCsv(RecordService service, String csv, boolean merge) {
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        } catch (IOException | RuntimeException e) {
            throw new RecordException("not a Casus record CSV export: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!rows.isEmpty() && !rows.get(0).keySet().containsAll(COLUMNS)) {
            throw new RecordException("not a Casus record CSV export: expected the columns " + String.join(",", COLUMNS));
        }
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode sources = root.putArray("sources");
        ArrayNode statements = root.putArray("statements");
        ArrayNode claims = root.putArray("claims");
        Set<String> seenSources = new HashSet<>();
        Set<String> seenStatements = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> row = rows.get(r);
            int line = r + 2;
            if (seenSources.add(row.get("source"))) {
                ObjectNode n = sources.addObject();
                n.put("id", whole(row, "source", line));
                text(n, row, "title", "source_title", "publisher", "source_publisher", "url", "source_url", "published",
                        "source_date", "reliability", "reliability");
                n.put("credibility", (int) whole(row, "credibility", line));
            }
            if (seenStatements.add(row.get("statement"))) {
                ObjectNode n = statements.addObject();
                n.put("id", whole(row, "statement", line)).put("source", whole(row, "source", line))
                        .put("confirmed", flag(row, "statement_confirmed", line));
                text(n, row, "actor", "actor", "speaker", "speaker", "date", "date", "quote", "quote", "paraphrase",
                        "paraphrase", "cameo", "cameo");
            }
            if (!row.get("claim").isEmpty()) {
                ObjectNode n = claims.addObject();
                n.put("id", whole(row, "claim", line)).put("statement", whole(row, "statement", line))
                        .put("confirmed", flag(row, "claim_confirmed", line));
                text(n, row, "arrangement", "arrangement", "clause", "clause", "modality", "modality", "value", "value",
                        "about", "about");
            }
        }
        return service.load(root, merge);
    }

    /** A whole number from a cell, or the line and column of what is not one. */
    private static long whole(Map<String, String> row, String column, int line) {
        String cell = row.get(column);
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new RecordException("line " + line + ", column " + column + ": expected a whole number, got '" + cell + "'");
        }
    }

    /** true or false from a cell (an empty cell is false), or the line and column of anything else. */
    private static boolean flag(Map<String, String> row, String column, int line) {
        String cell = row.get(column) == null ? "" : row.get(column).strip();
        if (cell.isEmpty() || cell.equals("false")) {
            return false;
        }
        if (cell.equals("true")) {
            return true;
        }
        throw new RecordException("line " + line + ", column " + column + ": expected true or false, got '" + cell + "'");
    }

    /** Copies columns into fields, empty cells as nulls, as pairs of field and column names. */
    private static void text(ObjectNode node, Map<String, String> row, String... fieldsAndColumns) {
        for (int i = 0; i < fieldsAndColumns.length; i += 2) {
            String value = row.get(fieldsAndColumns[i + 1]);
            if (value == null || value.isEmpty()) {
                node.putNull(fieldsAndColumns[i]);
            } else {
                node.put(fieldsAndColumns[i], value);
            }
        }
    }

    /** Loads an export into the store in one transaction; returns the number of statements loaded. */
    /** Loads a JSON export in one transaction, into an empty record or, with {@code merge}, into one that is not. */
    public static RecordService.Loaded load(RecordService service, String json, boolean merge) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RecordException("not a Casus record export: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.has("statements") || !root.has("sources")) {
            throw new RecordException("not a Casus record export: expected sources and statements");
        }
        return service.load(root, merge);
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static Modality modality(JsonNode node) {
        String label = text(node);
        return Modality.of(label == null ? "" : label.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new RecordException("unknown modality '" + label + "'"));
    }
}
