package org.casus.games;

/**
 * The swings of a player of a weighted game read from the prefix sums of the others-and-all count
 * table P (coalitions by weight below the quota q). The player's others are counted by
 * P / (1 + x^d), so its swings, the others' coalitions weighing q - d to q - 1 (all of them below
 * q when d is q or more), are an alternating sum of windows of P shifted by j d: O(q / d) terms.
 * Shared by the table solvers that hold P as one row.
 */
final class SwingWindows {
    private SwingWindows() {
    }

    /**
     * The swings of a player of weight {@code d} modulo {@code m} (0: modulo 2^64, which is the
     * exact signed value when it lies within a long), from {@code prefix[w]}, the coalitions
     * weighing at most w, for w below {@code q}.
     */
    static long count(long[] prefix, int q, long d, long m) {
        long sum = 0;
        for (long j = 0, hi = q - 1L, lo = Math.max(0, q - d); d > 0 && lo <= hi && hi >= 0; j++, hi -= d, lo -= d) {
            long part = Moduli.sub(prefix[(int) hi], lo > 0 ? prefix[(int) (lo - 1)] : 0, m);
            sum = (j & 1) == 0 ? Moduli.add(sum, part, m) : Moduli.sub(sum, part, m);
        }
        return sum;
    }
}
