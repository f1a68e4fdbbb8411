package org.casus.activation;

import java.util.List;
import org.casus.model.Council;

/**
 * How an arrangement can bring help in a crisis: a collective decision under its rule, each
 * guarantor deciding on its own, a decision delegated to a standing body, or no path at all.
 */
public sealed interface ActivationPath {

    /** Whether the path can bring the guarantee into play with the aggressor's side against it. */
    boolean activates();

    /** {@code collective}, {@code individual}, {@code delegated to un-security-council}, {@code none}. */
    String label();

    /** Those whose no stops the path (the aggressor, or its side's voters); empty when it activates. */
    default List<String> blockers() {
        return List.of();
    }

    /**
     * The guarantors decide together under {@code vote}'s rule.
     *
     * @param individualFallback whether each guarantor may act on its own when no decision is
     *                           reached ({@code on-deadlock: individual-action})
     * @param guarantors         the guarantors free to act: not on the aggressor's side, not the target
     */
    record Collective(RuleVote vote, boolean individualFallback, List<String> guarantors) implements ActivationPath {
        public Collective {
            guarantors = List.copyOf(guarantors);
        }

        @Override
        public boolean activates() {
            return vote.passes() || individualFallback && !guarantors.isEmpty();
        }

        @Override
        public String label() {
            return individualFallback ? "collective, individual on deadlock" : "collective";
        }

        @Override
        public List<String> blockers() {
            return vote.passes() ? List.of() : vote.blockers();
        }
    }

    /** Each guarantor decides its own response; {@code guarantors} are those free to act. */
    record Individual(List<String> guarantors) implements ActivationPath {
        public Individual {
            guarantors = List.copyOf(guarantors);
        }

        @Override
        public boolean activates() {
            return !guarantors.isEmpty();
        }

        @Override
        public String label() {
            return "individual";
        }
    }

    /** The guarantors promise only to seek action by {@code council}, which decides by {@code vote}. */
    record Delegated(Council council, RuleVote vote) implements ActivationPath {
        @Override
        public boolean activates() {
            return vote.passes();
        }

        @Override
        public String label() {
            return "delegated to " + council.id();
        }

        @Override
        public List<String> blockers() {
            return vote.blockers();
        }
    }

    /** No path: the attack is not covered, or nothing obliges anyone to aid; {@code reason} says which. */
    record None(String reason) implements ActivationPath {
        @Override
        public boolean activates() {
            return false;
        }

        @Override
        public String label() {
            return "none";
        }
    }
}
