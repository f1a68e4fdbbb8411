package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedGamesTest {
    /** OEIS A002079: positive threshold functions of exactly k variables (one per N-class), k = 0..6. */
    private static final long[] EXACTLY = {2, 1, 2, 9, 96, 2690, 226360};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void all_matchesThePublishedNumberOfPositiveThresholdFunctions(int n) {
        long expected = 0;
        for (int k = 0; k <= n; k++) {
            expected += binomial(n, k) * EXACTLY[k];
        }
        assertThat(WeightedGames.all(n)).hasSize((int) expected);
        assertThat(WeightedGames.proper(n)).hasSize((int) expected - 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void eachGame_isTheTableOfItsOwnWeightsAndQuota_andTablesAreDistinct(int n) {
        Set<Long> tables = new HashSet<>();
        for (WeightedGames.WeightedGame game : WeightedGames.all(n)) {
            assertThat(WeightedGames.table(game.weights(), game.quota())).isEqualTo(game.table());
            assertThat(tables.add(game.table())).isTrue();
        }
    }

    @Test
    void randomWeightedGames_areAllFound_withNoHeavierRepresentation() {
        Random random = new Random(20261202);
        for (int n = 1; n <= 6; n++) {
            Map<Long, Integer> lightest = new HashMap<>();
            WeightedGames.all(n).forEach(g -> lightest.put(g.table(), g.totalWeight()));
            for (int trial = 0; trial < 2000; trial++) {
                int[] weights = random.ints(n, 0, 60).toArray();
                int total = Arrays.stream(weights).sum();
                int quota = random.nextInt(total + 2);
                long table = WeightedGames.table(weights, quota);
                assertThat(lightest).as("%s >= %d", Arrays.toString(weights), quota).containsKey(table);
                assertThat(lightest.get(table)).isLessThanOrEqualTo(total);
            }
        }
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
