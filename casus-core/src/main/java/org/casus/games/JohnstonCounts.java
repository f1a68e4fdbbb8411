package org.casus.games;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The exact Johnston index of a count-weight game (see {@link CountWeightForm}) without listing
 * its coalitions: in each winning coalition S, each of the c(S) members whose leaving makes S
 * lose gets 1/c(S); the sums are normalised to 1. Enumeration does this for up to 25 players;
 * this also does the EU Council (27) and larger councils.
 *
 * <p>Method. With the players sorted heaviest first, the critical members of a winning coalition
 * S are a prefix of it (member i is critical iff w_i &gt; W(S) - minWeight(|S| - 1)). Split S at
 * position p into the heavier part P, of size a and capped weight z, and the rest E drawn from
 * positions p on: if a member of E is critical, all of P is, and c(S) = a + (critical members of
 * E). Forward, the cells (p, a, z) that some P reaches are listed with their counts, keeping only
 * live ones: P can still win with some E, and does not win alone. Backward, three tables over the
 * same cells count the E with which P wins, those of them with a critical member of E, and the
 * shares L / c(S) the members of P then receive (L = lcm(1..n) keeps shares whole). Adding the
 * player at p to E updates them from the cells (a, z) and (a + 1, z + w_p) one position on, and
 * its share is the sum over the cells of (count of P) x (what it adds to the shares). Counts are
 * kept modulo 2^64 and primes ({@link Moduli}), with Montgomery products for the primes.
 *
 * <p>Cost: O(cells) time and memory per modulus, cells at most the sum over p and a of
 * min(C(p, a), live weights of row a), so below min(2^n, n (n + 1) (q + 1) / 2) for weight cap q.
 * Spread weights keep it small: about 210,000 cells for the EU Council (n = 27, q = 291,986).
 * Moduli: 1 + about (2.44 n - 63) / 61.
 */
final class JohnstonCounts {
    /**
     * The most cells counted (their bound in advance, summed over moduli): each takes some 5 to
     * 20 nanoseconds and 16 to 40 bytes, so this is well under a second and half a gigabyte.
     */
    static final long MAX_CELLS = 20_000_000L;
    /** The most players: bounding the cells takes n^2 steps. */
    static final int MAX_PLAYERS = 2_000;

    private static final long INFINITE = Long.MAX_VALUE / 4;
    /** The next cell of a heavier part that cannot win with any E, or that wins alone: not listed. */
    private static final int NONE = -1;
    private static final int ALL = -2;

    private final int n;
    private final int cap;
    /** The player at each position, heaviest first (ties by index). */
    private final int[] player;
    /** The capped weight of the player at each position. */
    private final int[] weight;
    /** minWeight[k]: the least capped weight with which k yes voters win, or INFINITE. */
    private final long[] minWeight;
    /** lo[p][a]: the least z with which P of size a wins with some E from positions p on (cap + 1: none). */
    private final int[][] lo;
    /** The cells listed, at most: see {@link #refusal(Game)}. */
    private final long bound;

