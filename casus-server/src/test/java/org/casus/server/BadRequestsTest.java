package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bad request gets 400 with a JSON body naming what is wrong; nothing is coerced silently. */
class BadRequestsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;
    private static ApiClient api;
    private static String analyst;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server);
        server.createUser("ana", "analyst-tulip-cobalt-91", "analyst");
        analyst = api.login("ana", "analyst-tulip-cobalt-91");
        HttpResponse<String> source = api.call("POST", "/api/record/sources", analyst,
                "{\"title\":\"Report\",\"publisher\":\"Agency\",\"url\":\"https://example.org/a\",\"published\":\"2025-08-20\","
                        + "\"reliability\":\"B\",\"credibility\":2}");
        assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void refused(String method, String path, String body, String says) throws Exception {
        HttpResponse<String> response = api.call(method, path, analyst, body);
        assertThat(response.statusCode()).as(path + " " + body.substring(0, Math.min(80, body.length())) + ": "
                + response.body()).isEqualTo(400);
        // every response names its request, which a 500 also gives in its body and in the server log
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f]{1,16}"));
        var json = MAPPER.readTree(response.body());
        // most errors are {"error": ...}; a file that does not load lists its problems with line and column
        assertThat(json.has("error") ? json.get("error").asText() : json.toString()).as(path).contains(says);
    }

    @Test
    void missingFields_areNamed() throws Exception {
        refused("POST", "/api/simulations", "{}", "scenario");
        refused("POST", "/api/record/questions", "{}", "arrangement");
        refused("POST", "/api/design", "{}", "arrangement");
        refused("POST", "/api/record/claims", "{}", "statement: expected");
        refused("POST", "/api/record/questions/1/answer", "{}", "statement: expected");
    }

    @Test
    void overlongFields_areRefusedNotFailed() throws Exception {
        refused("POST", "/api/record/statements", "{\"actor\":\"RU\",\"date\":\"2025-08-20\",\"source\":1,\"quote\":\""
                + "x".repeat(10_001) + "\"}", "quote");
    }

    @Test
    void wrongTypesDatesAndTrailingText_areRefused() throws Exception {
        refused("POST", "/api/record/load", "{\"statements\":\"x\"}", "statements");
        refused("POST", "/api/record/statements", "{\"actor\":\"RU\",\"date\":\"99999-01-01\",\"source\":1,"
                + "\"quote\":\"q\"}", "date");
        refused("POST", "/api/record/statements", "{\"actor\":\"RU\",\"date\":\"2025-08-20\",\"source\":\"one\","
                + "\"quote\":\"q\"}", "source");
        refused("POST", "/api/design", "{\"arrangement\":\"anzus-1951\"} trailing", "JSON");
    }

    @Test
    void aCsvLoadWithIdsThatAreNotNumbers_isRefusedWithLineAndColumn() throws Exception {
        String header = "casus,statement,date,actor,speaker,quote,paraphrase,cameo,statement_confirmed,source,"
                + "source_title,source_publisher,source_url,source_date,reliability,credibility,claim,arrangement,"
                + "clause,modality,value,about,claim_confirmed\n";
        String row = "1,abc,2025-08-20,RU,,q,,,false,1,Report,Agency,https://example.org/a,2025-08-20,B,2,,,,,,,false\n";
        HttpResponse<String> response = api.call("POST", "/api/record/load", analyst, header + row, "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("line 2, column statement: expected a whole number, got 'abc'");
        HttpResponse<String> flag = api.call("POST", "/api/record/load", analyst,
                header + row.replace(",abc,", ",5,").replace(",false,1,", ",yes,1,"), "text/csv");
        assertThat(flag.body()).contains("column statement_confirmed: expected true or false, got 'yes'");
    }

    @Test
    void aSecondYamlDocument_isRefused() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("casus.library"),
                "arrangements", "anzus-1951.yaml"));
        refused("POST", "/api/check", text + "\n---\nid: other\n", "document");
    }
}
