package org.casus.record.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.casus.record.Question;

/** The record's analyses as JSON, alike for {@code casus record --json} and the server's API. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    /** One position: the claim's modality and value with its statement's date, speaker, quote and (for reported speech) paraphrase. */
    public static ObjectNode position(Position p) {
        return MAPPER.createObjectNode().put("modality", p.claim().modality().label()).put("value", p.claim().value())
                .put("about", p.claim().aboutActor()).put("described", p.claim().described())
                .put("date", p.statement().saidOn().toString()).put("statement", p.statement().id())
                .put("speaker", p.statement().speaker()).put("quote", p.statement().quote())
                .put("paraphrase", p.statement().paraphrase()).put("confirmed", p.claim().confirmed());
    }

    /** Actor to clause to latest position ({@link Positions#matrix}). */
    public static ObjectNode positions(Map<String, Map<String, Position>> matrix) {
        ObjectNode root = MAPPER.createObjectNode();
        matrix.forEach((actor, clauses) -> {
            ObjectNode node = root.putObject(actor);
            clauses.forEach((clause, p) -> node.set(clause, position(p)));
        });
        return root;
    }

    /** The claims on one clause, oldest first, each with its actor. */
    public static ArrayNode timeline(List<Position> timeline) {
        ArrayNode list = MAPPER.createArrayNode();
        timeline.forEach(p -> list.add(position(p).put("actor", p.actor())));
        return list;
    }

    public static ArrayNode contradictions(List<Contradiction> found) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Contradiction c : found) {
            ObjectNode node = list.addObject().put("kind", c.kind()).put("clause", c.clause())
                    .put("explanation", c.explanation());
            c.actors().forEach(node.putArray("actors")::add);
            c.statements().forEach(node.putArray("statements")::add);
        }
        return list;
    }

    public static ArrayNode questions(List<Question> questions) {
        ArrayNode list = MAPPER.createArrayNode();
        questions.forEach(q -> list.addObject().put("id", q.id()).put("arrangement", q.arrangement())
                .put("clause", q.clause()).put("addressedTo", q.addressedTo()).put("rule", q.ruleId())
                .put("text", q.text()).put("status", q.status()).put("answeredBy", q.answeredBy()));
        return list;
    }

    public static ArrayNode space(List<AgreementSpace.Space> spaces) {
        ArrayNode list = MAPPER.createArrayNode();
        for (AgreementSpace.Space s : spaces) {
            ObjectNode node = list.addObject().put("clause", s.clause()).put("kind", s.kind())
                    .put("zone", s.zone().orElse(null)).put("verdict", s.verdict()).put("unconfirmed", s.unconfirmed());
            ObjectNode positions = node.putObject("positions");
            s.positions().forEach(positions::put);
            ObjectNode rejections = node.putObject("rejections");
            s.rejections().forEach(rejections::put);
        }
        return list;
    }
}
