package org.casus.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One endpoint: method, path (with Javalin's {@code {param}}), who may call it, and what answers.
 * {@link CasusServer} registers its one table of routes with Javalin, and the authorisation and
 * OpenAPI tests read the same table, so a route cannot be added without its access being tested.
 */
record Route(HandlerType method, String path, Access access, Handler handler) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a route's path starts with /, got " + path);
        }
    }
}
