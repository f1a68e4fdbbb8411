package org.casus.server;

/**
 * A signed-in user.
 *
 * @param mustChange whether the password is a one-time password that must be changed before
 *                   anything else is allowed
 */
public record User(long id, String name, Role role, boolean mustChange) {
}
