package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a test server's API through real HTTP. */
final class ApiClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final TestServer server;

    ApiClient(TestServer server) {
        this.server = server;
    }

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return call(method, path, token, body, "application/json");
    }

    HttpResponse<String> call(String method, String path, String token, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The admin's password once the one-time password is changed at first login. */
    static final String ADMIN_PASSWORD = "ember-quartz-harbor-2026";

    /** Logs in as the admin with the one-time password, changes it, and returns the token. */
    String adminToken() throws Exception {
        String token = login("admin", server.adminPassword());
        HttpResponse<String> changed = call("POST", "/api/password", token, MAPPER.createObjectNode()
                .put("current", server.adminPassword()).put("password", ADMIN_PASSWORD).toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return token;
    }

    /** Polls a job until it is neither queued nor running (at most a minute); returns its last state. */
    com.fasterxml.jackson.databind.JsonNode awaitJob(String job, String token) throws Exception {
        com.fasterxml.jackson.databind.JsonNode state = null;
        for (int i = 0; i < 600; i++) {
            state = MAPPER.readTree(call("GET", "/api/jobs/" + job, token, null).body());
            if (!state.path("status").asText().matches("queued|running")) {
                break;
            }
            Thread.sleep(100);
        }
        return state;
    }

    /** Logs in and returns the bearer token. */
    String login(String name, String password) throws Exception {
        HttpResponse<String> response = call("POST", "/api/login", null,
                MAPPER.createObjectNode().put("name", name).put("password", password).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body()).get("token").asText();
    }
}
