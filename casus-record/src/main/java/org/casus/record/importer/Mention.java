package org.casus.record.importer;

/**
 * A person or actor named in a text.
 *
 * @param person     the person's name as in {@code actors.yaml}, or null for an actor
 * @param actor      the actor's code (for a person, the actor the person speaks for)
 * @param possessive the name is followed by {@code 's} ({@code Russia's}, {@code Zelensky's})
 */
record Mention(int start, int end, String person, String actor, boolean possessive) {
}
