package org.casus.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A decision rule compiled over player indices {@code [0, n)}: a tree of thresholds on counts or
 * weights of yes votes, joined by and/or. Evaluates a coalition given as a bit mask (n at most
 * 63) or as a boolean array (any n).
 */
sealed interface Condition {

    boolean wins(long mask);

    boolean wins(boolean[] yes);

    /** The thresholds of the condition, the leaves of its tree, left to right. */
    default List<Threshold> thresholds() {
        List<Threshold> leaves = new ArrayList<>();
        collect(this, leaves);
        return leaves;
    }

    /**
     * The dual condition: met by a coalition exactly when this one is not met by the other players
     * (its complement). A threshold of r out of a total T becomes T - r + 1; and and or trade places.
     */
    default Condition dual() {
        return switch (this) {
            case Threshold t -> new Threshold(t.weights(), Arrays.stream(t.weights()).sum() - t.required() + 1);
            case And and -> new Or(and.parts().stream().map(Condition::dual).toList());
            case Or or -> new And(or.parts().stream().map(Condition::dual).toList());
            case Constant constant -> new Constant(!constant.value());
        };
    }

    private static void collect(Condition condition, List<Threshold> leaves) {
        switch (condition) {
            case Threshold t -> leaves.add(t);
            case And and -> and.parts().forEach(part -> collect(part, leaves));
            case Or or -> or.parts().forEach(part -> collect(part, leaves));
            case Constant ignored -> {
            }
        }
    }

    /**
     * The weighted sum of the yes voters must reach {@code required}; a count is a sum with
     * weights 0 and 1. Players outside the game (forced to vote no) simply have no weight here.
     */
    record Threshold(long[] weights, long required) implements Condition {
        @Override
        public boolean wins(long mask) {
            long sum = 0;
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                sum += weights[Long.numberOfTrailingZeros(rest)];
            }
            return sum >= required;
        }

        @Override
        public boolean wins(boolean[] yes) {
            long sum = 0;
            for (int i = 0; i < yes.length; i++) {
                if (yes[i]) {
                    sum += weights[i];
                }
            }
            return sum >= required;
        }

        /** Whether every weight is 0 or 1 and every player has weight 1: a plain count of yes votes. */
        boolean isCountOfAll() {
            for (long w : weights) {
                if (w != 1) {
                    return false;
                }
            }
            return true;
        }
    }

    record And(List<Condition> parts) implements Condition {
        @Override
        public boolean wins(long mask) {
            for (Condition part : parts) {
                if (!part.wins(mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean wins(boolean[] yes) {
            return parts.stream().allMatch(part -> part.wins(yes));
        }
    }

    record Or(List<Condition> parts) implements Condition {
        @Override
        public boolean wins(long mask) {
            for (Condition part : parts) {
                if (part.wins(mask)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean wins(boolean[] yes) {
            return parts.stream().anyMatch(part -> part.wins(yes));
        }
    }

    /** A threshold no coalition can reach (or every coalition reaches). */
    record Constant(boolean value) implements Condition {
        @Override
        public boolean wins(long mask) {
            return value;
        }

        @Override
        public boolean wins(boolean[] yes) {
            return value;
        }
    }
}
