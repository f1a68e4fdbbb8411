package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst's tasks the command line has and the API gained for the workbench (#17): answering a
 * question with a statement, adding a claim to a statement, the briefing's scenario, comparisons and
 * format, and the councils' voting power; each with its refusals of missing and unknown fields.
 */
class AnalystTasksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DRAFT = "istanbul-2022-draft-ru";
    private static TestServer server;
    private static ApiClient api;
    private static String analyst;
    private static String viewer;
    private static long statement;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server);
        server.createUser("ana", "analyst-tulip-cobalt-91", "analyst");
        server.createUser("vic", "viewer-quartz-meadow-47", "viewer");
        analyst = api.login("ana", "analyst-tulip-cobalt-91");
        viewer = api.login("vic", "viewer-quartz-meadow-47");
        long source = json(ok("POST", "/api/record/sources", "{\"title\":\"Report\",\"reliability\":\"B\",\"credibility\":2}",
                201)).get("id").asLong();
        statement = json(ok("POST", "/api/record/statements", "{\"actor\":\"UA\",\"date\":\"2022-04-16\",\"source\":"
                + source + ",\"quote\":\"The aggressor must have no veto\"}", 201)).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> ok(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = api.call(method, path, analyst, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return MAPPER.readTree(response.body());
    }

    /** A 400 (or another status) whose error names what is wrong. */
    private static void refused(String method, String path, String body, int status, String says) throws Exception {
        HttpResponse<String> response = api.call(method, path, analyst, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        assertThat(json(response).path("error").asText()).as(path).contains(says);
    }

    @Test
    void an_open_question_is_answered_by_a_statement_of_the_record() throws Exception {
        JsonNode opened = json(ok("POST", "/api/record/questions", "{\"arrangement\":\"" + DRAFT + "\"}", 201)).get("opened");
        long question = opened.get(0).asLong();
        JsonNode answered = json(ok("POST", "/api/record/questions/" + question + "/answer",
                "{\"statement\":" + statement + "}", 200));
        assertThat(answered.get("question").asLong()).isEqualTo(question);
        assertThat(answered.get("answeredBy").asLong()).isEqualTo(statement);
        JsonNode listed = null;
        for (JsonNode q : json(ok("GET", "/api/record/questions", null, 200))) {
            if (q.get("id").asLong() == question) {
                listed = q;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("status").asText()).isEqualTo("answered");
        assertThat(listed.get("answeredBy").asLong()).isEqualTo(statement);

        String path = "/api/record/questions/" + question + "/answer";
        refused("POST", path, "{}", 400, "statement: expected the id of the statement that answered the question");
        refused("POST", path, "{\"statement\":\"one\"}", 400, "statement: expected a whole number");
        refused("POST", path, "{\"statement\":999999}", 400, "no statement with id 999999");
        refused("POST", "/api/record/questions/999999/answer", "{\"statement\":" + statement + "}", 400,
                "no question with id 999999");
        refused("POST", "/api/record/questions/x/answer", "{\"statement\":" + statement + "}", 400, "expected a numeric id");
        assertThat(api.call("POST", path, viewer, "{\"statement\":" + statement + "}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_claim_is_added_to_a_statement_unconfirmed() throws Exception {
        long claim = json(ok("POST", "/api/record/claims", "{\"statement\":" + statement + ",\"arrangement\":\"" + DRAFT
                + "\",\"clause\":\"decision.rule\",\"modality\":\"demand\",\"value\":\"aggressor excluded\"}", 201))
                .get("id").asLong();
        JsonNode found = null;
        for (JsonNode s : json(ok("GET", "/api/record/statements", null, 200))) {
            for (JsonNode c : s.path("claims")) {
                if (c.get("id").asLong() == claim) {
                    assertThat(s.get("id").asLong()).isEqualTo(statement);
                    found = c;
                }
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("clause").asText()).isEqualTo("decision.rule");
        assertThat(found.get("described").asText()).isEqualTo("demand \"aggressor excluded\"");
        assertThat(found.get("confirmed").asBoolean()).isFalse();

        String claimOn = "{\"statement\":" + statement + ",\"arrangement\":\"" + DRAFT + "\",";
        refused("POST", "/api/record/claims", "{\"arrangement\":\"" + DRAFT + "\",\"clause\":\"decision.rule\","
                + "\"modality\":\"demand\"}", 400, "statement: expected the id of a statement of the record");
        refused("POST", "/api/record/claims", claimOn + "\"clause\":\"decision.rule\"}", 400,
                "modality: expected a modality: demand, offer, accept");
        refused("POST", "/api/record/claims", claimOn + "\"clause\":\"decision.rule\",\"modality\":\"wish\"}", 400,
                "unknown modality 'wish'; expected demand, offer, accept, reject, claims-agreement");
        refused("POST", "/api/record/claims", claimOn + "\"modality\":\"demand\"}", 400, "clause: expected a clause path");
        refused("POST", "/api/record/claims", claimOn + "\"clause\":\"decision.rules\",\"modality\":\"demand\"}", 400,
                "no clause 'decision.rules'");
        refused("POST", "/api/record/claims", "{\"statement\":999999,\"arrangement\":\"" + DRAFT
                + "\",\"clause\":\"decision.rule\",\"modality\":\"demand\"}", 400, "no statement with id 999999");
        refused("POST", "/api/record/claims", "{\"statement\":" + statement + ",\"arrangement\":\"nato-1948\","
                + "\"clause\":\"decision.rule\",\"modality\":\"demand\"}", 400, "no arrangement 'nato-1948'");
    }

    @Test
    void the_briefing_takes_a_scenario_arrangements_to_compare_and_a_format() throws Exception {
        String base = "/api/arrangements/" + DRAFT + "/brief";
        HttpResponse<String> plain = ok("GET", base, null, 200);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(plain.body()).contains("No crisis scenario was given");

        HttpResponse<String> md = ok("GET", base + "?scenario=ukraine-attacked-by-russia&against=alaska-2025-article-5-like"
                + "&runs=200&format=md", null, 200);
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElse("")).contains(DRAFT + "-briefing.md");
        assertThat(md.body()).contains("scenario ukraine-attacked-by-russia").contains("alaska-2025-article-5-like")
                .contains("200 runs").doesNotContain("No crisis scenario was given");

        HttpResponse<String> pdf = ok("GET", base + "?format=pdf", null, 200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        refused("GET", base + "?format=docx", null, 400, "format: expected html, md or pdf, got 'docx'");
        refused("GET", base + "?scenario=mars-invades", null, 400, "scenario: no scenario 'mars-invades' in the library");
        refused("GET", base + "?scenario=ukraine-attacked-by-russia&against=nato-1948", null, 400,
                "against: no arrangement 'nato-1948' in the library");
        refused("GET", base + "?against=alaska-2025-article-5-like", null, 400, "name the scenario too");
        refused("GET", base + "?scenario=ukraine-attacked-by-russia&runs=0", null, 400, "runs: expected a whole number from 1");
    }

    @Test
    void a_councils_voting_power_with_and_without_a_member_voting_no() throws Exception {
        JsonNode councils = json(ok("GET", "/api/councils", null, 200));
        assertThat(councils.findValuesAsText("id")).contains("un-security-council", "eu-council-qmv");

        JsonNode power = json(api.call("GET", "/api/councils/un-security-council/power", viewer, null));
        assertThat(power.get("vetoPlayers").toString()).contains("US", "GB", "FR", "RU", "CN");
        assertThat(power.get("players")).hasSize(15);
        assertThat(power.get("blocked").asBoolean()).isFalse();

        JsonNode against = json(ok("GET", "/api/councils/un-security-council/power?against=RU", null, 200));
        assertThat(against.get("blocked").asBoolean()).isTrue();
        assertThat(against.get("notice").asText()).contains("no coalition of the others can pass the rule");

        JsonNode qmv = json(ok("GET", "/api/councils/eu-council-qmv/power", null, 200));
        assertThat(qmv.get("players")).hasSize(27);
        assertThat(qmv.get("vetoPlayers")).isEmpty();

        refused("GET", "/api/councils/un-security-council/power?against=UA", null, 400,
                "against: UA has no vote in un-security-council");
        refused("GET", "/api/councils/security-council/power", null, 404, "no council 'security-council' in the library");
    }

    /** An arrangement of one's own, posted as YAML: the same analyses as a library id gives, from the text. */
    @Test
    void a_posted_arrangement_gets_power_robustness_and_a_briefing() throws Exception {
        String own = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("casus.library",
                "../library"), "arrangements", DRAFT + ".yaml")).replace("id: " + DRAFT, "id: my-draft");
        JsonNode power = json(ok("POST", "/api/check/power?against=RU", own, 200));
        assertThat(power.get("game").asText()).isEqualTo("my-draft");
        assertThat(power.get("blocked").asBoolean()).isTrue();
        JsonNode robustness = json(ok("POST", "/api/check/robustness", own, 200));
        assertThat(robustness.toString()).contains("\"aggressor\":\"RU\"");
        String brief = ok("POST", "/api/check/brief?format=md", own, 200).body();
        assertThat(brief).contains("It cannot activate against Russia (RU)");
        HttpResponse<String> bad = api.call("POST", "/api/check/power", analyst, own.replace("decision:", "decisions:"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown field 'decisions'").contains("\"line\"");
        HttpResponse<String> viewers = api.call("POST", "/api/check/power", viewer, own);
        assertThat(viewers.statusCode()).isEqualTo(403);
    }
}
