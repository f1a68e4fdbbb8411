package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Power by enumerating every coalition, O(2^n n): the only method that gives every index
 * (Holler, Deegan-Packel and Johnston need the minimal winning and vulnerable coalitions
 * themselves), and the brute-force oracle the other solvers are tested against. For games of up
 * to {@value #MAX_PLAYERS} players.
 */
public final class Enumeration implements GameSolver {
    public static final int MAX_PLAYERS = 25;
    /** Coalitions are listed when there are at most this many. */
    static final int LIST_LIMIT = 20;

    @Override
    public String name() {
        return "enumeration";
    }

    @Override
    public Optional<String> refusal(Game game) {
        return game.size() <= MAX_PLAYERS ? Optional.empty()
                : Optional.of("enumeration visits 2^n coalitions; " + game.size() + " players is more than "
                        + MAX_PLAYERS);
    }

    @Override
    public PowerResult solve(Game game) {
        int n = game.size();
        long count = 1L << n;
        long full = count - 1;
        long[] win = new long[(int) Math.max(1, count >>> 6)];
        for (long mask = 0; mask < count; mask++) {
            if (game.condition().wins(mask)) {
                win[(int) (mask >>> 6)] |= 1L << mask;
            }
        }
        long[][] bySize = new long[n][n];
        long[][] containing = new long[n][n + 1];
        long[][] johnston = new long[n][n + 1];
        long winning = 0;
        long minimalWinning = 0;
        List<List<String>> minimalWinningList = new ArrayList<>();
        for (long mask = 0; mask < count; mask++) {
            if (!wins(win, mask)) {
                continue;
            }
            winning++;
            int size = Long.bitCount(mask);
            long swingers = 0;
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                long bit = rest & -rest;
                if (!wins(win, mask ^ bit)) {
                    swingers |= bit;
                    bySize[Long.numberOfTrailingZeros(bit)][size - 1]++;
                }
            }
            int s = Long.bitCount(swingers);
            for (long rest = swingers; rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                johnston[i][s]++;
                if (swingers == mask) {
                    containing[i][size]++;
                }
            }
            if (swingers == mask) {
                minimalWinning++;
                if (minimalWinningList.size() <= LIST_LIMIT) {
                    minimalWinningList.add(names(game, mask));
                }
            }
        }
        long minimalBlocking = 0;
        List<List<String>> minimalBlockingList = new ArrayList<>();
        for (long blockers = 0; blockers < count; blockers++) {
            if (wins(win, full ^ blockers)) {
                continue;
            }
            boolean minimal = true;
            for (long rest = blockers; rest != 0 && minimal; rest &= rest - 1) {
                minimal = wins(win, (full ^ blockers) | (rest & -rest));
            }
            if (minimal) {
                minimalBlocking++;
                if (minimalBlockingList.size() <= LIST_LIMIT) {
                    minimalBlockingList.add(names(game, blockers));
                }
            }
        }
        SwingCounts counts = new SwingCounts(game, big(bySize), BigInteger.valueOf(winning));
        Map<PowerIndex, List<PowerValue>> values = counts.indices(true);
        values.putAll(CoalitionIndices.of(big(containing), BigInteger.valueOf(minimalWinning)));
        values.put(PowerIndex.JOHNSTON, johnston(johnston));
        List<String> vetoPlayers = new ArrayList<>();
        for (int i = 0; i < n && wins(win, full); i++) {
            if (!wins(win, full ^ (1L << i))) {
                vetoPlayers.add(game.players().get(i));
            }
        }
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(), vetoPlayers,
                counts.dummies(), BigInteger.valueOf(minimalWinning), listed(minimalWinningList),
                BigInteger.valueOf(minimalBlocking),
                listed(minimalBlockingList), List.of());
    }

    private static boolean wins(long[] win, long mask) {
        return (win[(int) (mask >>> 6)] & (1L << mask)) != 0;
    }

    private static List<List<String>> listed(List<List<String>> list) {
        return list.size() > LIST_LIMIT ? List.of() : list;
    }

    private static List<String> names(Game game, long mask) {
        List<String> names = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            names.add(game.players().get(Long.numberOfTrailingZeros(rest)));
        }
        return names;
    }

    private static BigInteger[][] big(long[][] counts) {
        BigInteger[][] big = new BigInteger[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            big[i] = new BigInteger[counts[i].length];
            for (int k = 0; k < counts[i].length; k++) {
                big[i][k] = BigInteger.valueOf(counts[i][k]);
            }
        }
        return big;
    }



    /** Johnston: in each vulnerable coalition, each of its s swing players gets 1/s; normalised to sum 1. */
    private static List<PowerValue> johnston(long[][] bySwingers) {
        List<Rational> raw = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (long[] player : bySwingers) {
            Rational sum = Rational.ZERO;
            for (int s = 1; s < player.length; s++) {
                if (player[s] != 0) {
                    sum = sum.add(Rational.of(player[s], s));
                }
            }
            raw.add(sum);
            total = total.add(sum);
        }
        List<PowerValue> values = new ArrayList<>();
        for (Rational r : raw) {
            values.add(new PowerValue.Exact(total.numerator().signum() == 0 ? Rational.ZERO : r.divide(total)));
        }
        return values;
    }
}
