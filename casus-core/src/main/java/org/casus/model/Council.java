package org.casus.model;

import java.util.List;
import java.util.Map;

/**
 * A standing decision body (the UN Security Council, the North Atlantic Council), read from
 * {@code library/councils/}. Arrangements that delegate to a body name it by id.
 */
public record Council(String id, String title, Map<String, Source> sources, List<String> members,
                      Map<String, ActorSet> sets, DecisionRule rule, Citation cite, String notes) {
    public Council {
        members = List.copyOf(members);
    }
}
