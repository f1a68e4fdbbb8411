package org.casus.server;

import static org.casus.server.Json.MAPPER;
import static org.casus.server.Json.body;
import static org.casus.server.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * One's own account: login, logout and password change, and the guard that lets a request
 * through to its route only with the access the route declares.
 */
final class Accounts {
    private final Users users;

    Accounts(Users users) {
        this.users = users;
    }

    /**
     * The route's handler behind its access check: a valid bearer token (else 401), a changed
     * one-time password unless the route allows it (else 403), and at least the route's role
     * (else 403). The signed-in user is then {@link #user(Context)}.
     */
    Handler guard(Route route) {
        return switch (route.access()) {
            case Access.Open open -> route.handler();
            case Access.Needs needs -> ctx -> {
                User user = users.userFor(token(ctx)).orElseThrow(() -> new Denied(HttpStatus.UNAUTHORIZED,
                        "a valid bearer token is needed; log in at POST /api/login"));
                if (user.mustChange() && !needs.oneTimePassword()) {
                    throw new Denied(HttpStatus.FORBIDDEN, "change your one-time password first: POST /api/password "
                            + "with current and password");
                }
                if (!user.role().allows(needs.role())) {
                    throw new Denied(HttpStatus.FORBIDDEN, "this needs the " + needs.role().label() + " role; you are "
                            + user.role().label());
                }
                ctx.attribute("user", user);
                route.handler().handle(ctx);
            };
        };
    }

    /** The user the guard let through. */
    static User user(Context ctx) {
        return ctx.attribute("user");
    }

    private static String token(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    }

    void login(Context ctx) {
        JsonNode body = body(ctx);
        Optional<String> token = users.login(text(body, "name"), text(body, "password"), ctx.ip());
        if (token.isEmpty()) {
            throw new Denied(HttpStatus.UNAUTHORIZED, "wrong name or password");
        }
        User user = users.userFor(token.get()).orElseThrow();
        ctx.json(MAPPER.createObjectNode().put("token", token.get()).put("name", user.name())
                .put("role", user.role().label()).put("mustChangePassword", user.mustChange()));
    }

    void logout(Context ctx) {
        users.logout(token(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Changes one's own password and ends one's other sessions. */
    void changePassword(Context ctx) {
        JsonNode b = body(ctx);
        users.changePassword(user(ctx), text(b, "current"), text(b, "password"), token(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
