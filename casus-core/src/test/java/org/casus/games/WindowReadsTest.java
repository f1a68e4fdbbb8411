package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.casus.testing.RandomRules;

/**
 * The reads that counting the minimal coalitions takes, summed in closed form for the estimate, against the
 * count's own loops walked one term at a time.
 */
class WindowReadsTest {

    @Property(tries = 300)
    void the_closed_form_counts_every_term_the_windows_read(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 40) int n) {
        Game game = Games.fromRule("random", RandomRules.countWeightRule(new Random(seed), pool(n)), Set.of(),
                Set.of(), Set.of());
        CountWeightForm form = game.countWeight();
        assertThat(GeneratingFunctions.windowReads(form)).as("%s", game.condition()).isEqualTo(walked(form));
    }

    /**
     * The reads of {@code Table.countHeavier}, loop by loop: for each joining player, row, distinct capped weight of
     * the heavier players and size with a window, two reads, and one more where the size wins by count alone.
     */
    private static double walked(CountWeightForm form) {
        long cap = form.cap();
        int[] minWeight = form.minWeights();
        int rows = GeneratingFunctions.rows(form, Arrays.stream(form.weights()).sorted().toArray(), minWeight);
        long[] capped = Arrays.stream(form.weights()).map(w -> Math.min(w, cap + 1)).toArray();
        Integer[] order = new Integer[capped.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Long.compare(capped[y], capped[x]));
        long reads = 0;
        for (int p = 0; p < order.length; p++) {
            long d = capped[order[p]];
            List<Long> distinct = new ArrayList<>();
            for (int i = 0; i < p; i++) {
                if (i == 0 || capped[order[i]] != capped[order[i - 1]]) {
                    distinct.add(capped[order[i]]);
                }
            }
            for (int r = 0; r < Math.min(p, rows); r++) {
                for (long e : distinct) {
                    long shift = e;
                    for (int k = r + 1; k <= p && shift < cap; k++, shift += e) {
                        long lo = Math.max(0, minWeight[k + 1] - d);
                        long hi = Math.min(minWeight[k] - 1L, cap);
                        if (minWeight[k + 1] <= cap && lo <= hi) {
                            reads += hi >= cap ? 3 : 2;
                        }
                    }
                }
            }
        }
        return (double) reads * new Moduli(order.length + 1).count();
    }
}
