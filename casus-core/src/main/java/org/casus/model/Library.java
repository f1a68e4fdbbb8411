package org.casus.model;

import java.util.Map;
import java.util.Optional;

/** The reference library: known actors, and arrangements, councils and scenarios, each by id. */
public record Library(ActorRegistry actors, Map<String, Arrangement> arrangements, Map<String, Council> councils,
                      Map<String, Scenario> scenarios) {
    public Library {
        arrangements = Map.copyOf(arrangements);
        councils = Map.copyOf(councils);
        scenarios = Map.copyOf(scenarios);
    }

    public Optional<Council> council(String id) {
        return Optional.ofNullable(councils.get(id));
    }
}
