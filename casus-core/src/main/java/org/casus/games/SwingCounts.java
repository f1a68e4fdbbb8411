package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact swing counts of a game, by player and by the number of other yes voters, and the number
 * of winning coalitions: everything the Shapley-Shubik, Banzhaf and Coleman indices are made of.
 * Solvers produce these; {@link #indices(boolean)} turns them into index values.
 *
 * @param bySize    {@code bySize[i][k]}: coalitions of k other players that lose without player i
 *                  and win with it; when sizes are not counted (Banzhaf only), one column holding
 *                  all of player i's swings
 * @param winning   the number of winning coalitions
 */
record SwingCounts(Game game, BigInteger[][] bySize, BigInteger winning) {

    BigInteger swings(int player) {
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger count : bySize[player]) {
            sum = sum.add(count);
        }
        return sum;
    }

    /**
     * The three Banzhaf forms and Coleman's prevent and initiate, exactly, and Shapley-Shubik when
     * asked: it needs the swings by size, and its factorials cost seconds for thousands of players.
     */
    Map<PowerIndex, List<PowerValue>> indices(boolean withShapleyShubik) {
        int n = game.size();
        BigInteger[] swings = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            swings[i] = swings(i);
        }
        BigInteger total = Arrays.stream(swings).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger all = BigInteger.ONE.shiftLeft(n);
        BigInteger losing = all.subtract(winning);
        BigInteger half = BigInteger.ONE.shiftLeft(Math.max(0, n - 1));
        Map<PowerIndex, List<PowerValue>> values = new EnumMap<>(PowerIndex.class);
        List<PowerValue> raw = new ArrayList<>();
        List<PowerValue> normalized = new ArrayList<>();
        List<PowerValue> absolute = new ArrayList<>();
        List<PowerValue> prevent = new ArrayList<>();
        List<PowerValue> initiate = new ArrayList<>();
        // players with equal swings (as of equal weight) share their values: each fraction is
        // reduced once, not once per player, which matters with thousands of n-bit counts
        Map<BigInteger, PowerValue[]> bySwings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PowerValue[] v = bySwings.computeIfAbsent(swings[i], s -> new PowerValue[] {exact(s, BigInteger.ONE),
                    exact(s, total), exact(s, half), exact(s, winning), exact(s, losing)});
            raw.add(v[0]);
            normalized.add(v[1]);
            absolute.add(v[2]);
            prevent.add(v[3]);
            initiate.add(v[4]);
        }
        if (withShapleyShubik) {
            values.put(PowerIndex.SHAPLEY_SHUBIK, shapleyShubik());
        }
        values.put(PowerIndex.BANZHAF_RAW, raw);
        values.put(PowerIndex.BANZHAF_NORMALIZED, normalized);
        values.put(PowerIndex.BANZHAF_ABSOLUTE, absolute);
        values.put(PowerIndex.COLEMAN_PREVENT, prevent);
        values.put(PowerIndex.COLEMAN_INITIATE, initiate);
        return values;
    }

    /** Player i's share: the sum over k of its swings with k others times k! (n - 1 - k)! / n!. */
    private List<PowerValue> shapleyShubik() {
        int n = game.size();
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        List<PowerValue> ss = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger numerator = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                if (bySize[i][k].signum() != 0) {
                    numerator = numerator.add(bySize[i][k].multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
            }
            ss.add(exact(numerator, factorial[n]));
        }
        return ss;
    }

    /** Coleman's power of the collectivity to act: the share of coalitions that win. */
    PowerValue colemanAct() {
        return exact(winning, BigInteger.ONE.shiftLeft(game.size()));
    }

    /** Players without a single swing: their vote never changes the outcome. */
    List<String> dummies() {
        List<String> dummies = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            if (swings(i).signum() == 0) {
                dummies.add(game.players().get(i));
            }
        }
        return dummies;
    }

    /** A ratio, 0 when the denominator is 0 (no swings at all, or no winning or losing coalition). */
    static PowerValue exact(BigInteger numerator, BigInteger denominator) {
        return new PowerValue.Exact(denominator.signum() == 0 ? Rational.ZERO : Rational.of(numerator, denominator));
    }
}
