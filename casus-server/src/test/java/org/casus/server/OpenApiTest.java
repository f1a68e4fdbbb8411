package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI description names every route the server has, with its method. */
class OpenApiTest {
    @Test
    void every_route_is_described() throws Exception {
        JsonNode doc;
        try (InputStream in = CasusServer.class.getResourceAsStream("openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        for (String[] route : CasusServer.ROUTES) {
            String path = route[1].replaceAll("/arrangements/[^/]+", "/arrangements/{id}").replace("/jobs/none", "/jobs/{id}").replace("/users/nobody", "/users/{name}")
                    .replaceAll("/record/statement/1/(confirm|discard)", "/record/{kind}/{id}/$1").replaceAll("\\?.*", "");
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
            assertThat(doc.get("paths").get(path).has(route[0].toLowerCase(Locale.ROOT))).as(route[0] + " " + path)
                    .isTrue();
        }
    }
}
