package org.casus.model;

/** Someone who speaks for an actor in a role, from {@code from} to {@code to} (null while in office). */
public record Person(String name, String role, String from, String to) {
}
