package org.casus.games;

import java.util.Arrays;
import java.util.List;

/**
 * A game whose outcome depends only on how many players vote yes (k) and on their total weight
 * (w) under one weight vector: the form the generating-function solver works on. Weights above
 * {@code cap} are all alike to the condition, so counts of coalitions are kept for w in
 * {@code [0, cap]} with {@code cap} standing for "cap or more".
 *
 * @param pureWeighted true when the condition is only {@code w >= cap} (a weighted majority game)
 */
record CountWeightForm(long[] weights, int cap, Condition condition, boolean pureWeighted) {

    /** The form of a condition on {@code n} players, when all its thresholds share one weight vector; else null. */
    static CountWeightForm of(int n, Condition condition) {
        if (condition instanceof Condition.Threshold t) {
            return t.required() > Integer.MAX_VALUE - 1 ? null
                    : new CountWeightForm(t.weights(), (int) t.required(), condition, true);
        }
        List<Condition.Threshold> leaves = condition.thresholds();
        long[] vector = null;
        long cap = 0;
        for (Condition.Threshold leaf : leaves) {
            if (leaf.isCountOfAll()) {
                continue;
            }
            if (vector != null && !Arrays.equals(vector, leaf.weights())) {
                return null;
            }
            vector = leaf.weights();
            cap = Math.max(cap, leaf.required());
        }
        if (cap > Integer.MAX_VALUE - 1) {
            return null;
        }
        return new CountWeightForm(vector == null ? new long[n] : vector, (int) cap, condition, false);
    }

    /**
     * The form of the dual game, where a coalition wins exactly when its complement loses here (a
     * blocking coalition of this game), or null when it has none. The two games have the same
     * swings: a player's swing with k others here is one with n - 1 - k others there.
     */
    CountWeightForm dual() {
        return of(weights.length, condition.dual());
    }

    /**
     * {@code minWeights()[k]}, for k up to n + 1: the least capped weight with which k yes voters
     * win, {@code cap + 1} when none does (and for k = n + 1); {@code cap} throughout for a
     * weighted majority game.
     */
    int[] minWeights() {
        int n = weights.length;
        int[] least = new int[n + 2];
        for (int k = 0; k <= n + 1; k++) {
            least[k] = pureWeighted ? cap : k > n ? cap + 1 : minWinningWeight(k);
        }
        return least;
    }

    /**
     * The least capped weight with which {@code k} yes voters win, or {@code cap + 1} when none
     * does: the winning weights of a size form an interval up to the cap (the rules are monotone).
     */
    int minWinningWeight(int k) {
        int lo = 0;
        int hi = cap + 1;
        while (lo < hi) {
            int mid = (int) (((long) lo + hi) >>> 1);
            if (wins(k, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Whether a coalition of {@code k} players and weight {@code w} (capped) wins. */
    boolean wins(int k, long w) {
        return wins(condition, k, w);
    }

    private boolean wins(Condition c, int k, long w) {
        return switch (c) {
            case Condition.Threshold t -> (!pureWeighted && t.isCountOfAll() ? k : w) >= t.required();
            case Condition.And and -> and.parts().stream().allMatch(part -> wins(part, k, w));
            case Condition.Or or -> or.parts().stream().anyMatch(part -> wins(part, k, w));
            case Condition.Constant constant -> constant.value();
        };
    }
}
