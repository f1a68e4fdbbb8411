package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Access control and hostile input against a real server. */
class ServerSecurityTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String analyst;
    private static String viewer;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server);
        server.createUser("ana", "analyst-tulip-cobalt-91", "analyst");
        server.createUser("vic", "viewer-quartz-meadow-47", "viewer");
        admin = api.adminToken();
        analyst = login("ana", "analyst-tulip-cobalt-91");
        viewer = login("vic", "viewer-quartz-meadow-47");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return api.call(method, path, token, body);
    }

    static String login(String name, String password) throws Exception {
        return api.login(name, password);
    }

    private static String bodyFor(String method) {
        return method.equals("POST") ? "{}" : null;
    }

    @Test
    void health_needs_no_credential() throws Exception {
        HttpResponse<String> response = call("GET", "/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"ok\"");
    }

    /** The routes that need a token, each with a path to call: access is checked before any parameter is read. */
    private static List<Route> guarded() {
        return server.routes().stream().filter(r -> r.access() instanceof Access.Needs).toList();
    }

    private static String example(Route route) {
        return route.path().replaceAll("\\{[^}]+}", "x");
    }

    @Test
    void only_health_and_login_are_open() {
        assertThat(server.routes()).filteredOn(r -> r.access() instanceof Access.Open)
                .extracting(r -> r.method() + " " + r.path()).containsExactlyInAnyOrder("GET /health", "POST /api/login");
    }

    @Test
    void every_endpoint_answers_401_without_a_credential_or_with_a_bad_one() throws Exception {
        for (Route route : guarded()) {
            String method = route.method().name();
            assertThat(call(method, example(route), null, bodyFor(method)).statusCode()).as(method + " " + route.path())
                    .isEqualTo(401);
            assertThat(call(method, example(route), "forged-token", bodyFor(method)).statusCode())
                    .as(method + " " + route.path()).isEqualTo(401);
        }
    }

    @Test
    void every_endpoint_answers_403_beyond_the_role() throws Exception {
        for (Route route : guarded()) {
            Role needed = ((Access.Needs) route.access()).role();
            String method = route.method().name();
            if (!Role.VIEWER.allows(needed)) {
                assertThat(call(method, example(route), viewer, bodyFor(method)).statusCode()).as("viewer " + route.path())
                        .isEqualTo(403);
            }
            if (!Role.ANALYST.allows(needed)) {
                assertThat(call(method, example(route), analyst, bodyFor(method)).statusCode()).as("analyst " + route.path())
                        .isEqualTo(403);
            }
        }
    }

    /** Until a one-time password is changed, only the routes that allow it answer: to change it, or to log out. */
    @Test
    void with_a_one_time_password_every_other_endpoint_answers_403() throws Exception {
        server.createUser("otto", "lantern-cobalt-wren-29", "admin");
        assertThat(call("POST", "/api/users/otto/password", admin, "{\"password\":\"quartz-ember-finch-30\"}")
                .statusCode()).isEqualTo(204);
        String otto = login("otto", "quartz-ember-finch-30");
        for (Route route : guarded()) {
            if (!((Access.Needs) route.access()).oneTimePassword()) {
                HttpResponse<String> response = call(route.method().name(), example(route), otto,
                        bodyFor(route.method().name()));
                assertThat(response.statusCode()).as(route.method() + " " + route.path()).isEqualTo(403);
                assertThat(response.body()).contains("change your one-time password first");
            }
        }
    }

    @Test
    void each_role_reaches_what_it_may() throws Exception {
        assertThat(call("GET", "/api/library", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/arrangements/istanbul-2022-draft-ru", viewer, null).body()).contains("veto-trap");
        assertThat(call("GET", "/api/users", admin, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/check", analyst, "id: x\n").statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/actors", viewer, null).body()).contains("\"Sergey Lavrov\"");
    }

    @Test
    void a_news_text_is_imported_and_the_record_exported_and_loaded() throws Exception {
        long source = MAPPER.readTree(call("POST", "/api/record/sources", analyst,
                "{\"title\":\"Wire\",\"published\":\"2022-03-29\",\"reliability\":\"C\",\"credibility\":3}")
                .body()).get("id").asLong();
        String text = "“Guarantors must act within three days,” said Volodymyr Zelensky.";
        HttpResponse<String> imported = call("POST", "/api/record/import", analyst, MAPPER.createObjectNode()
                .put("text", text).put("source", source).put("date", "2022-03-29")
                .put("arrangement", "istanbul-2022-communique").toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(MAPPER.readTree(imported.body()).get("statements")).hasSize(1);
        HttpResponse<String> csv = call("GET", "/api/record/export?format=csv", viewer, null);
        assertThat(csv.body()).contains("Guarantors must act within three days");
        HttpResponse<String> json = call("GET", "/api/record/export", viewer, null);
        assertThat(MAPPER.readTree(json.body()).get("statements")).isNotEmpty();
        // the listings and the export describe a source and a statement alike
        JsonNode listed = MAPPER.readTree(call("GET", "/api/record/sources", viewer, null).body());
        JsonNode exported = MAPPER.readTree(json.body()).get("sources");
        assertThat(listed).isEqualTo(exported);
        assertThat(listed.get(listed.size() - 1).get("published").asText()).isEqualTo("2022-03-29");
        // a listed statement is the exported one with its claims, each also described in words
        JsonNode statements = MAPPER.readTree(call("GET", "/api/record/statements", viewer, null).body());
        JsonNode export = MAPPER.readTree(json.body());
        for (JsonNode s : statements) {
            for (JsonNode c : s.get("claims")) {
                assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("described").asText()).isNotBlank();
            }
            com.fasterxml.jackson.databind.node.ArrayNode own = MAPPER.createArrayNode();
            export.get("claims").forEach(c -> {
                if (c.get("statement").equals(s.get("id"))) {
                    own.add(c);
                }
            });
            assertThat(s.get("claims")).isEqualTo(own);
            ((com.fasterxml.jackson.databind.node.ObjectNode) s).remove("claims");
        }
        assertThat(statements).isEqualTo(export.get("statements"));
        assertThat(call("POST", "/api/record/load", viewer, json.body()).statusCode()).isEqualTo(403);
    }

    @Test
    void questions_are_opened_from_the_check_once() throws Exception {
        String body = "{\"arrangement\":\"istanbul-2022-draft-ua\"}";
        HttpResponse<String> first = call("POST", "/api/record/questions", analyst, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(MAPPER.readTree(first.body()).get("opened")).isNotEmpty();
        assertThat(MAPPER.readTree(call("POST", "/api/record/questions", analyst, body).body()).get("opened")).isEmpty();
        assertThat(call("GET", "/api/record/questions", viewer, null).body()).contains("istanbul-2022-draft-ua");
    }

    @Test
    void repeated_failed_logins_are_refused() throws Exception {
        server.createUser("target", "pepper-harbor-ember-63", "viewer");
        for (int i = 0; i < Users.MAX_FAILURES; i++) {
            assertThat(call("POST", "/api/login", null, "{\"name\":\"target\",\"password\":\"wrong\"}").statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = call("POST", "/api/login", null,
                "{\"name\":\"target\",\"password\":\"pepper-harbor-ember-63\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
    }

    @Test
    void oversized_requests_are_refused() throws Exception {
        String big = "x".repeat(3_000_000);
        assertThat(call("POST", "/api/check", analyst, big).statusCode()).isEqualTo(413);
    }

    /**
     * Thirty wrong passwords sent at once: no more than the limit are checked (401), the rest are
     * refused (429), and the right password sent right after the burst is refused too.
     */
    @Test
    void parallel_logins_do_not_beat_the_login_limit() throws Exception {
        server.createUser("burst", "walnut-glacier-tulip-52", "viewer");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return call("POST", "/api/login", null, "{\"name\":\"burst\",\"password\":\"wrong-password\"}")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var code : codes) {
                statuses.add(code.get());
            }
            assertThat(statuses).filteredOn(c -> c == 401).hasSizeLessThanOrEqualTo(Users.MAX_FAILURES);
            assertThat(statuses).filteredOn(c -> c == 429).hasSizeGreaterThanOrEqualTo(30 - Users.MAX_FAILURES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(call("POST", "/api/login", null, "{\"name\":\"burst\",\"password\":\"walnut-glacier-tulip-52\"}")
                .statusCode()).isEqualTo(429);
    }

    /** No page of the workbench can be framed by another site (clickjacking). */
    @Test
    void no_page_can_be_framed() throws Exception {
        for (String path : new String[] {"/", "/health", "/api/library"}) {
            HttpResponse<String> page = call("GET", path, viewer, null);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
    }

    /**
     * A chunked body declares no length, so the size limit cannot see it: it is refused (411)
     * from its headers, before the server reads the body, here an endless one.
     */
    @Test
    void chunked_bodies_are_refused_before_they_are_read() throws Exception {
        URI uri = URI.create(server.url());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/login HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String chunk = "x".repeat(65_536);
            for (int i = 0; i < 16; i++) {
                out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 411 Length Required");
        }
        assertThat(call("GET", "/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void stored_script_and_sql_come_back_as_inert_text() throws Exception {
        long source = MAPPER.readTree(call("POST", "/api/record/sources", analyst,
                "{\"title\":\"<b>bold</b>\",\"reliability\":\"B\",\"credibility\":2}").body()).get("id").asLong();
        String xss = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String sql = "'); drop table statement; --";
        for (String quote : new String[] {xss, sql}) {
            String body = MAPPER.createObjectNode().put("actor", "UA").put("date", "2022-03-29").put("source", source)
                    .put("quote", quote).toString();
            assertThat(call("POST", "/api/record/statements", analyst, body).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> list = call("GET", "/api/record/statements", viewer, null);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(list.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
        JsonNode statements = MAPPER.readTree(list.body());
        assertThat(statements).extracting(s -> s.get("quote").asText()).contains(xss, sql);
        assertThat(call("GET", "/api/record/positions", viewer, null).statusCode()).isEqualTo(200);
        long first = statements.get(0).get("id").asLong();
        assertThat(call("POST", "/api/record/statement/" + first + "/confirm", analyst, null).statusCode()).isEqualTo(204);
        assertThat(call("POST", "/api/record/statement/" + first + "/confirm", viewer, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/record/statement/999999/confirm", analyst, null).body())
                .contains("no statement with id 999999");
        assertThat(call("GET", "/api/record/timeline?clause=istanbul-2022-draft-ru:decision.rule", viewer, null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_simulation_runs_as_a_job_with_progress_and_a_verdict() throws Exception {
        HttpResponse<String> started = call("POST", "/api/simulations", analyst,
                "{\"arrangements\":[\"istanbul-2022-draft-ru\"],\"scenario\":\"ukraine-attacked-by-russia\",\"runs\":1000,"
                        + "\"tornado\":true,\"sensitivityRuns\":100}");
        assertThat(started.statusCode()).isEqualTo(202);
        String job = MAPPER.readTree(started.body()).get("job").asText();
        // a job is its owner's (and an admin's): another user is told there is no such job
        assertThat(call("GET", "/api/jobs/" + job, viewer, null).statusCode()).isEqualTo(404);
        JsonNode state = api.awaitJob(job, analyst);
        assertThat(state.get("status").asText()).isEqualTo("done");
        assertThat(state.get("result").get("arrangements").get(0).get("verdict").asText()).isEqualTo("worse");
        JsonNode tornado = state.get("result").get("tornadoes").get(0);
        assertThat(tornado.get("arrangement").asText()).isEqualTo("istanbul-2022-draft-ru");
        assertThat(tornado.get("bars")).isNotEmpty();
        // Any instance can report the job: its state is in the database, not in this server's memory.
        assertThat(call("GET", "/api/jobs/" + job, admin, null).body()).contains("\"done\"");
    }

    @Test
    void design_refuses_badly_typed_fields_with_400_naming_them_and_runs_as_a_job() throws Exception {
        String[][] refused = {
            {"\"candidates\": \"GB\"", "candidates: expected a list of strings"},
            {"\"maxAdded\": 99", "maxAdded: expected a whole number from 0 to 3"},
            {"\"redLines\": [\"US=king\"]", "unknown level 'king'"}};
        for (String[] bad : refused) {
            HttpResponse<String> response = call("POST", "/api/design", analyst,
                    "{\"arrangement\": \"anzus-1951\", " + bad[0] + "}");
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.body()).contains(bad[1]);
        }
        HttpResponse<String> started = call("POST", "/api/design", analyst,
                "{\"arrangement\": \"anzus-1951\", \"redLines\": [\"US=veto\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = MAPPER.readTree(started.body()).get("job").asText();
        JsonNode state = api.awaitJob(job, analyst);
        assertThat(state.get("status").asText()).as(state.toString()).isEqualTo("done");
        assertThat(state.get("result").get("satisfiesAll").asBoolean()).isFalse();
        assertThat(state.get("result").get("front").size()).isPositive();
    }
}
