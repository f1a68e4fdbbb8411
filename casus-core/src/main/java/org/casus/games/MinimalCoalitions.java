package org.casus.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * Lists the minimal winning and minimal blocking coalitions of a count-weight game when there are
 * few, for games too large to enumerate (NATO's 32 members, whose one minimal winning coalition
 * is all of them). Both properties are monotone and depend on the number and the weight of the
 * members only, so a coalition that has one is minimal exactly when it loses it without its
 * lightest member. A depth-first search takes players heaviest first, stops at the first set
 * that has the property (its supersets are not minimal), and cuts branches that cannot reach it
 * with every player left; it gives up past {@value #BUDGET} search steps.
 */
final class MinimalCoalitions {
    static final int BUDGET = 2_000_000;

    private final Game game;
    private final long[] weights;
    private final int[] order;
    /** after[i]: the weight of the players from position i on. */
    private final long[] after;
    private final int limit;
    private final List<List<String>> found = new ArrayList<>();
    private int steps;

    private MinimalCoalitions(Game game, int limit) {
        this.game = game;
        this.weights = game.countWeight().weights();
        this.order = IntStream.range(0, game.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -weights[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.after = new long[order.length + 1];
        for (int i = order.length - 1; i >= 0; i--) {
            after[i] = after[i + 1] + weights[order[i]];
        }
        this.limit = limit;
    }

    /** The minimal winning coalitions, or an empty list when there are more than {@code limit} or the search is too long. */
    static List<List<String>> winning(Game game, int limit) {
        CountWeightForm form = game.countWeight();
        return new MinimalCoalitions(game, limit).list((k, w) -> form.wins(k, Math.min(w, form.cap())));
    }

    /** The minimal blocking coalitions (whose members voting no defeat every decision), likewise. */
    static List<List<String>> blocking(Game game, int limit) {
        CountWeightForm form = game.countWeight();
        int n = game.size();
        long total = Arrays.stream(form.weights()).sum();
        return new MinimalCoalitions(game, limit).list((k, w) -> !form.wins(n - k, Math.min(total - w, form.cap())));
    }

    /** @param property whether a set of k players of weight w has the property, monotone in both */
    private List<List<String>> list(BiPredicate<Integer, Long> property) {
        boolean complete = search(property, new int[order.length], 0, 0, 0);
        return complete && found.size() <= limit ? found : List.of();
    }

    /** False when the search gave up (too many coalitions or steps). */
    private boolean search(BiPredicate<Integer, Long> property, int[] chosen, int k, long w, int next) {
        if (++steps > BUDGET || found.size() > limit) {
            return false;
        }
        if (property.test(k, w)) {
            if (k == 0 || !property.test(k - 1, w - weights[chosen[k - 1]])) {
                List<String> coalition = new ArrayList<>();
                Arrays.stream(chosen, 0, k).sorted().forEach(i -> coalition.add(game.players().get(i)));
                found.add(coalition);
            }
            return true;
        }
        if (next == order.length || !property.test(k + order.length - next, w + after[next])) {
            return true;
        }
        chosen[k] = order[next];
        return search(property, chosen, k + 1, w + weights[order[next]], next + 1)
                && search(property, chosen, k, w, next + 1);
    }
}
