package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jobs through real HTTP: bounded work, per-user limits, a queue, cancellation, recovery. */
class JobsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LONG = "{\"arrangements\":[\"istanbul-2022-draft-ru\"],\"scenario\":"
            + "\"ukraine-attacked-by-russia\",\"runs\":100000}";
    private static TestServer server;
    private static ApiClient api;
    private static String analyst;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server);
        server.createUser("jo", "jobs-ember-lantern-38", "analyst");
        analyst = api.login("jo", "jobs-ember-lantern-38");
        admin = api.adminToken();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return api.call(method, path, token, body);
    }

    @Test
    void badlyTypedOrTooLargeWork_isRefusedWith400_beforeAnythingRuns() throws Exception {
        HttpResponse<String> text = call("POST", "/api/simulations", analyst, LONG.replace("100000", "\"abc\""));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("runs: expected a whole number from 1 to 100000");
        HttpResponse<String> flag = call("POST", "/api/simulations", analyst, LONG.replace("}", ",\"tornado\":\"yes\"}"));
        assertThat(flag.body()).contains("tornado: expected true or false");
        String many = "{\"arrangements\":[\"istanbul-2022-draft-ru\",\"istanbul-2022-draft-ua\",\"nato-1949\","
                + "\"budapest-1994\",\"anzus-1951\",\"rio-1947\"],\"scenario\":\"ukraine-attacked-by-russia\","
                + "\"runs\":100000}";
        HttpResponse<String> work = call("POST", "/api/simulations", analyst, many);
        assertThat(work.statusCode()).isEqualTo(400);
        assertThat(work.body()).contains("too much work for one job: runs x arrangements (with the baseline) is 700000");
    }

    @Test
    void aUserHasAtMostTwoUnfinishedJobs_andCancellingOneFreesItsPlace() throws Exception {
        String first = job(call("POST", "/api/simulations", analyst, LONG));
        String second = job(call("POST", "/api/simulations", analyst, LONG));
        HttpResponse<String> third = call("POST", "/api/simulations", analyst, LONG);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("you have 2 unfinished jobs");
        JsonNode cancelled = MAPPER.readTree(call("POST", "/api/jobs/" + first + "/cancel", analyst, null).body());
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(call("POST", "/api/jobs/" + first + "/cancel", analyst, null).statusCode()).isEqualTo(409);
        String fourth = job(call("POST", "/api/simulations", analyst, LONG));
        // the second waits or runs; an admin may cancel any job
        assertThat(MAPPER.readTree(call("GET", "/api/jobs/" + fourth, analyst, null).body()).get("status").asText())
                .isIn("queued", "running");
        for (String id : new String[] {second, fourth}) {
            assertThat(MAPPER.readTree(call("POST", "/api/jobs/" + id + "/cancel", admin, null).body())
                    .get("status").asText()).isEqualTo("cancelled");
        }
        assertThat(call("GET", "/api/jobs/" + first, analyst, null).body()).contains("cancelled by jo");
    }

    @Test
    void aJobWhoseServerStopped_readsAsFailedInterrupted_notRunningForEver() throws Exception {
        Jdbi.create(server.database()).useHandle(h -> h.createUpdate("insert into job (id, owner, status, progress, "
                + "updated) values ('orphan', 'jo', 'running', 0.4, :then)")
                .bind("then", Timestamp.from(Instant.now().minusSeconds(600))).execute());
        JsonNode orphan = MAPPER.readTree(call("GET", "/api/jobs/orphan", analyst, null).body());
        assertThat(orphan.get("status").asText()).isEqualTo("failed");
        assertThat(orphan.get("error").asText()).contains("interrupted");
        String stored = Jdbi.create(server.database()).withHandle(h -> h.createQuery(
                "select status from job where id = 'orphan'").mapTo(String.class).one());
        assertThat(stored).isEqualTo("failed");
    }

    private static String job(HttpResponse<String> started) throws Exception {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return MAPPER.readTree(started.body()).get("job").asText();
    }
}
