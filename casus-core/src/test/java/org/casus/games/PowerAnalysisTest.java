package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.casus.model.ActorSet;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;
import org.junit.jupiter.api.Test;

/** Which method is chosen for which game, and that the choice gives exact values where it says so. */
class PowerAnalysisTest {
    private static final Set<PowerIndex> ALL = EnumSet.allOf(PowerIndex.class);

    /** A triple majority over n players: two random weight vectors and a majority of members, as in the Treaty of Nice. */
    private static Game tripleMajority(int n, long seed) {
        Random random = new Random(seed);
        List<String> players = new ArrayList<>();
        Map<String, Long> votes = new LinkedHashMap<>();
        Map<String, Long> population = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String player = "P" + i;
            players.add(player);
            votes.put(player, 3L + random.nextInt(27));
            population.put(player, 400L + random.nextInt(80_000));
        }
        DecisionRule rule = new DecisionRule.AllOf(List.of(
                new DecisionRule.Weighted(votes, new Threshold.Fraction(74, 100, false)),
                new DecisionRule.Weighted(population, new Threshold.Fraction(62, 100, false)),
                new DecisionRule.Quota(ActorSet.of(players), new Threshold.Fraction(1, 2, true))));
        return Games.fromRule("triple majority", rule, Set.of(), Set.of(), Set.of());
    }

    @Test
    void several_weight_vectors_beyond_enumeration_limit_get_an_exact_diagram() {
        Game game = tripleMajority(22, 7);
        assertThat(game.countWeight()).isNull();
        PowerAnalysis.Analysis analysis = PowerAnalysis.analyse(game, Optional.empty(), ALL, 1000, 1);
        assertThat(analysis.result().method()).isEqualTo("bdd");
        assertThat(analysis.result().estimate()).isFalse();
        assertThat(analysis.reason()).contains("binary decision diagram");
        PowerResult brute = new Enumeration().solve(game);
        for (PowerIndex index : List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_RAW, PowerIndex.COLEMAN_PREVENT,
                PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL)) {
            assertThat(analysis.result().values().get(index)).as(index.title()).isEqualTo(brute.values().get(index));
        }
        assertThat(analysis.result().winningCoalitions()).isEqualTo(brute.winningCoalitions());
        assertThat(analysis.result().minimalWinningCount()).isEqualTo(brute.minimalWinningCount());
        assertThat(analysis.result().minimalBlockingCount()).isEqualTo(brute.minimalBlockingCount());
    }

    @Test
    void count_weight_games_beyond_enumeration_limit_get_generating_functions() {
        long[] weights = new long[30];
        Arrays.fill(weights, 2);
        List<String> players = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            players.add("P" + i);
        }
        Game game = Games.weighted("even", players, weights, 31);
        assertThat(PowerAnalysis.choose(game, Optional.empty(), ALL, 1000, 1).solver().name())
                .isEqualTo("generating-functions");
    }

    /** Banzhaf of many light players goes to the transforms, of few heavy ones to the table; Shapley-Shubik always to the table. */
    @Test
    void formal_power_series_are_chosen_for_many_light_players() {
        Random random = new Random(3);
        long[] light = new long[3000];
        long[] heavy = new long[300];
        for (int i = 0; i < light.length; i++) {
            light[i] = 1 + random.nextInt(10);
        }
        for (int i = 0; i < heavy.length; i++) {
            heavy[i] = 1 + random.nextInt(1000);
        }
        Set<PowerIndex> banzhaf = EnumSet.of(PowerIndex.BANZHAF_NORMALIZED);
        assertThat(method(weighted(light), banzhaf)).isEqualTo("formal-power-series");
        assertThat(method(weighted(heavy), banzhaf)).isEqualTo("generating-functions");
        Set<PowerIndex> shapleyShubik = EnumSet.of(PowerIndex.SHAPLEY_SHUBIK);
        assertThat(method(weighted(Arrays.copyOf(light, 600)), shapleyShubik)).isEqualTo("generating-functions");
        // by size and over 50 moduli, 4.2 x 10^11 cell updates: no exact result in 300 s, so it is sampled
        assertThat(method(weighted(light), shapleyShubik)).isEqualTo("monte-carlo");
    }

    private static String method(Game game, Set<PowerIndex> wanted) {
        return PowerAnalysis.choose(game, Optional.empty(), wanted, 1000, 1).solver().name();
    }

    private static Game weighted(long[] weights) {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            players.add("P" + i);
        }
        return Games.weighted("random", players, weights, Arrays.stream(weights).sum() / 2 + 1);
    }

    @Test
    void unknown_method_names_the_methods() {
        assertThatThrownBy(() -> PowerAnalysis.choose(tripleMajority(5, 1), Optional.of("fft"), ALL, 10, 1))
                .hasMessageContaining("unknown method 'fft'").hasMessageContaining("bdd");
    }

    @org.junit.jupiter.api.Test
    void aHundredThousandPlayers_areRefusedWithTheReason_notComputedForMinutes() {
        int n = 100_000;
        long[] weights = new long[n];
        java.util.List<String> players = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + i % 100;
            players.add("p" + i);
        }
        Game game = Games.weighted("big", players, weights, Games.totalWeight(weights) / 2 + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerAnalysis.analyse(game, java.util.Optional.empty(),
                java.util.Set.of(PowerIndex.SHAPLEY_SHUBIK), 100_000, 1))
                .isInstanceOf(org.casus.CasusException.class)
                .hasMessageContaining("100000 players: no method can answer in reasonable time")
                .hasMessageContaining("cell updates").hasMessageContaining("ask for at most 5 samples");
    }

    @org.junit.jupiter.api.Test
    void aQuotaOfZeroOrAboveTheTotal_givesAWarningWithTheIndices() {
        java.util.List<String> players = java.util.List.of("a", "b", "c");
        long[] weights = {1, 2, 3};
        for (long quota : new long[] {0, 7}) {
            PowerResult result = PowerAnalysis.analyse(Games.weighted("q", players, weights, quota),
                    java.util.Optional.empty(), java.util.Set.of(PowerIndex.values()), 1000, 1).result();
            org.assertj.core.api.Assertions.assertThat(result.notes().get(0)).as("quota " + quota)
                    .startsWith("WARNING: ").contains(quota == 0 ? "the empty one too" : "not even all players");
        }
        PowerResult fine = PowerAnalysis.analyse(Games.weighted("q", players, weights, 4), java.util.Optional.empty(),
                java.util.Set.of(PowerIndex.values()), 1000, 1).result();
        org.assertj.core.api.Assertions.assertThat(fine.notes()).noneMatch(note -> note.startsWith("WARNING"));
    }
}
