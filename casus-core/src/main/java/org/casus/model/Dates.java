package org.casus.model;

/** Key dates of an arrangement, as ISO dates ({@code 1949-04-04}, {@code 1994-12}, {@code 1960}); any may be null. */
public record Dates(String proposed, String signed, String inForce, String ended) {
    public static final Dates NONE = new Dates(null, null, null, null);
}
