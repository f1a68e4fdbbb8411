package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What {@code casus power} computes when no index is named: what finishes quickly, and what it left out. */
class PowerDefaultsTest {
    private static Game random(int players, int maxWeight, long seed) {
        Random random = new Random(seed);
        long[] weights = IntStream.range(0, players).mapToLong(i -> 1 + random.nextInt(maxWeight)).toArray();
        long quota = java.util.Arrays.stream(weights).sum() / 2 + 1;
        return Games.weighted("random", IntStream.range(0, players).mapToObj(i -> "P" + i).toList(), weights, quota);
    }

    /** The lightest-first passes cover fewer cells than every row up to the quota would, and more as players weigh more. */
    @Test
    void the_work_of_the_tables_grows_with_the_weights_and_stays_under_every_row() {
        double previous = 0;
        for (int maxWeight : new int[] {10, 100, 300}) {
            Game game = random(500, maxWeight, 2);
            CountWeightForm form = game.countWeight();
            double work = GeneratingFunctions.work(game, true);
            double everyRow = (double) new Moduli(501).count() * 500 * form.cap() * 500;
            assertThat(work).isGreaterThan(previous).isLessThan(everyRow);
            previous = work;
        }
    }

    @Test
    void a_small_game_gets_every_index() {
        PowerAnalysis.Defaults d = PowerAnalysis.defaults(random(15, 10, 1));
        assertThat(d.indices()).isEqualTo(EnumSet.allOf(PowerIndex.class));
        assertThat(d.leftOut()).isEmpty();
    }

    @Test
    void a_large_weighted_game_leaves_out_the_indices_by_coalition_size_and_says_why_and_how_to_ask() {
        Game game = random(500, 100, 2);
        double work = GeneratingFunctions.work(game, true);
        assertThat(work).as("the tables of this game").isGreaterThan(PowerAnalysis.QUICK_WORK);
        PowerAnalysis.Defaults d = PowerAnalysis.defaults(game);
        assertThat(d.indices()).doesNotContain(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL,
                PowerIndex.JOHNSTON).contains(PowerIndex.BANZHAF_NORMALIZED, PowerIndex.COLEMAN_PREVENT);
        assertThat(d.leftOut()).singleElement().asString().contains("Shapley-Shubik, Holler, Deegan-Packel and "
                + "Johnston left out").contains("--indices ss,holler,dp,johnston");
    }

    @Test
    void a_game_whose_shapley_shubik_tables_are_small_keeps_it() {
        Game game = random(60, 5, 3);
        assertThat(GeneratingFunctions.work(game, true)).isLessThan(PowerAnalysis.QUICK_WORK);
        assertThat(PowerAnalysis.defaults(game).indices()).contains(PowerIndex.SHAPLEY_SHUBIK);
    }

    @Test
    void the_default_analysis_says_what_it_left_out_in_its_notes() {
        PowerAnalysis.Analysis a = PowerAnalysis.analyseDefaults(random(500, 100, 2), Optional.empty(), 1000, 1);
        assertThat(a.result().values()).doesNotContainKey(PowerIndex.SHAPLEY_SHUBIK)
                .containsKey(PowerIndex.BANZHAF_NORMALIZED);
        assertThat(a.result().notes()).anyMatch(n -> n.startsWith("Shapley-Shubik, Holler"));
        assertThat(a.result().estimate()).isFalse();
        List<String> players = a.result().game().players();
        assertThat(players).hasSize(500);
    }

    @Test
    void a_long_exact_job_is_estimated_before_it_starts_and_a_short_one_is_not() {
        Game large = random(500, 300, 2);
        assertThat(PowerAnalysis.estimate(large, EnumSet.of(PowerIndex.SHAPLEY_SHUBIK))).hasValueSatisfying(e ->
                assertThat(e).matches("about \\d+ s and \\d+\\.\\d GB \\([0-9.]+e\\+\\d+ cell updates\\)"));
        assertThat(PowerAnalysis.estimate(large, EnumSet.of(PowerIndex.BANZHAF_NORMALIZED))).isEmpty();
        assertThat(PowerAnalysis.estimate(random(60, 5, 3), EnumSet.allOf(PowerIndex.class))).isEmpty();
    }

    @Test
    void the_exact_tables_say_how_far_they_are_up_to_the_whole() {
        List<Double> shares = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        PowerAnalysis.Analysis a = PowerAnalysis.analyse(random(60, 5, 3), Optional.empty(),
                EnumSet.of(PowerIndex.SHAPLEY_SHUBIK), 1000, 1, shares::add);
        assertThat(a.result().method()).isEqualTo("generating-functions");
        assertThat(shares).isNotEmpty().allMatch(x -> x > 0 && x <= 1).contains(1.0);
        assertThat(shares).doesNotHaveDuplicates();
    }
}
