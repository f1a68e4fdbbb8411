package org.casus.server;

import java.util.Objects;

/**
 * Who may call a route: a sealed choice, so that {@link Accounts#guard} decides every kind and
 * the tests enumerate each route's access from the route table.
 */
sealed interface Access {
    /** Anyone, without a token. */
    Access OPEN = new Open();
    Access VIEWER = new Needs(Role.VIEWER, false);
    Access ANALYST = new Needs(Role.ANALYST, false);
    Access ADMIN = new Needs(Role.ADMIN, false);
    /** Any signed-in user, even one whose one-time password is still unchanged: to change it, or to log out. */
    Access ONE_TIME = new Needs(Role.VIEWER, true);

    /** No token needed: health and login. */
    record Open() implements Access {
    }

    /**
     * A valid bearer token of a user with at least {@code role}.
     *
     * @param oneTimePassword whether a user who must still change a one-time password may call it too
     */
    record Needs(Role role, boolean oneTimePassword) implements Access {
        public Needs {
            Objects.requireNonNull(role, "role");
        }
    }
}
