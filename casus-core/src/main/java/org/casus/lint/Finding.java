package org.casus.lint;

import java.util.List;

/**
 * One thing a negotiator should know about an arrangement, and the question to put to the other side.
 *
 * @param rule     the check that found it ({@code veto-trap})
 * @param clause   the field path of the clause concerned ({@code decision.rule})
 * @param actors   the actors concerned, by code
 * @param message  what is wrong, in plain words
 * @param question the one-sentence clarification question to ask
 * @param sources  the keys of the sources the clause is encoded from
 */
public record Finding(String rule, Severity severity, String clause, List<String> actors, String message,
                      String question, List<String> sources) {
    public Finding {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
    }
}
