package org.casus.lint;

import java.util.List;
import org.casus.model.Citation;

/**
 * One thing a negotiator should know about an arrangement, and the question to put to the other side.
 *
 * @param rule      the check that found it ({@code veto-trap})
 * @param clause    the field path of the clause concerned ({@code decision.rule})
 * @param actors    the actors concerned, by code
 * @param message   what is wrong, in plain words
 * @param question  the one-sentence clarification question to ask
 * @param sources   the keys of the sources the clause is encoded from
 * @param uncertain why the encoding of that clause is uncertain (its {@code uncertain} note), or
 *                  null: a finding that rests on an uncertain provision says so
 */
public record Finding(String rule, Severity severity, String clause, List<String> actors, String message,
                      String question, List<String> sources, String uncertain) {
    public Finding {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
    }

    /** A finding on a clause encoded as {@code cite} says: its sources and its uncertainty. */
    public Finding(String rule, Severity severity, String clause, List<String> actors, String message,
                   String question, Citation cite) {
        this(rule, severity, clause, actors, message, question, cite.sources(), cite.uncertain());
    }
}