    private JohnstonCounts(Game game) {
        CountWeightForm form = game.countWeight();
        n = game.size();
        cap = form.cap();
        long[] weights = form.weights();
        player = IntStream.range(0, n).boxed()
                .sorted((x, y) -> weights[x] != weights[y] ? Long.compare(weights[y], weights[x])
                        : Integer.compare(x, y))
                .mapToInt(Integer::intValue).toArray();
        weight = new int[n];
        long[] sum = new long[n + 1];
        for (int p = 0; p < n; p++) {
            weight[p] = (int) Math.min(weights[player[p]], cap);
            sum[p + 1] = sum[p] + weight[p];
        }
        minWeight = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            minWeight[k] = firstWinningWeight(form, k);
        }
        // the last size of each run of sizes sharing one minimal weight
        int[] runEnds = IntStream.rangeClosed(0, n).filter(k -> k == n || minWeight[k + 1] != minWeight[k]).toArray();
        lo = new int[n + 1][];
        long cells = 0;
        long[] binomial = {1};
        for (int p = 0; p <= n; p++) {
            lo[p] = new int[p + 1];
            for (int a = 0; a <= p; a++) {
                // within a run of sizes, adding the most (and heaviest) players of E is best
                long reach = minWeight[a + n - p] - (sum[n] - sum[p]);
                for (int k : runEnds) {
                    if (k >= a && k <= a + n - p) {
                        reach = Math.min(reach, minWeight[k] - (sum[p + k - a] - sum[p]));
                    }
                }
                lo[p][a] = (int) Math.min(cap + 1L, Math.max(0, reach));
                // P of size a from the first p players weighs between its a lightest and a heaviest
                long from = Math.max(lo[p][a], Math.min(cap, sum[p] - sum[p - a]));
                long to = Math.min(Math.min(minWeight[a] - 1, cap), Math.min(cap, sum[a]));
                if (p < n && from <= to) {
                    cells = Math.min(INFINITE, cells + Math.min(binomial[a], to - from + 1));
                }
            }
            long[] next = new long[p + 2];
            for (int a = 0; a <= p + 1; a++) {
                next[a] = Math.min(INFINITE, (a <= p ? binomial[a] : 0) + (a > 0 ? binomial[a - 1] : 0));
            }
            binomial = next;
        }
        bound = cells;
    }

    /**
     * Empty when the Johnston index of {@code game} can be counted here, else why not: the rule
     * must be a condition on the number and the weight of the yes voters, and the cells bounded
     * in advance (see the class comment), times the moduli, at most {@link #MAX_CELLS}.
     */
    static Optional<String> refusal(Game game) {
        return shapeRefusal(game).or(() -> new JohnstonCounts(game).sizeRefusal());
    }

    /**
     * The Johnston index of each player, in player order, exactly; all 0 when no winning
     * coalition has a critical member.
     *
     * @throws IllegalArgumentException when {@link #refusal(Game)} refuses the game
     */
    static List<PowerValue> values(Game game) {
        shapeRefusal(game).ifPresent(reason -> refuse(game, reason));
        JohnstonCounts counts = new JohnstonCounts(game);
        counts.sizeRefusal().ifPresent(reason -> refuse(game, reason));
        return counts.solve();
    }

    private static void refuse(Game game, String reason) {
        throw new IllegalArgumentException("no Johnston count for " + game.name() + ": " + reason);
    }

    private static Optional<String> shapeRefusal(Game game) {
        if (game.countWeight() == null) {
            return Optional.of("the rule is not a condition on the number and the weight of the yes voters");
        }
        return game.size() <= MAX_PLAYERS ? Optional.empty()
                : Optional.of(game.size() + " players is more than " + MAX_PLAYERS);
    }

    private Optional<String> sizeRefusal() {
        long work = Math.min(INFINITE, bound * new Moduli(bits()).count());
        return work <= MAX_CELLS ? Optional.empty()
                : Optional.of("counting Johnston shares may take " + work + " cells, more than " + MAX_CELLS);
    }

    /** Each share, scaled by L, is at most L 2^(n-1): a player is critical in at most 2^(n-1) coalitions. */
    private int bits() {
        return lcm(n).bitLength() + Math.max(0, n - 1);
    }

    private List<PowerValue> solve() {
        Cells cells = cells();
        Moduli moduli = new Moduli(bits());
        long[][] residues = new long[moduli.count()][];
        IntStream.range(0, moduli.count()).parallel()
                .forEach(m -> residues[m] = new Pass(moduli.modulus(m), cells).shares());
        BigInteger[] shares = new BigInteger[n];
        long[] buffer = new long[moduli.count()];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < buffer.length; m++) {
                buffer[m] = residues[m][i];
            }
            shares[i] = moduli.combine(buffer);
        }
        BigInteger total = Arrays.stream(shares).reduce(BigInteger.ZERO, BigInteger::add);
        return Arrays.stream(shares).map(share -> SwingCounts.exact(share, total)).toList();
    }

    /**
     * The live cells, by position: row a at position p holds cells {@code rowStart[p][a]} to
     * {@code rowStart[p][a + 1] - 1}, by increasing weight. A heavier part P at cell e of position
     * p is at cell {@code stay[p][e]} of position p + 1 without the player at p and at
     * {@code move[p][e]} with it, or NONE or ALL when that cell is not live.
     */
    private record Cells(int[][] rowStart, int[][] stay, int[][] move) {
        int count(int p) {
            return rowStart[p][p + 1];
        }
    }

    /** Lists the live cells forward: each row at p + 1 merges the same row at p and the row below moved by w_p. */
    private Cells cells() {
        int[][] rowStart = new int[n + 1][];
        int[][] stay = new int[n][];
        int[][] move = new int[n][];
        int[] level = live(0, 0, 0) ? new int[] {0} : new int[0]; // the weights z of the cells at p
        rowStart[0] = new int[] {0, level.length};
        for (int p = 0; p < n; p++) {
            int count = rowStart[p][p + 1];
            stay[p] = new int[count];
            move[p] = new int[count];
            rowStart[p + 1] = new int[p + 3];
            int[] next = new int[2 * count];
            int size = 0;
            int d = weight[p];
            for (int a = 0; a <= p + 1; a++) {
                rowStart[p + 1][a] = size;
                int first = size;
                int i = a <= p ? rowStart[p][a] : 0;
                int iEnd = a <= p ? rowStart[p][a + 1] : 0;
                int j = a > 0 ? rowStart[p][a - 1] : 0;
                int jEnd = a > 0 ? rowStart[p][a] : 0;
                while (i < iEnd || j < jEnd) {
                    long without = i < iEnd ? level[i] : Long.MAX_VALUE;
                    long with = j < jEnd ? Math.min(cap, (long) level[j] + d) : Long.MAX_VALUE;
                    int z = (int) Math.min(without, with);
                    int cell;
                    if (!live(p + 1, a, z)) {
                        cell = z >= minWeight[a] ? ALL : NONE;
                    } else {
                        if (size == first || next[size - 1] != z) {
                            next[size++] = z;
                        }
                        cell = size - 1;
                    }
                    if (without <= with) {
                        stay[p][i++] = cell;
                    } else {
                        move[p][j++] = cell;
                    }
                }
            }
            rowStart[p + 1][p + 2] = size;
            level = next;
        }
        return new Cells(rowStart, stay, move);
    }

    /** Whether P of size a and capped weight z at position p can still win with some E and does not win alone. */
    private boolean live(int p, int a, int z) {
        return z >= lo[p][a] && z < minWeight[a];
    }

    private long firstWinningWeight(CountWeightForm form, int k) {
        int w = form.minWinningWeight(k);
        return w > cap ? INFINITE : w;
    }

    private static BigInteger lcm(int n) {
        BigInteger l = BigInteger.ONE;
        for (int c = 2; c <= n; c++) {
            BigInteger big = BigInteger.valueOf(c);
            l = l.divide(l.gcd(big)).multiply(big);
        }
        return l;
    }

    /** The counts modulo one modulus m (0 for 2^64), and the players' shares scaled by L. */
    private final class Pass {
        private final long m;
        private final Cells cells;
        /** -m^-1 modulo 2^64, for Montgomery reduction (odd m only). */
        private final long negInverse;
        /** 1 in the form the forward counts are kept in: 2^64 mod m for a prime (Montgomery form). */
        private final long one;
        /** share[c]: L / c, in Montgomery form for a prime. */
        private final long[] share = new long[n + 1];
        /** pow2[e]: 2^e mod m. */
        private final long[] pow2 = new long[n + 1];

        Pass(long m, Cells cells) {
            this.m = m;
            this.cells = cells;
            BigInteger l = lcm(n);
            BigInteger r = BigInteger.ONE;
            if (m == 0) {
                negInverse = 0;
            } else {
                long inverse = m; // right to 3 bits; each step doubles them
                for (int i = 0; i < 5; i++) {
                    inverse *= 2 - m * inverse;
                }
                negInverse = -inverse;
                r = BigInteger.ONE.shiftLeft(64).mod(BigInteger.valueOf(m));
            }
            one = r.longValue();
            for (int c = 1; c <= n; c++) {
                BigInteger scaled = l.divide(BigInteger.valueOf(c)).multiply(r);
                share[c] = (m == 0 ? scaled : scaled.mod(BigInteger.valueOf(m))).longValue();
            }
            pow2[0] = 1;
            for (int e = 1; e <= n; e++) {
                pow2[e] = Moduli.add(pow2[e - 1], pow2[e - 1], m);
            }
        }

        /** {@code a * b} modulo m, where b is in Montgomery form for a prime (then reduced by Montgomery's method). */
        private long times(long a, long b) {
            if (m == 0) {
                return a * b;
            }
            long high = Math.multiplyHigh(a, b);
            long low = a * b;
            long t = low * negInverse;
            long u = high + Math.unsignedMultiplyHigh(t, m) + (low != 0 ? 1 : 0);
            return u >= m ? u - m : u;
        }

        /** The number of P at each live cell, position by position. */
        private long[][] forward() {
            long[][] count = new long[n][];
            for (int p = 0; p < n; p++) {
                count[p] = new long[cells.count(p)];
            }
            if (n > 0 && count[0].length > 0) {
                count[0][0] = one;
            }
            for (int p = 0; p + 1 < n; p++) {
                long[] next = count[p + 1];
                int[] stay = cells.stay()[p];
                int[] move = cells.move()[p];
                for (int e = 0; e < count[p].length; e++) {
                    if (stay[e] >= 0) {
                        next[stay[e]] = Moduli.add(next[stay[e]], count[p][e], m);
                    }
                    if (move[e] >= 0) {
                        next[move[e]] = Moduli.add(next[move[e]], count[p][e], m);
                    }
                }
            }
            return count;
        }

        /**
         * Backward over the positions, for E from p on: the E with which P wins, those with a
         * critical member of E, and the shares of P's members. The player at p is critical, and
         * the lightest critical member, in (wins with p) - (wins without p) - (wins with p and
         * a later critical member); then c(S) = a + 1.
         */
        long[] shares() {
            long[][] count = forward();
            long[] shares = new long[n];
            long[] wins = new long[0];
            long[] critical = new long[0];
            long[] back = new long[0];
            for (int p = n - 1; p >= 0; p--) {
                int size = cells.count(p);
                long[] winsHere = new long[size];
                long[] criticalHere = new long[size];
                long[] backHere = new long[size];
                long all = pow2[n - p - 1];
                int[] stay = cells.stay()[p];
                int[] move = cells.move()[p];
                long sum = 0;
                for (int a = 0; a <= p; a++) {
                    long shareOfP = share[a + 1];
                    for (int e = cells.rowStart()[p][a]; e < cells.rowStart()[p][a + 1]; e++) {
                        int s = stay[e];
                        int t = move[e];
                        long winsWithout = s >= 0 ? wins[s] : 0; // P does not win alone: s is never ALL
                        long winsWith = t >= 0 ? wins[t] : t == ALL ? all : 0;
                        long criticalAfter = t >= 0 ? critical[t] : 0;
                        long lightest = Moduli.sub(Moduli.sub(winsWith, criticalAfter, m), winsWithout, m);
                        long added = Moduli.add(t >= 0 ? back[t] : 0, times(lightest, shareOfP), m);
                        sum = Moduli.add(sum, times(added, count[p][e]), m);
                        winsHere[e] = Moduli.add(winsWithout, winsWith, m);
                        criticalHere[e] = Moduli.add(Moduli.add(s >= 0 ? critical[s] : 0, criticalAfter, m),
                                lightest, m);
                        backHere[e] = Moduli.add(s >= 0 ? back[s] : 0, added, m);
                    }
                }
                shares[player[p]] = sum;
                wins = winsHere;
                critical = criticalHere;
                back = backHere;
            }
            return shares;
        }
    }
}
