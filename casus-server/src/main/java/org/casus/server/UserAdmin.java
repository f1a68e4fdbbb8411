package org.casus.server;

import static org.casus.server.Json.MAPPER;
import static org.casus.server.Json.body;
import static org.casus.server.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.casus.CasusException;

/** The admin's management of other users: list, create, change a role, reset a password, delete. */
final class UserAdmin {
    private final Users users;

    UserAdmin(Users users) {
        this.users = users;
    }

    void list(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        users.list().forEach(u -> list.addObject().put("id", u.id()).put("name", u.name()).put("role", u.role().label())
                .put("mustChangePassword", u.mustChange()));
        ctx.json(list);
    }

    void add(Context ctx) {
        JsonNode b = body(ctx);
        long id = users.create(text(b, "name"), text(b, "password"), role(b));
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    void setRole(Context ctx) {
        users.setRole(ctx.pathParam("name"), role(body(ctx)));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Gives a user a one-time password, to be changed at the next login; ends the user's sessions. */
    void resetPassword(Context ctx) {
        users.resetPassword(ctx.pathParam("name"), text(body(ctx), "password"), Accounts.user(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void delete(Context ctx) {
        users.delete(ctx.pathParam("name"), Accounts.user(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static Role role(JsonNode body) {
        return Role.of(String.valueOf(text(body, "role"))).orElseThrow(() ->
                new CasusException("role must be viewer, analyst or admin"));
    }
}
