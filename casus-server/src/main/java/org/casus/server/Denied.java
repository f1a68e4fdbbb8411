package org.casus.server;

import io.javalin.http.HttpStatus;

/** A request refused with a status other than 400: 401 without a valid token, 403 beyond the role, 404, 409, 411. */
final class Denied extends RuntimeException {
    final HttpStatus status;

    Denied(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }
}
