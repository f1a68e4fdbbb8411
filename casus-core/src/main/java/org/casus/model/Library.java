package org.casus.model;

import java.util.Map;
import java.util.Optional;

/** The reference library: known actors, arrangements and councils, each by id. */
public record Library(ActorRegistry actors, Map<String, Arrangement> arrangements, Map<String, Council> councils) {
    public Library {
        arrangements = Map.copyOf(arrangements);
        councils = Map.copyOf(councils);
    }

    public Optional<Council> council(String id) {
        return Optional.ofNullable(councils.get(id));
    }
}
