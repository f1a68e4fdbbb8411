package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.casus.CasusException;
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
            double work = new GeneratingFunctions(true, false).estimate(game).updates();
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

    private static double seconds(Game game, boolean coalitions) {
        return new GeneratingFunctions(true, coalitions).estimate(game).seconds();
    }

    @Test
    void a_large_weighted_game_leaves_out_the_indices_by_coalition_size_and_says_why_and_how_to_ask() {
        Game game = random(500, 1000, 2);
        assertThat(seconds(game, false)).as("Shapley-Shubik's tables").isGreaterThan(PowerAnalysis.QUICK_SECONDS);
        PowerAnalysis.Defaults d = PowerAnalysis.defaults(game);
        assertThat(d.indices()).doesNotContain(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL,
                PowerIndex.JOHNSTON).contains(PowerIndex.BANZHAF_NORMALIZED, PowerIndex.COLEMAN_PREVENT);
        assertThat(d.leftOut()).hasSize(2);
        assertThat(d.leftOut().get(0)).startsWith("Shapley-Shubik left out").endsWith("; ask with --indices ss")
                .contains("cell updates").doesNotContain("reads");
        assertThat(d.leftOut().get(1)).startsWith("Holler, Deegan-Packel and Johnston left out")
                .contains("reads of the tables").contains("more than the 120 s an exact job may take unless forced")
                .contains("--indices holler,dp,johnston --method generating-functions");
    }

    /** Counting the minimal coalitions reads the tables O(n^4) times: far more than Shapley-Shubik's passes cost. */
    @Test
    void a_game_with_quick_shapley_shubik_but_slow_minimal_coalitions_keeps_shapley_shubik_alone() {
        Game game = random(300, 100, 4);
        assertThat(seconds(game, false)).isLessThan(PowerAnalysis.QUICK_SECONDS);
        assertThat(seconds(game, true)).isGreaterThan(PowerAnalysis.QUICK_SECONDS);
        PowerAnalysis.Defaults d = PowerAnalysis.defaults(game);
        assertThat(d.indices()).contains(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_NORMALIZED)
                .doesNotContain(PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL, PowerIndex.JOHNSTON);
        assertThat(d.leftOut()).singleElement().asString().startsWith("Holler, Deegan-Packel and Johnston left out")
                .endsWith("; ask with --indices holler,dp,johnston").containsPattern("about \\d+ s");
    }

    /** The minimal coalitions' reads grow with the players: n^2 joins and heavier players, times sizes and terms. */
    @Test
    void the_reads_of_the_minimal_coalitions_grow_faster_than_the_cells() {
        double previousReads = 0;
        double previousRatio = 0;
        for (int players : new int[] {100, 200, 400}) {
            GeneratingFunctions.Estimate e = new GeneratingFunctions(false, true).estimate(random(players, 100, 5));
            assertThat(e.reads()).isGreaterThan(previousReads * 8);
            assertThat(e.reads() / e.updates()).isGreaterThan(previousRatio);
            previousReads = e.reads();
            previousRatio = e.reads() / e.updates();
        }
    }

    @Test
    void a_game_whose_shapley_shubik_tables_are_small_keeps_every_index() {
        Game game = random(60, 5, 3);
        assertThat(seconds(game, true)).isLessThan(PowerAnalysis.QUICK_SECONDS);
        assertThat(PowerAnalysis.defaults(game).indices()).isEqualTo(EnumSet.allOf(PowerIndex.class));
    }

    @Test
    void the_default_analysis_says_what_it_left_out_in_its_notes() {
        PowerAnalysis.Analysis a = PowerAnalysis.analyseDefaults(random(500, 300, 2), Optional.empty(), 1000, 1);
        assertThat(a.result().values()).doesNotContainKey(PowerIndex.SHAPLEY_SHUBIK)
                .containsKey(PowerIndex.BANZHAF_NORMALIZED);
        assertThat(a.result().notes()).anyMatch(n -> n.startsWith("Shapley-Shubik left out"))
                .anyMatch(n -> n.startsWith("Holler, Deegan-Packel and Johnston left out"));
        assertThat(a.result().estimate()).isFalse();
        List<String> players = a.result().game().players();
        assertThat(players).hasSize(500);
    }

    @Test
    void a_long_exact_job_is_estimated_before_it_starts_and_a_short_one_is_not() {
        Game large = random(500, 1000, 2);
        assertThat(PowerAnalysis.estimate(large, EnumSet.of(PowerIndex.SHAPLEY_SHUBIK), Optional.empty())).hasValueSatisfying(e ->
                assertThat(e).matches("about \\d+ s and (\\d+\\.\\d GB|\\d+ MB) \\([0-9.]+e\\+\\d+ cell updates\\)"));
        assertThat(PowerAnalysis.estimate(random(400, 100, 4), EnumSet.of(PowerIndex.HOLLER), Optional.empty())).hasValueSatisfying(e ->
                assertThat(e).matches("about \\d+ s and (\\d+\\.\\d GB|\\d+ MB) \\([0-9.]+e\\+\\d+ cell updates and "
                        + "[0-9.]+e\\+\\d+ reads of the tables\\)"));
        assertThat(PowerAnalysis.estimate(large, EnumSet.of(PowerIndex.BANZHAF_NORMALIZED), Optional.empty())).isEmpty();
        assertThat(PowerAnalysis.estimate(random(60, 5, 3), EnumSet.allOf(PowerIndex.class), Optional.empty())).isEmpty();
    }

    /**
     * A job beyond the time bound is not started by default, but a person who names the tables gets them, with the
     * estimate; sampling stands in only for what it can estimate.
     */
    @Test
    void a_long_exact_job_runs_when_forced_and_sampling_is_not_offered_for_what_it_cannot_estimate() {
        Game game = random(500, 1000, 2);
        Set<PowerIndex> holler = EnumSet.of(PowerIndex.HOLLER);
        assertThat(new GeneratingFunctions(false, true).refusal(game)).hasValueSatisfying(r -> assertThat(r)
                .contains("the minimal coalitions need about").contains("--method generating-functions"));
        assertThat(PowerAnalysis.estimate(game, holler, Optional.empty())).isEmpty();
        assertThat(PowerAnalysis.estimate(game, holler, Optional.of("generating-functions"))).hasValueSatisfying(e ->
                assertThat(e).startsWith("about ").contains("reads of the tables"));
        assertThat(PowerAnalysis.choose(game, Optional.of("generating-functions"), holler, 1000, 1).solver().name())
                .isEqualTo("generating-functions");
        assertThatThrownBy(() -> PowerAnalysis.choose(game, Optional.empty(), holler, 1000, 1))
                .isInstanceOf(CasusException.class).hasMessageContaining("Monte-Carlo cannot estimate Holler");
        assertThat(PowerAnalysis.choose(game, Optional.empty(), EnumSet.of(PowerIndex.HOLLER, PowerIndex.JOHNSTON),
                1000, 1).solver().name()).isEqualTo("monte-carlo");
    }

    /** Asked for beside the minimal coalitions, the other indices stay exact rather than all being sampled. */
    @Test
    void indices_asked_beside_minimal_coalitions_beyond_the_bound_stay_exact_and_the_rest_is_said() {
        Game game = random(500, 1000, 2);
        PowerAnalysis.Defaults d = PowerAnalysis.exactly(game, EnumSet.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.HOLLER));
        assertThat(d.indices()).containsExactly(PowerIndex.SHAPLEY_SHUBIK);
        assertThat(d.leftOut()).singleElement().asString().startsWith("Holler public good left out: counting the "
                + "minimal coalitions takes").endsWith("ask with --indices holler --method generating-functions");
        PowerAnalysis.Analysis a = PowerAnalysis.analyse(game, Optional.empty(),
                EnumSet.of(PowerIndex.BANZHAF_NORMALIZED, PowerIndex.HOLLER, PowerIndex.JOHNSTON), 1000, 1);
        assertThat(a.result().method()).isEqualTo("generating-functions");
        assertThat(a.result().estimate()).isFalse();
        assertThat(a.result().values()).containsKey(PowerIndex.BANZHAF_NORMALIZED)
                .doesNotContainKeys(PowerIndex.HOLLER, PowerIndex.JOHNSTON);
        assertThat(a.result().notes()).anyMatch(n -> n.startsWith("Holler public good, Johnston left out"));
        Set<PowerIndex> quick = EnumSet.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.HOLLER);
        assertThat(PowerAnalysis.exactly(random(300, 100, 4), quick).indices()).as("within the bound").isEqualTo(quick);
        assertThat(PowerAnalysis.exactly(game, EnumSet.of(PowerIndex.HOLLER)).indices()).as("nothing else asked")
                .containsExactly(PowerIndex.HOLLER);
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
