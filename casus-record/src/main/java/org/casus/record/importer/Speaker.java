package org.casus.record.importer;

/**
 * Who said something: a known person (and the actor they speak for), an actor alone, or {@link #UNKNOWN}
 * (the text names a speaker the registry does not know, such as {@code one European diplomat}).
 */
record Speaker(String person, String actor) {
    static final Speaker UNKNOWN = new Speaker(null, null);

    static Speaker of(String person, String actor) {
        return person == null && actor == null ? UNKNOWN : new Speaker(person, actor);
    }

    boolean known() {
        return person != null || actor != null;
    }
}
