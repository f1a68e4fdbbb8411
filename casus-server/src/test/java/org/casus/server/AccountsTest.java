package org.casus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Accounts through real HTTP (OWASP ASVS 4.0 level 2, V2), on a server of their own. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String json(String... pairs) {
        var node = MAPPER.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }

    @Test
    @Order(1)
    void theOneTimeAdminPassword_mustBeChangedBeforeAnythingElse_andThenNoLongerWorks() throws Exception {
        HttpResponse<String> login = api.call("POST", "/api/login", null,
                json("name", "admin", "password", server.adminPassword()));
        JsonNode body = MAPPER.readTree(login.body());
        assertThat(body.get("mustChangePassword").asBoolean()).isTrue();
        String token = body.get("token").asText();
        HttpResponse<String> users = api.call("GET", "/api/users", token, null);
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("change your one-time password first");
        HttpResponse<String> weak = api.call("POST", "/api/password", token,
                json("current", server.adminPassword(), "password", "password1234"));
        assertThat(weak.statusCode()).isEqualTo(400);
        HttpResponse<String> wrong = api.call("POST", "/api/password", token,
                json("current", "not-the-current-one", "password", ApiClient.ADMIN_PASSWORD));
        assertThat(wrong.body()).contains("the current password is wrong");
        assertThat(api.call("POST", "/api/password", token,
                json("current", server.adminPassword(), "password", ApiClient.ADMIN_PASSWORD)).statusCode()).isEqualTo(204);
        assertThat(api.call("GET", "/api/users", token, null).statusCode()).isEqualTo(200);
        assertThat(api.call("POST", "/api/login", null, json("name", "admin", "password", server.adminPassword()))
                .statusCode()).isEqualTo(401);
        admin = api.login("admin", ApiClient.ADMIN_PASSWORD);
    }

    @Test
    @Order(2)
    void weakPasswords_andNamesDifferingOnlyInCase_areRefused() throws Exception {
        for (String password : new String[] {"aaaaaaaaaaaa", "            ", "bobbobbobbob1", "letmein12345"}) {
            HttpResponse<String> weak = api.call("POST", "/api/users", admin,
                    json("name", "bob", "password", password, "role", "viewer"));
            assertThat(weak.statusCode()).as(password).isEqualTo(400);
        }
        assertThat(api.call("POST", "/api/users", admin, json("name", "bob", "password", "walnut-glacier-bob-52",
                "role", "viewer")).statusCode()).isEqualTo(201);
        HttpResponse<String> twin = api.call("POST", "/api/users", admin,
                json("name", "BOB", "password", "another-walnut-glacier-53", "role", "viewer"));
        assertThat(twin.statusCode()).isEqualTo(400);
        assertThat(twin.body()).contains("exists already (names are unique regardless of case)");
        assertThat(api.login("Bob", "walnut-glacier-bob-52")).isNotBlank();
        HttpResponse<String> longName = api.call("POST", "/api/login", null, json("name", "x".repeat(101), "password", "y"));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("name: a user name is 1 to 100 characters");
    }

    @Test
    @Order(3)
    void anAdminChangesRolesAndDeletesUsers_butNeverTheLastAdminOrThemselves() throws Exception {
        String bob = api.login("bob", "walnut-glacier-bob-52");
        assertThat(api.call("POST", "/api/record/sources", bob, "{}").statusCode()).isEqualTo(403);
        assertThat(api.call("POST", "/api/users/bob/role", admin, json("role", "analyst")).statusCode()).isEqualTo(204);
        assertThat(api.call("POST", "/api/users/admin/role", admin, json("role", "viewer")).body())
                .contains("admin is the last admin");
        assertThat(api.call("DELETE", "/api/users/admin", admin, null).body())
                .contains("cannot delete their own account");
        assertThat(api.call("DELETE", "/api/users/bob", admin, null).statusCode()).isEqualTo(204);
        assertThat(api.call("GET", "/api/library", bob, null).statusCode()).isEqualTo(401);
        assertThat(api.call("DELETE", "/api/users/bob", admin, null).body()).contains("no user bob");
    }

    @Test
    @Order(4)
    void wrongPasswordsFromOneAddress_doNotLockTheOwnerOutFromAnother() {
        server.createUser("carol", "pepper-harbor-lantern-63", Role.VIEWER.label());
        Users users = server.users();
        for (int i = 0; i < Users.MAX_FAILURES; i++) {
            assertThat(users.login("carol", "guess-" + i, "10.0.0.66")).isEmpty();
        }
        assertThatThrownBy(() -> users.login("carol", "guess-more", "10.0.0.66"))
                .isInstanceOf(Users.TooManyAttempts.class);
        assertThat(users.login("carol", "pepper-harbor-lantern-63", "192.0.2.7")).isPresent();
    }

    @Test
    @Order(5)
    void anUnknownName_takesAsLongAsAWrongPassword_soTimeDoesNotTellWhichNamesExist() {
        Users users = server.users();
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            users.login("carol", "wrong-" + i, "198.51.100." + i);
            known[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            users.login("nobody-" + i, "wrong-" + i, "198.51.100." + (10 + i));
            unknown[i] = System.nanoTime() - t0;
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        // without a BCrypt check for unknown names the ratio is near 0.01; with it, near 1
        assertThat((double) unknown[2] / known[2]).isGreaterThan(0.3);
    }

    @Test
    @Order(6)
    void attemptsOlderThanTheWindow_areDeleted() {
        Jdbi db = Jdbi.create(server.database());
        db.useHandle(h -> h.createUpdate("insert into login_attempt (name, client, at, ok) values ('old', '', :at, false)")
                .bind("at", Timestamp.from(Instant.now().minus(Users.WINDOW).minusSeconds(60))).execute());
        server.users().login("carol", "pepper-harbor-lantern-63", "203.0.113.1");
        int old = db.withHandle(h -> h.createQuery("select count(*) from login_attempt where name = 'old'")
                .mapTo(Integer.class).one());
        assertThat(old).isZero();
    }

    @Test
    @Order(7)
    void anAdminResetsAPassword_toOneThatMustBeChangedAtTheNextLogin_butNotTheirOwn() throws Exception {
        assertThat(api.call("POST", "/api/users", admin, json("name", "dana", "password", "cobalt-meadow-lark-71",
                "role", "analyst")).statusCode()).isEqualTo(201);
        String before = api.login("dana", "cobalt-meadow-lark-71");
        assertThat(api.call("POST", "/api/users/dana/password", admin, json("password", "letmein12345")).statusCode())
                .isEqualTo(400);
        assertThat(api.call("POST", "/api/users/dana/password", admin, json("password", "harbor-tulip-reset-84"))
                .statusCode()).isEqualTo(204);
        assertThat(api.call("GET", "/api/library", before, null).statusCode()).isEqualTo(401);
        assertThat(api.call("POST", "/api/login", null, json("name", "dana", "password", "cobalt-meadow-lark-71"))
                .statusCode()).isEqualTo(401);
        HttpResponse<String> login = api.call("POST", "/api/login", null,
                json("name", "dana", "password", "harbor-tulip-reset-84"));
        JsonNode body = MAPPER.readTree(login.body());
        assertThat(body.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(api.call("GET", "/api/library", body.get("token").asText(), null).body())
                .contains("change your one-time password first");
        assertThat(api.call("POST", "/api/users/admin/password", admin, json("password", "harbor-tulip-reset-85"))
                .body()).contains("an admin changes their own password with POST /api/password");
        assertThat(api.call("POST", "/api/users/nobody/password", admin, json("password", "harbor-tulip-reset-86"))
                .body()).contains("no user nobody");
    }
}
