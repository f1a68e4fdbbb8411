package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Exact Shapley-Shubik, Banzhaf and Coleman indices, and when asked the minimal winning and
 * minimal blocking coalitions with Holler and Deegan-Packel, of any game whose rule is a tree of
 * weighted thresholds joined by and/or, over one weight vector or several (multiple-weighted games
 * such as "states and votes and population", unions of weighted games): the games generating
 * functions cannot take because they mix weight vectors. The winning coalitions are held in a
 * quasi-reduced ordered binary decision diagram, whose size for real councils stays far below 2^n
 * (Bolus 2011).
 *
 * <p>Construction. Players are ordered by decreasing share of the weight, summed over the
 * rule's thresholds (a player's weight divided by the total weight of the threshold): heavy
 * players first leave light ones at the bottom, whose few distinct subset sums keep the lower
 * levels narrow (the EU Council rule takes 12,360 nodes so, 14,499 lightest first; a rule of
 * three weight vectors over 27 players, 29,917 against 52,630). Each threshold is built by the
 * interval method (Behle 2008): the residual quotas at a level that leave the same subfunction
 * form an interval, computed from the children, so one lookup merges equivalent states (the
 * intervals of a level sit in a sorted map while their threshold is built, all else is in int
 * arrays). Thresholds are joined by apply(and/or) with a unique table and a computed table.
 * Every path visits every level, so no variable is skipped when counting. Construction stops with
 * an {@link IllegalArgumentException} beyond {@value #MAX_NODES} nodes (or as many intermediate
 * results).
 *
 * <p>Counting, modulo 2^64 and primes rebuilt by the Chinese remainder theorem ({@link Moduli}),
 * with additions and subtractions only. A top-down pass counts the paths to each node by number
 * of yes edges; the number of winning coalitions is the count at the true terminal. The swings of
 * the player at level i are the paths through its yes edge minus those through its no edge,
 * propagated from level i + 1 to the true terminal by the size of the coalition of the others:
 * the game is monotone, so the difference counts exactly the coalitions that lose without the
 * player and win with it. With N nodes, per modulus: O(N n) for Banzhaf and Coleman, O(N n^2) for
 * Shapley-Shubik, whose counts are split by coalition size.
 *
 * <p>Minimal coalitions. The minimal winning coalitions are held in a second diagram, their
 * characteristic function, built from the first by the recursion Min(x f1 + (not x) f0) =
 * x (Min(f1) and not f0) + (not x) Min(f0) with one memo per node (Rauzy's minimal solutions of a
 * monotone fault tree [3]); the minimal blocking coalitions are the minimal true sets of the dual
 * f*(B) = not f(N \ B), whose diagram swaps each node's children and the terminals. Counting the paths through each
 * level's yes edge by number of yes edges, as for swings but without the subtraction, gives the
 * minimal winning coalitions containing each player by size: Holler and Deegan-Packel
 * ({@link CoalitionIndices}), in O(M n^2) per modulus for a diagram of M nodes. These diagrams
 * count against the same node budget; up to {@link Enumeration#LIST_LIMIT} coalitions are listed,
 * read off their paths. They cost little for real councils (the EU Council's two take 12,360 and
 * 12,370 nodes), more for dense random rules, where the pairs met by "and not" can number ten
 * times the nodes of the rule's diagram.
 *
 * <p>References: [1] S. Bolus, Power indices of simple games and vector-weighted majority games
 * by means of binary decision diagrams, European Journal of Operational Research 210 (2011).
 * [2] M. Behle, On threshold BDDs and the optimal variable ordering problem, Journal of
 * Combinatorial Optimization 16 (2008). [3] A. Rauzy, New algorithms for fault trees analysis,
 * Reliability Engineering and System Safety 40 (1993).
 */
public final class BinaryDecisionDiagrams implements GameSolver {
    /**
     * The most nodes (and computed-table entries) a diagram may take while it is built: with the
     * tables, well under a gigabyte, reached within seconds (real councils take tens of thousands).
     */
    public static final int MAX_NODES = 5_000_000;
    /** The most players: counting costs O(n^2) per node and modulus, with a modulus more every 61 players past 63. */
    public static final int MAX_PLAYERS = 200;

    /** Weights add up to at most this, so that interval bounds never overflow. */
    private static final long MAX_TOTAL_WEIGHT = 1L << 62;
    private static final String ORDER = "players ordered by decreasing share of the weight, summed over the "
            + "rule's thresholds";

    private final boolean withShapleyShubik;
    private final boolean withCoalitions;
    private final int nodeBudget;

    /**
     * Without Shapley-Shubik, swings are not counted by coalition size: Banzhaf and Coleman only,
     * and the counting passes cost O(N n) instead of O(N n^2) for a diagram of N nodes. With
     * coalitions, the minimal winning and minimal blocking coalitions are counted too, and Holler
     * and Deegan-Packel from them.
     */
    public BinaryDecisionDiagrams(boolean withShapleyShubik, boolean withCoalitions) {
        this(withShapleyShubik, withCoalitions, MAX_NODES);
    }

    /** Without coalition counts: Shapley-Shubik, Banzhaf and Coleman, or Banzhaf and Coleman only. */
    public BinaryDecisionDiagrams(boolean withShapleyShubik) {
        this(withShapleyShubik, false);
    }

    /** Shapley-Shubik, Banzhaf and Coleman, without coalition counts. */
    public BinaryDecisionDiagrams() {
        this(true);
    }

    /** With a smaller node budget than {@link #MAX_NODES}, for tests. */
    BinaryDecisionDiagrams(boolean withShapleyShubik, int nodeBudget) {
        this(withShapleyShubik, false, nodeBudget);
    }

    /** With a smaller node budget than {@link #MAX_NODES}, for tests. */
    BinaryDecisionDiagrams(boolean withShapleyShubik, boolean withCoalitions, int nodeBudget) {
        if (nodeBudget < 2) {
            throw new IllegalArgumentException("the node budget must hold the two terminals, was " + nodeBudget);
        }
        this.withShapleyShubik = withShapleyShubik;
        this.withCoalitions = withCoalitions;
        this.nodeBudget = nodeBudget;
    }

    @Override
    public String name() {
        return "bdd";
    }

    @Override
    public Optional<String> refusal(Game game) {
        if (game.size() > MAX_PLAYERS) {
            return Optional.of("binary decision diagrams are counted here for up to " + MAX_PLAYERS + " players; "
                    + game.size() + " is more");
        }
        for (Condition.Threshold threshold : game.condition().thresholds()) {
            long total = 0;
            for (long weight : threshold.weights()) {
                if (weight < 0) {
                    return Optional.of("the weight " + weight + " is negative, so the game is not monotone");
                }
                if (weight > MAX_TOTAL_WEIGHT - total) {
                    return Optional.of("the weights of a threshold add up to more than 2^62");
                }
                total += weight;
            }
        }
        return Optional.empty();
    }

    @Override
    public PowerResult solve(Game game) {
        requireSolvable(game);
        int n = game.size();
        int[] order = order(game);
        Builder builder = new Builder(game.name(), n, order, nodeBudget);
        int root = builder.build(game.condition());
        Levels levels = Levels.reachable(builder, root);
        Moduli moduli = new Moduli(n + 1);
        long[][][] swingResidues = new long[moduli.count()][][];
        long[] winningResidues = new long[moduli.count()];
        for (int m = 0; m < moduli.count(); m++) {
            swingResidues[m] = new long[n][];
            winningResidues[m] = levels.count(withShapleyShubik, true, moduli.modulus(m), swingResidues[m]);
        }
        BigInteger[][] bySize = new BigInteger[n][n];
        long[] buffer = new long[moduli.count()];
        for (int level = 0; level < n; level++) {
            for (int k = 0; k < n; k++) {
                for (int m = 0; m < buffer.length; m++) {
                    long[] row = swingResidues[m][level];
                    buffer[m] = k < row.length ? row[k] : 0;
                }
                bySize[order[level]][k] = moduli.combine(buffer);
            }
        }
        SwingCounts counts = new SwingCounts(game, bySize, moduli.combine(winningResidues));
        Map<PowerIndex, List<PowerValue>> values = counts.indices(withShapleyShubik);
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT,
                "quasi-reduced binary decision diagram of %,d nodes (%,d in reduced form), %s",
                levels.size(), levels.reducedSize(), ORDER));
        if (!withShapleyShubik) {
            notes.add("Shapley-Shubik was not asked for, so swings were not counted by coalition size");
        }
        if (!withCoalitions) {
            notes.add("Holler, Deegan-Packel and Johnston are not computed in this run, so minimal winning and blocking "
                    + "coalitions were not counted");
            return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(),
                    vetoPlayers(game), counts.dummies(), null, List.of(), null, List.of(), notes);
        }
        Levels winners = Levels.reachable(builder, builder.minimal(root));
        Levels blockers = Levels.reachable(builder, builder.minimal(builder.dual(root)));
        notes.add(String.format(Locale.ROOT, "minimal winning coalitions in a diagram of %,d nodes, minimal "
                + "blocking ones in one of %,d", winners.size(), blockers.size()));
        long[][][] containingResidues = new long[moduli.count()][][];
        long[] minimalWinningResidues = new long[moduli.count()];
        long[] minimalBlockingResidues = new long[moduli.count()];
        for (int m = 0; m < moduli.count(); m++) {
            containingResidues[m] = new long[n][];
            minimalWinningResidues[m] = winners.count(true, false, moduli.modulus(m), containingResidues[m]);
            minimalBlockingResidues[m] = blockers.paths(moduli.modulus(m));
        }
        BigInteger[][] bySizeContaining = new BigInteger[n][n + 1];
        for (int level = 0; level < n; level++) {
            bySizeContaining[order[level]][0] = BigInteger.ZERO;
            for (int size = 1; size <= n; size++) {
                for (int m = 0; m < buffer.length; m++) {
                    buffer[m] = containingResidues[m][level][size - 1];
                }
                bySizeContaining[order[level]][size] = moduli.combine(buffer);
            }
        }
        BigInteger minimalWinning = moduli.combine(minimalWinningResidues);
        BigInteger minimalBlocking = moduli.combine(minimalBlockingResidues);
        values.putAll(CoalitionIndices.of(bySizeContaining, minimalWinning));
        notes.add("Johnston needs the vulnerable coalitions and their swing players, which this method does not "
                + "count; use --method enumeration for games of up to " + Enumeration.MAX_PLAYERS + " players, or "
                + "--method monte-carlo for an estimate with its interval");
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(), vetoPlayers(game),
                counts.dummies(), minimalWinning, listed(game, order, winners, minimalWinning), minimalBlocking,
                listed(game, order, blockers, minimalBlocking), notes);
    }

    /**
     * The coalitions of a characteristic diagram (one path to the true terminal each) when there
     * are at most {@link Enumeration#LIST_LIMIT}, each by player index, in enumeration's order
     * (as binary numbers with player 0 the lowest bit); else an empty list.
     */
    private static List<List<String>> listed(Game game, int[] order, Levels levels, BigInteger count) {
        if (count.compareTo(BigInteger.valueOf(Enumeration.LIST_LIMIT)) > 0) {
            return List.of();
        }
        List<BigInteger> masks = new ArrayList<>();
        levels.paths(order, masks);
        masks.sort(Comparator.naturalOrder());
        List<List<String>> coalitions = new ArrayList<>();
        for (BigInteger mask : masks) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < mask.bitLength(); i++) {
                if (mask.testBit(i)) {
                    names.add(game.players().get(i));
                }
            }
            coalitions.add(names);
        }
        return coalitions;
    }

    /** The diagram outgrew its node budget: the game is too irregular for this method. */
    public static final class TooLarge extends IllegalArgumentException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Players by decreasing sum, over the thresholds, of weight over the threshold's total weight; ties by index. */
    private static int[] order(Game game) {
        int n = game.size();
        double[] share = new double[n];
        for (Condition.Threshold threshold : game.condition().thresholds()) {
            double total = Arrays.stream(threshold.weights()).asDoubleStream().sum();
            for (int i = 0; i < n && total > 0; i++) {
                share[i] += threshold.weights()[i] / total;
            }
        }
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -share[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Players without whom the grand coalition loses (when it wins at all). */
    private static List<String> vetoPlayers(Game game) {
        boolean[] yes = new boolean[game.size()];
        Arrays.fill(yes, true);
        List<String> veto = new ArrayList<>();
        if (!game.condition().wins(yes)) {
            return veto;
        }
        for (int i = 0; i < yes.length; i++) {
            yes[i] = false;
            if (!game.condition().wins(yes)) {
                veto.add(game.players().get(i));
            }
            yes[i] = true;
        }
        return veto;
    }

    /**
     * Builds quasi-reduced diagrams over the players in a fixed order. Node 0 is the false
     * terminal and node 1 the true one, both at level n; every other node at level l has both
     * children at level l + 1, so its level is implied and the unique table keys on the children:
     * it holds node ids only, by open addressing on a hash of the children.
     */
    private static final class Builder {
        private final String game;
        private final int n;
        private final int[] order;
        private final int budget;
        private int[] unique = empty(1 << 12);
        private final int[] falseAt;
        private final int[] trueAt;
        private int[] lo = new int[1024];
        private int[] hi = new int[1024];
        private int size = 2;

        Builder(String game, int n, int[] order, int budget) {
            this.game = game;
            this.n = n;
            this.order = order;
            this.budget = budget;
            falseAt = new int[n + 1];
            trueAt = new int[n + 1];
            trueAt[n] = 1;
            for (int level = n - 1; level >= 0; level--) {
                falseAt[level] = node(falseAt[level + 1], falseAt[level + 1]);
                trueAt[level] = node(trueAt[level + 1], trueAt[level + 1]);
            }
        }

        int build(Condition condition) {
            return switch (condition) {
                case Condition.Constant c -> c.value() ? trueAt[0] : falseAt[0];
                case Condition.Threshold t -> threshold(t);
                case Condition.And and -> combine(and.parts(), true);
                case Condition.Or or -> combine(or.parts(), false);
            };
        }

        private int combine(List<Condition> parts, boolean and) {
            int result = build(parts.get(0));
            for (Condition part : parts.subList(1, parts.size())) {
                result = apply(and, result, build(part), 0, new LongIntTable());
            }
            return result;
        }

        /** The node with these children, made if it is new. */
        private int node(int low, int high) {
            int mask = unique.length - 1;
            int slot = LongIntTable.slot(pack(low, high), mask);
            for (int id = unique[slot]; id >= 0; id = unique[slot]) {
                if (lo[id] == low && hi[id] == high) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
            if (size >= budget) {
                throw overBudget();
            }
            if (size == lo.length) {
                int capacity = (int) Math.min(budget, 2L * size);
                lo = Arrays.copyOf(lo, capacity);
                hi = Arrays.copyOf(hi, capacity);
            }
            lo[size] = low;
            hi[size] = high;
            unique[slot] = size;
            if (2 * (size + 1) > unique.length) {
                rehash();
            }
            return size++;
        }

        /** Doubles the unique table, which is kept at most half full. */
        private void rehash() {
            unique = empty(2 * unique.length);
            int mask = unique.length - 1;
            for (int id = 2; id <= size; id++) {
                int slot = LongIntTable.slot(pack(lo[id], hi[id]), mask);
                while (unique[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                unique[slot] = id;
            }
        }

        private static int[] empty(int capacity) {
            int[] table = new int[capacity];
            Arrays.fill(table, -1);
            return table;
        }

        private TooLarge overBudget() {
            return new TooLarge(String.format(Locale.ROOT, "the binary decision diagram of %s needs "
                    + "more than %,d nodes with %s; use --method monte-carlo", game, budget, ORDER));
        }

        /** The residual quotas in [from, to] (infinite at Long.MIN_VALUE and MAX_VALUE) all lead to node. */
        private record Interval(long from, long to, int node) {
        }

        /** The diagram of one threshold, by the interval method. */
        private int threshold(Condition.Threshold threshold) {
            long[] weights = new long[n];
            long[] after = new long[n + 1];
            for (int level = n - 1; level >= 0; level--) {
                weights[level] = threshold.weights()[order[level]];
                after[level] = after[level + 1] + weights[level];
            }
            List<TreeMap<Long, Interval>> known = new ArrayList<>();
            for (int level = 0; level < n; level++) {
                known.add(new TreeMap<>());
            }
            return threshold(0, threshold.required(), weights, after, known).node();
        }

        /**
         * The node for "the players from {@code level} on weigh at least {@code residual}", with
         * the interval of residuals that give the same subfunction: the residuals whose no-child
         * and yes-child (residual less the player's weight) are the children's.
         */
        private Interval threshold(int level, long residual, long[] weights, long[] after,
                                   List<TreeMap<Long, Interval>> known) {
            if (residual <= 0) {
                return new Interval(Long.MIN_VALUE, 0, trueAt[level]);
            }
            if (residual > after[level]) {
                return new Interval(after[level] + 1, Long.MAX_VALUE, falseAt[level]);
            }
            Map.Entry<Long, Interval> floor = known.get(level).floorEntry(residual);
            if (floor != null && residual <= floor.getValue().to()) {
                return floor.getValue();
            }
            long weight = weights[level];
            Interval no = threshold(level + 1, residual, weights, after, known);
            Interval yes = threshold(level + 1, residual - weight, weights, after, known);
            Interval made = new Interval(Math.max(no.from(), shift(yes.from(), weight)),
                    Math.min(no.to(), shift(yes.to(), weight)), node(no.node(), yes.node()));
            known.get(level).put(made.from(), made);
            return made;
        }

        private static long shift(long bound, long weight) {
            return bound == Long.MIN_VALUE || bound == Long.MAX_VALUE ? bound : bound + weight;
        }

        /** f and g, or f or g, for nodes at {@code level}; {@code computed} memoises pairs. */
        private int apply(boolean and, int f, int g, int level, LongIntTable computed) {
            int absorbing = and ? falseAt[level] : trueAt[level];
            int neutral = and ? trueAt[level] : falseAt[level];
            if (f == g || g == neutral || f == absorbing) {
                return f;
            }
            if (f == neutral || g == absorbing) {
                return g;
            }
            long key = f < g ? pack(f, g) : pack(g, f);
            int known = computed.get(key);
            if (known >= 0) {
                return known;
            }
            if (computed.size() >= budget) {
                throw overBudget();
            }
            int low = apply(and, lo[f], lo[g], level + 1, computed);
            int high = apply(and, hi[f], hi[g], level + 1, computed);
            int made = node(low, high);
            computed.put(key, made);
            return made;
        }

        /**
         * The characteristic function of the minimal true sets of f, a node at level 0: for
         * f = x f1 + (not x) f0, Min(f) = x (Min(f1) and not f0) + (not x) Min(f0), since a
         * set with x is minimal when the rest is minimal for f1 and loses without x.
         */
        int minimal(int f) {
            int[] emptyAt = new int[n + 1];
            emptyAt[n] = 1;
            for (int level = n - 1; level >= 0; level--) {
                emptyAt[level] = node(emptyAt[level + 1], falseAt[level + 1]);
            }
            return minimal(f, 0, emptyAt, new LongIntTable(), new LongIntTable());
        }

        private int minimal(int f, int level, int[] emptyAt, LongIntTable known, LongIntTable computed) {
            if (f == falseAt[level]) {
                return f;
            }
            if (f == trueAt[level]) {
                return emptyAt[level];
            }
            int made = known.get(f);
            if (made >= 0) {
                return made;
            }
            if (known.size() >= budget) {
                throw overBudget();
            }
            int low = minimal(lo[f], level + 1, emptyAt, known, computed);
            int high = andNot(minimal(hi[f], level + 1, emptyAt, known, computed), lo[f], level + 1, computed);
            made = node(low, high);
            known.put(f, made);
            return made;
        }

        /** f and not g, for nodes at {@code level}; {@code computed} memoises pairs. */
        private int andNot(int f, int g, int level, LongIntTable computed) {
            if (g == falseAt[level]) {
                return f;
            }
            if (f == g || f == falseAt[level] || g == trueAt[level]) {
                return falseAt[level];
            }
            long key = pack(f, g);
            int known = computed.get(key);
            if (known >= 0) {
                return known;
            }
            if (computed.size() >= budget) {
                throw overBudget();
            }
            int low = andNot(lo[f], lo[g], level + 1, computed);
            int high = andNot(hi[f], hi[g], level + 1, computed);
            int made = node(low, high);
            computed.put(key, made);
            return made;
        }

        /**
         * The dual of f, true on B when f is false on the complement of B: the sets whose members
         * voting no defeat every decision. For f = x f1 + (not x) f0 it is x dual(f0) + (not x) dual(f1).
         */
        int dual(int f) {
            return dual(f, 0, new LongIntTable());
        }

        private int dual(int f, int level, LongIntTable known) {
            if (f == falseAt[level]) {
                return trueAt[level];
            }
            if (f == trueAt[level]) {
                return falseAt[level];
            }
            int made = known.get(f);
            if (made >= 0) {
                return made;
            }
            if (known.size() >= budget) {
                throw overBudget();
            }
            made = node(dual(hi[f], level + 1, known), dual(lo[f], level + 1, known));
            known.put(f, made);
            return made;
        }

        private static long pack(int a, int b) {
            return (long) a << 32 | b;
        }
    }

    /**
     * The nodes reachable from the root, level by level, with children as positions in the next
     * level: {@code lo[l][j]} and {@code hi[l][j]} for the j-th node of level l.
     *
     * @param terminals the number of terminals reached: 1 when the game is constant, else 2
     * @param yes       the position of the true terminal at level n, or -1 when no coalition wins
     */
    private record Levels(int[][] lo, int[][] hi, int terminals, int yes) {

        static Levels reachable(Builder builder, int root) {
            int n = builder.n;
            int[] position = new int[builder.size];
            Arrays.fill(position, -1);
            int[][] lo = new int[n][];
            int[][] hi = new int[n][];
            int[] current = {root};
            for (int level = 0; level < n; level++) {
                lo[level] = new int[current.length];
                hi[level] = new int[current.length];
                int[] next = new int[Math.min(2 * current.length, builder.size)];
                int count = 0;
                for (int j = 0; j < current.length; j++) {
                    for (int side = 0; side < 2; side++) {
                        int child = side == 0 ? builder.lo[current[j]] : builder.hi[current[j]];
                        if (position[child] < 0) {
                            position[child] = count;
                            next[count++] = child;
                        }
                        (side == 0 ? lo[level] : hi[level])[j] = position[child];
                    }
                }
                current = Arrays.copyOf(next, count);
            }
            int yes = -1;
            for (int j = 0; j < current.length; j++) {
                if (current[j] == 1) {
                    yes = j;
                }
            }
            return new Levels(lo, hi, current.length, yes);
        }

        /** The number of nodes at {@code level}, terminals at level n. */
        int width(int level) {
            return level < lo.length ? lo[level].length : terminals;
        }

        int size() {
            int size = 0;
            for (int level = 0; level <= lo.length; level++) {
                size += width(level);
            }
            return size;
        }

        /** Nodes whose children differ, and the terminals: the size of the reduced diagram. */
        int reducedSize() {
            int size = width(lo.length);
            for (int level = 0; level < lo.length; level++) {
                for (int j = 0; j < lo[level].length; j++) {
                    size += lo[level][j] != hi[level][j] ? 1 : 0;
                }
            }
            return size;
        }

        /**
         * Counts modulo m (0 for 2^64): fills {@code perLevel[l]} with the swings of the player at
         * level l by the number of other yes voters (one total when unsized) and returns the
         * number of winning coalitions. Without {@code swings}, it counts the true paths through
         * the yes edge of level l instead: in a characteristic diagram, the coalitions that contain
         * the player, by the number of their other members.
         */
        long count(boolean sized, boolean swings, long m, long[][] perLevel) {
            int n = lo.length;
            long[] down = {1};
            for (int level = 0; level < n; level++) {
                int stride = sized ? level + 1 : 1;
                int nextStride = sized ? level + 2 : 1;
                long[] difference = new long[width(level + 1) * nextStride];
                for (int j = 0; j < lo[level].length; j++) {
                    for (int k = 0; k < stride; k++) {
                        long paths = down[j * stride + k];
                        int through = hi[level][j] * nextStride + k;
                        difference[through] = Moduli.add(difference[through], paths, m);
                        if (swings) {
                            int around = lo[level][j] * nextStride + k;
                            difference[around] = Moduli.sub(difference[around], paths, m);
                        }
                    }
                }
                perLevel[level] = atTrue(toTerminals(level + 1, difference, sized, m), sized ? n + 1 : 1);
                down = step(level, down, sized, m);
            }
            long[] winning = atTrue(down, sized ? n + 1 : 1);
            long total = 0;
            for (long count : winning) {
                total = Moduli.add(total, count, m);
            }
            return total;
        }

        /** The number of paths to the true terminal, modulo m (0 for 2^64). */
        long paths(long m) {
            long[] down = {1};
            for (int level = 0; level < lo.length; level++) {
                down = step(level, down, false, m);
            }
            return yes < 0 ? 0 : down[yes];
        }

        /**
         * Adds each path to the true terminal as a mask of players, bit {@code order[l]} set when
         * it takes the yes edge at level l: O(n) per path, as only nodes that reach it are entered.
         */
        void paths(int[] order, List<BigInteger> masks) {
            int n = lo.length;
            boolean[][] live = new boolean[n + 1][];
            live[n] = new boolean[width(n)];
            if (yes >= 0) {
                live[n][yes] = true;
            }
            for (int level = n - 1; level >= 0; level--) {
                live[level] = new boolean[width(level)];
                for (int j = 0; j < live[level].length; j++) {
                    live[level][j] = live[level + 1][lo[level][j]] || live[level + 1][hi[level][j]];
                }
            }
            if (live[0][0]) {
                paths(order, live, 0, 0, BigInteger.ZERO, masks);
            }
        }

        private void paths(int[] order, boolean[][] live, int level, int j, BigInteger mask, List<BigInteger> masks) {
            if (level == lo.length) {
                masks.add(mask);
                return;
            }
            if (live[level + 1][lo[level][j]]) {
                paths(order, live, level + 1, lo[level][j], mask, masks);
            }
            if (live[level + 1][hi[level][j]]) {
                paths(order, live, level + 1, hi[level][j], mask.setBit(order[level]), masks);
            }
        }

        /** The row of the true terminal in a level-n table of {@code stride} columns (zeros when no one wins). */
        private long[] atTrue(long[] table, int stride) {
            return yes < 0 ? new long[stride] : Arrays.copyOfRange(table, yes * stride, (yes + 1) * stride);
        }

        /** Carries counts by number of yes edges from {@code level} down to the terminals. */
        private long[] toTerminals(int level, long[] counts, boolean sized, long m) {
            long[] table = counts;
            for (int l = level; l < lo.length; l++) {
                table = step(l, table, sized, m);
            }
            return table;
        }

        /**
         * Counts at {@code level + 1} from those at {@code level} ({@code level + 1} columns when
         * sized, else one): the no edge keeps the number of yes edges, the yes edge adds one.
         */
        private long[] step(int level, long[] counts, boolean sized, long m) {
            int stride = sized ? level + 1 : 1;
            int nextStride = sized ? level + 2 : 1;
            int shift = sized ? 1 : 0;
            long[] next = new long[width(level + 1) * nextStride];
            for (int j = 0; j < lo[level].length; j++) {
                int around = lo[level][j] * nextStride;
                int through = hi[level][j] * nextStride + shift;
                for (int k = 0; k < stride; k++) {
                    long paths = counts[j * stride + k];
                    if (paths != 0) {
                        next[around + k] = Moduli.add(next[around + k], paths, m);
                        next[through + k] = Moduli.add(next[through + k], paths, m);
                    }
                }
            }
            return next;
        }
    }

    /** An open-addressing map from non-negative long keys to non-negative ints; -1 when absent. */
    private static final class LongIntTable {
        private long[] keys = filled(1 << 10);
        private int[] values = new int[1 << 10];
        private int size;

        private static long[] filled(int capacity) {
            long[] keys = new long[capacity];
            Arrays.fill(keys, -1);
            return keys;
        }

        int size() {
            return size;
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); keys[slot] != -1; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return -1;
        }

        /** Adds a key that is not in the table. */
        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = filled(2 * oldKeys.length);
                values = new int[2 * oldKeys.length];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, value);
            size++;
        }

        private void insert(long key, int value) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (keys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        static int slot(long key, int mask) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ mixed >>> 32) & mask;
        }
    }
}
