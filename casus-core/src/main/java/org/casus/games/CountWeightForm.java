package org.casus.games;

/**
 * A game whose outcome depends only on how many players vote yes (k) and on their total weight
 * (w) under one weight vector: the form the generating-function solver works on. Weights above
 * {@code cap} are all alike to the condition, so counts of coalitions are kept for w in
 * {@code [0, cap]} with {@code cap} standing for "cap or more".
 *
 * @param pureWeighted true when the condition is only {@code w >= cap} (a weighted majority game)
 */
record CountWeightForm(long[] weights, int cap, Condition condition, boolean pureWeighted) {

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
