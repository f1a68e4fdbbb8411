package org.casus.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casus.Version;
import org.casus.record.store.RecordStore;

/**
 * The whole record as JSON (sources, statements, claims, questions, with the Casus version), and
 * back: a load is one transaction that renumbers rows and keeps their links. Claims also export
 * as CSV, one row each with its statement, for spreadsheets.
 */
public final class RecordExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordExport() {
    }

    public static ObjectNode json(RecordStore store) {
        return store.read(tx -> {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("casus", Version.get());
            ArrayNode sources = root.putArray("sources");
            for (RecordSource s : tx.sources()) {
                ObjectNode n = sources.addObject();
                n.put("id", s.id()).put("title", s.title()).put("publisher", s.publisher()).put("url", s.url())
                        .put("published", s.published() == null ? null : s.published().toString())
                        .put("reliability", s.reliability()).put("credibility", s.credibility());
            }
            ArrayNode statements = root.putArray("statements");
            for (Statement s : tx.statements()) {
                statements.addObject().put("id", s.id()).put("actor", s.actor()).put("speaker", s.speaker())
                        .put("date", s.saidOn().toString()).put("source", s.sourceId()).put("quote", s.quote())
                        .put("paraphrase", s.paraphrase()).put("cameo", s.cameo()).put("confirmed", s.confirmed());
            }
            ArrayNode claims = root.putArray("claims");
            for (Claim c : tx.claims()) {
                claims.addObject().put("id", c.id()).put("statement", c.statementId()).put("arrangement", c.arrangement())
                        .put("clause", c.clause()).put("modality", c.modality().label()).put("value", c.value())
                        .put("about", c.aboutActor()).put("confirmed", c.confirmed());
            }
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

    /** The claims with their statements, one CSV row each, after a comment line naming the Casus version. */
    public static String csv(RecordStore store) {
        return store.read(tx -> {
            Map<Long, Statement> statements = new HashMap<>();
            tx.statements().forEach(s -> statements.put(s.id(), s));
            StringBuilder out = new StringBuilder("# casus " + Version.get() + "\n");
            out.append("claim,statement,date,actor,speaker,arrangement,clause,modality,value,about,confirmed,quote\n");
            for (Claim c : tx.claims()) {
                Statement s = statements.get(c.statementId());
                out.append(String.join(",", List.of(Long.toString(c.id()), Long.toString(s.id()), s.saidOn().toString(),
                        s.actor(), field(s.speaker()), c.arrangement(), c.clause(), c.modality().label(), field(c.value()),
                        field(c.aboutActor()), Boolean.toString(c.confirmed()), field(s.quote())))).append('\n');
            }
            return out.toString();
        });
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Loads an export into the store in one transaction; returns the number of statements loaded. */
    public static int load(RecordService service, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RecordException("not a Casus record export: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.has("statements") || !root.has("sources")) {
            throw new RecordException("not a Casus record export: expected sources and statements");
        }
        return service.load(root);
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
