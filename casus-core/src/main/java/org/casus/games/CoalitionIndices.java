package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Holler and Deegan-Packel indices from the minimal winning coalitions, counted by member and
 * size: what both the enumeration and the generating-function solvers produce.
 */
final class CoalitionIndices {
    private CoalitionIndices() {
    }

    /**
     * @param containing     {@code containing[i][s]}: minimal winning coalitions of s players containing player i
     * @param minimalWinning the number of minimal winning coalitions
     */
    static Map<PowerIndex, List<PowerValue>> of(BigInteger[][] containing, BigInteger minimalWinning) {
        int n = containing.length;
        BigInteger[] memberships = new BigInteger[n];
        BigInteger total = BigInteger.ZERO;
        List<PowerValue> deeganPackel = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            memberships[i] = BigInteger.ZERO;
            Rational share = Rational.ZERO;
            for (int size = 1; size < containing[i].length; size++) {
                BigInteger count = containing[i][size];
                if (count != null && count.signum() != 0) {
                    memberships[i] = memberships[i].add(count);
                    share = share.add(Rational.of(count, BigInteger.valueOf(size)));
                }
            }
            total = total.add(memberships[i]);
            deeganPackel.add(new PowerValue.Exact(minimalWinning.signum() == 0 ? Rational.ZERO
                    : share.divide(Rational.of(minimalWinning, BigInteger.ONE))));
        }
        List<PowerValue> holler = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            holler.add(SwingCounts.exact(memberships[i], total));
        }
        Map<PowerIndex, List<PowerValue>> values = new EnumMap<>(PowerIndex.class);
        values.put(PowerIndex.HOLLER, holler);
        values.put(PowerIndex.DEEGAN_PACKEL, deeganPackel);
        return values;
    }
}
