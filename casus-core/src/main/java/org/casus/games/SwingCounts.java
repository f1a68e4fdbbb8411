package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Exact swing counts of a game, by player and by the number of other yes voters, and the number
 * of winning coalitions: everything the Shapley-Shubik, Banzhaf and Coleman indices are made of.
 * Solvers produce these; {@link #indices()} turns them into index values.
 *
 * @param bySize    {@code bySize[i][k]}: coalitions of k other players that lose without player i
 *                  and win with it
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

    /** Shapley-Shubik, the three Banzhaf forms and Coleman's prevent and initiate, exactly. */
    Map<PowerIndex, List<PowerValue>> indices() {
        int n = game.size();
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        BigInteger[] swings = new BigInteger[n];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            swings[i] = swings(i);
            total = total.add(swings[i]);
        }
        BigInteger all = BigInteger.ONE.shiftLeft(n);
        BigInteger losing = all.subtract(winning);
        Map<PowerIndex, List<PowerValue>> values = new EnumMap<>(PowerIndex.class);
        List<PowerValue> ss = new ArrayList<>();
        List<PowerValue> raw = new ArrayList<>();
        List<PowerValue> normalized = new ArrayList<>();
        List<PowerValue> absolute = new ArrayList<>();
        List<PowerValue> prevent = new ArrayList<>();
        List<PowerValue> initiate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger numerator = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                if (bySize[i][k].signum() != 0) {
                    numerator = numerator.add(bySize[i][k].multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
            }
            ss.add(exact(numerator, factorial[n]));
            raw.add(exact(swings[i], BigInteger.ONE));
            normalized.add(exact(swings[i], total));
            absolute.add(exact(swings[i], BigInteger.ONE.shiftLeft(Math.max(0, n - 1))));
            prevent.add(exact(swings[i], winning));
            initiate.add(exact(swings[i], losing));
        }
        values.put(PowerIndex.SHAPLEY_SHUBIK, ss);
        values.put(PowerIndex.BANZHAF_RAW, raw);
        values.put(PowerIndex.BANZHAF_NORMALIZED, normalized);
        values.put(PowerIndex.BANZHAF_ABSOLUTE, absolute);
        values.put(PowerIndex.COLEMAN_PREVENT, prevent);
        values.put(PowerIndex.COLEMAN_INITIATE, initiate);
        return values;
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
