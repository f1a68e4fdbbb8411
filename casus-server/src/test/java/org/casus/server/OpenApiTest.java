package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description and the server's route table agree: the same operations, each open or
 * needing a bearer token as the table says, and naming the role the table gives it.
 */
class OpenApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void every_route_is_described_with_its_access_and_nothing_else_is() throws Exception {
        JsonNode doc;
        try (InputStream in = CasusServer.class.getResourceAsStream("openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        Set<String> described = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = new TreeSet<>();
        for (Route route : server.routes()) {
            String name = route.method().name() + " " + route.path();
            routed.add(name);
            JsonNode operation = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
            assertThat(operation.isObject()).as(name).isTrue();
            switch (route.access()) {
                case Access.Open open -> assertThat(operation.has("security")).as(name).isFalse();
                case Access.Needs needs -> {
                    assertThat(operation.path("security").toString()).as(name).contains("bearer");
                    String description = operation.path("description").asText();
                    assertThat(description).as(name).startsWith("Needs the " + needs.role().label() + " role");
                    assertThat(description.contains("also before the one-time password is changed")).as(name)
                            .isEqualTo(needs.oneTimePassword());
                }
            }
        }
        assertThat(described).isEqualTo(routed);
    }
}
