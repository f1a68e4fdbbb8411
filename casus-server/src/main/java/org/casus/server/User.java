package org.casus.server;

/** A signed-in user. */
public record User(long id, String name, Role role) {
}
