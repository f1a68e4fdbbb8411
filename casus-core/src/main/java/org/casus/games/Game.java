package org.casus.games;

import java.util.Arrays;
import java.util.List;

/**
 * A simple game: players {@code [0, n)} with names, and the condition a coalition of yes voters
 * must meet to win. Built by {@link Games} from a decision rule, a council or a weighted game.
 *
 * @param countWeight the game as a condition on (number of yes votes, weight of yes votes) under
 *                    one weight vector, when it has that form (weighted, quota, unanimity and
 *                    their and/or combinations, such as the UN Security Council or the EU
 *                    Council double majority); null otherwise
 */
public record Game(String name, List<String> players, Condition condition, CountWeightForm countWeight) {
    public Game {
        players = List.copyOf(players);
    }

    /** Whether the players marked {@code yes} (by index) win. */
    public boolean wins(boolean[] yes) {
        return condition.wins(yes);
    }

    /** Whether no coalition wins, not even all the players together. */
    public boolean neverWins() {
        boolean[] all = new boolean[players.size()];
        Arrays.fill(all, true);
        return !condition.wins(all);
    }

    public int size() {
        return players.size();
    }

    /** The weight cap of the count-weight form (the quota of a weighted game), or 0 when the game has no such form. */
    public int weightCap() {
        return countWeight == null ? 0 : countWeight.cap();
    }
}
