package org.casus.record.analysis;

import java.util.List;

/**
 * Two or more statements that cannot all stand, explained and linked to the statements.
 *
 * @param kind one of {@code agreement-excluded}, {@code misreading}, {@code reversal},
 *             {@code unconfirmed-agreement}, {@code divided-side}
 */
public record Contradiction(String kind, String clause, List<String> actors, String explanation,
                           List<Long> statements) {
    public Contradiction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
    }
}
