package org.casus.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every weighted voting game on up to {@link #MAX_PLAYERS} labelled players, each with a
 * representation of least total weight: the exact search space of a design over a small set of
 * guarantors. A game is kept as its truth table, bit {@code m} of a long set when the coalition
 * with member mask {@code m} wins.
 *
 * <p>Method: for every non-increasing integer weight vector with largest weight at most
 * {@code MAX_WEIGHT[n]}, every distinct subset sum is a quota; the tables found are closed
 * under the n! relabellings of the players. The bound is the largest weight any threshold
 * function of n variables needs plus margin (Muroga, <i>Threshold Logic and Its
 * Applications</i>, 1971); completeness is checked in the tests against the published number of
 * positive threshold functions, {@code sum_k C(n,k) a(k)} with a = OEIS A002079 (2, 1, 2, 9, 96,
 * 2690, 226360). Cost for n = 6: about 10^7 table evaluations, well under a second; the result
 * is cached per n.
 */
public final class WeightedGames {
    /** The largest number of players enumerated exactly. */
    public static final int MAX_PLAYERS = 6;

    private static final int[] MAX_WEIGHT = {0, 1, 2, 3, 5, 9, 18};
    private static final Map<Integer, List<WeightedGame>> CACHE = new ConcurrentHashMap<>();

    private WeightedGames() {
    }

    /**
     * One weighted game: the coalitions whose weights reach {@code quota} win.
     *
     * @param table the truth table over the 2^n coalitions
     */
    public record WeightedGame(long table, int[] weights, int quota) {
        public WeightedGame {
            weights = weights.clone();
        }

        @Override
        public int[] weights() {
            return weights.clone();
        }

        public int totalWeight() {
            return Arrays.stream(weights).sum();
        }

        public boolean wins(int coalition) {
            return (table >>> coalition & 1L) != 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeightedGame g && g.table == table && g.quota == quota
                    && Arrays.equals(g.weights, weights);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(table) * 31 + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return Arrays.toString(weights) + " >= " + quota;
        }
    }

    /**
     * Every weighted game on {@code n} labelled players, the two constant games included (nobody
     * wins; everybody wins, quota 0), ordered by total weight, then quota, then table.
     */
    public static List<WeightedGame> all(int n) {
        if (n < 0 || n > MAX_PLAYERS) {
            throw new IllegalArgumentException("weighted games are enumerated for 0 to " + MAX_PLAYERS
                    + " players, not " + n);
        }
        return CACHE.computeIfAbsent(n, WeightedGames::enumerate);
    }

    /** The games of {@link #all(int)} that are not constant: someone can win and not everyone always does. */
    public static List<WeightedGame> proper(int n) {
        long full = n == 6 ? -1L : (1L << (1 << n)) - 1;
        return all(n).stream().filter(g -> g.table() != 0 && g.table() != full).toList();
    }

    /** The truth table of weights and a quota over {@code weights.length} players. */
    public static long table(int[] weights, int quota) {
        int n = weights.length;
        long table = 0;
        for (int m = 0; m < 1 << n; m++) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                if ((m >>> i & 1) != 0) {
                    sum += weights[i];
                }
            }
            if (sum >= quota) {
                table |= 1L << m;
            }
        }
        return table;
    }

    private static List<WeightedGame> enumerate(int n) {
        Map<Long, WeightedGame> sorted = new HashMap<>();
        int[] weights = new int[n];
        sortedVectors(weights, 0, MAX_WEIGHT[n], sorted);
        Map<Long, WeightedGame> labelled = new HashMap<>();
        for (WeightedGame game : sorted.values()) {
            for (int[] permutation : permutations(n)) {
                keepLightest(labelled, permuted(game, permutation));
            }
        }
        List<WeightedGame> games = new ArrayList<>(labelled.values());
        games.sort((a, b) -> a.totalWeight() != b.totalWeight() ? Integer.compare(a.totalWeight(), b.totalWeight())
                : a.quota() != b.quota() ? Integer.compare(a.quota(), b.quota()) : Long.compare(a.table(), b.table()));
        return List.copyOf(games);
    }

    /** Every non-increasing vector from position {@code i} on, each weight at most {@code max}. */
    private static void sortedVectors(int[] weights, int i, int max, Map<Long, WeightedGame> games) {
        if (i == weights.length) {
            quotas(weights, games);
            return;
        }
        for (int w = 0; w <= max; w++) {
            weights[i] = w;
            sortedVectors(weights, i + 1, w, games);
        }
    }

    /** Every game of these weights: the quota at each distinct subset sum, and one above the total. */
    private static void quotas(int[] weights, Map<Long, WeightedGame> games) {
        int total = Arrays.stream(weights).sum();
        long[] atSum = new long[total + 1];
        for (int m = 0; m < 1 << weights.length; m++) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                if ((m >>> i & 1) != 0) {
                    sum += weights[i];
                }
            }
            atSum[sum] |= 1L << m;
        }
        keepLightest(games, new WeightedGame(0L, weights, total + 1));
        long table = 0;
        for (int quota = total; quota >= 0; quota--) {
            if (atSum[quota] != 0) {
                table |= atSum[quota];
                keepLightest(games, new WeightedGame(table, weights, quota));
            }
        }
    }

    private static void keepLightest(Map<Long, WeightedGame> games, WeightedGame game) {
        games.merge(game.table(), game, (old, candidate) -> lighter(candidate, old) ? candidate : old);
    }

    private static boolean lighter(WeightedGame a, WeightedGame b) {
        return a.totalWeight() != b.totalWeight() ? a.totalWeight() < b.totalWeight() : a.quota() < b.quota();
    }

    /** The game with player {@code i} renamed {@code permutation[i]}. */
    private static WeightedGame permuted(WeightedGame game, int[] permutation) {
        int n = permutation.length;
        int[] weights = new int[n];
        int[] old = game.weights();
        for (int i = 0; i < n; i++) {
            weights[permutation[i]] = old[i];
        }
        long table = 0;
        for (int m = 0; m < 1 << n; m++) {
            if (game.wins(m)) {
                int image = 0;
                for (int i = 0; i < n; i++) {
                    if ((m >>> i & 1) != 0) {
                        image |= 1 << permutation[i];
                    }
                }
                table |= 1L << image;
            }
        }
        return new WeightedGame(table, weights, game.quota());
    }

    private static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, all);
        return all;
    }

    private static void permute(int[] current, boolean[] used, int i, List<int[]> all) {
        if (i == current.length) {
            all.add(current.clone());
            return;
        }
        for (int v = 0; v < current.length; v++) {
            if (!used[v]) {
                used[v] = true;
                current[i] = v;
                permute(current, used, i + 1, all);
                used[v] = false;
            }
        }
    }
}
