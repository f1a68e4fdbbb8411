package org.casus.games;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The power analysis of one game: per index, one value per player (in the game's player order),
 * and the structure behind them. Fields a solver cannot compute are null or empty, and
 * {@code notes} says why.
 *
 * @param method             the solver used
 * @param estimate           whether the values are Monte-Carlo estimates
 * @param colemanAct         Coleman's power of the collectivity to act: winning coalitions / 2^n
 * @param winningCoalitions  the number of winning coalitions
 * @param minimalWinning     the minimal winning coalitions, as lists of players, when computed
 * @param minimalWinningCount their number, or null
 * @param minimalBlocking    the minimal blocking coalitions (whose members voting no defeat any decision)
 */
public record PowerResult(Game game, String method, boolean estimate, Map<PowerIndex, List<PowerValue>> values,
                          PowerValue colemanAct, BigInteger winningCoalitions, List<String> vetoPlayers,
                          List<String> dummies, BigInteger minimalWinningCount, List<List<String>> minimalWinning,
                          BigInteger minimalBlockingCount, List<List<String>> minimalBlocking, List<String> notes) {
    public PowerResult {
        values = Map.copyOf(values);
        notes = List.copyOf(notes);
    }

    /** The same result with {@code first} before its notes and {@code last} after them. */
    public PowerResult withNotes(List<String> first, List<String> last) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(notes);
        all.addAll(last);
        return new PowerResult(game, method, estimate, values, colemanAct, winningCoalitions, vetoPlayers, dummies,
                minimalWinningCount, minimalWinning, minimalBlockingCount, minimalBlocking, all);
    }
}
