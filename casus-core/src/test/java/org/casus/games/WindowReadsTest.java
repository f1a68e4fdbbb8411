package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.casus.testing.RandomRules;

/**
 * The reads that counting the minimal coalitions takes, summed in closed form for the estimate, against the
 * count's own loops walked one window term at a time.
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
     * The reads of {@code Table.count} and its windows, loop by loop: two per window term, once per run of heavier
     * players of one capped weight, for every modulus.
     */
    private static double walked(CountWeightForm form) {
        long cap = form.cap();
        int[] minWeight = form.minWeights();
        long[] capped = Arrays.stream(form.weights()).map(w -> Math.min(w, cap + 1)).toArray();
        Integer[] order = new Integer[capped.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Long.compare(capped[y], capped[x]));
        long terms = 0;
        for (int p = 0; p < order.length; p++) {
            long d = capped[order[p]];
            for (int k = 1; k <= p; k++) {
                long lo = Math.max(0, minWeight[k + 1] - d);
                long hi = Math.min(minWeight[k] - 1L, cap);
                if (minWeight[k + 1] <= cap && lo <= hi) {
                    for (int i = 0; i < p; i++) {
                        if (i == 0 || capped[order[i]] != capped[order[i - 1]]) {
                            terms += containingTerms(k, lo, hi, capped[order[i]], cap);
                        }
                    }
                }
            }
        }
        return 2.0 * terms * new Moduli(order.length + 1).count();
    }

    private static long containingTerms(int k, long lo, long hi, long d, long cap) {
        long terms = 0;
        long top = Math.min(hi, cap - 1) - d;
        if (top >= 0 && Math.max(0, lo - d) <= top) {
            terms += windowTerms(k - 1, top, d);
        }
        if (hi >= cap && cap - d - 1 >= 0) {
            terms += windowTerms(k - 1, cap - d - 1, d);
        }
        return terms;
    }

    private static long windowTerms(int k, long hi, long d) {
        long terms = 0;
        for (int j = 0; j <= k && hi - j * d >= 0; j++) {
            terms++;
        }
        return terms;
    }
}
