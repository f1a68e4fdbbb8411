package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.casus.record.Databases;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL database serve one team: a token from one works on the
 * other, a job started on one is followed from the other and, when its instance dies, reads as
 * failed (interrupted) there instead of running for ever; a logout on one reaches the other
 * within the token cache's time.
 */
class MultiInstanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration STALE = Duration.ofSeconds(3);
    private static final Duration CACHE = Duration.ofSeconds(1);

    @Test
    void twoInstancesShareSessionsAndJobs_andAJobOutlivesNotItsInstanceButItsState() throws Exception {
        String database = Databases.fresh("postgresql");
        TestServer a = TestServer.start(database, STALE, CACHE);
        TestServer b = TestServer.start(database, STALE, CACHE);
        try {
            assertThat(b.adminPassword()).isNull();
            a.createUser("ana", "analyst-tulip-cobalt-91", "analyst");
            ApiClient onA = new ApiClient(a);
            ApiClient onB = new ApiClient(b);
            String token = onA.login("ana", "analyst-tulip-cobalt-91");
            assertThat(onB.call("GET", "/api/library", token, null).statusCode()).isEqualTo(200);

            HttpResponse<String> started = onA.call("POST", "/api/simulations", token,
                    "{\"arrangements\":[\"istanbul-2022-draft-ru\"],\"scenario\":\"ukraine-attacked-by-russia\","
                            + "\"runs\":100000}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String job = MAPPER.readTree(started.body()).get("job").asText();
            assertThat(MAPPER.readTree(onB.call("GET", "/api/jobs/" + job, token, null).body()).get("status").asText())
                    .isIn("queued", "running");
            a.stop();
            long t0 = System.nanoTime();
            JsonNode state = onB.awaitJob(job, token);
            assertThat(state.get("status").asText()).isEqualTo("failed");
            assertThat(state.get("error").asText()).contains("interrupted");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(STALE.multipliedBy(4));

            String other = onB.login("ana", "analyst-tulip-cobalt-91");
            TestServer c = TestServer.start(database, STALE, CACHE);
            try {
                ApiClient onC = new ApiClient(c);
                assertThat(onC.call("GET", "/api/library", other, null).statusCode()).isEqualTo(200);
                assertThat(onB.call("POST", "/api/logout", other, null).statusCode()).isEqualTo(204);
                Thread.sleep(CACHE.toMillis() + 500);
                assertThat(onC.call("GET", "/api/library", other, null).statusCode()).isEqualTo(401);
            } finally {
                c.stop();
            }
        } finally {
            b.stop();
        }
    }
}
