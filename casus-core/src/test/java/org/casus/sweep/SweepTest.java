package org.casus.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.sim.Parameter;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final SweepPlan PLAN = new SweepPlan(List.of("istanbul-2022-draft-ua"),
            "ukraine-attacked-by-russia", List.of(), 20, 100, 11);

    @Test
    void everyParameterVisitsEachOfItsStrataExactlyOnce() {
        Library library = TestLibrary.get();
        Scenario scenario = library.scenarios().get(PLAN.scenario());
        List<Map<String, Double>> points = IntStream.range(0, PLAN.samples())
                .mapToObj(i -> Sweep.point(PLAN, scenario, i)).toList();
        for (Parameter p : Parameter.of(scenario)) {
            double low = p.get(scenario).low();
            double high = p.get(scenario).high();
            Set<Integer> strata = new HashSet<>();
            for (Map<String, Double> point : points) {
                double v = point.get(p.name());
                assertThat(v).isBetween(low, high);
                strata.add((int) Math.min(PLAN.samples() - 1, Math.floor((v - low) / (high - low) * PLAN.samples())));
            }
            assertThat(strata).as(p.name()).hasSize(PLAN.samples());
        }
    }

    @Test
    void aCellIsAPureFunctionOfThePlanAndItsIndex_andTheLocalRunIsMadeOfThem() {
        Library library = TestLibrary.get();
        List<SweepCell> run = Sweep.run(PLAN, library);
        assertThat(Sweep.cell(PLAN, 7, library)).isEqualTo(run.get(7)).isEqualTo(Sweep.cell(PLAN, 7, library));
        assertThat(IntStream.range(0, PLAN.samples()).mapToLong(i -> Sweep.cellSeed(PLAN.seed(), i)).distinct().count())
                .isEqualTo(PLAN.samples());
        assertThat(run.get(0).point().keySet()).containsExactlyElementsOf(Parameter.of(
                library.scenarios().get(PLAN.scenario())).stream().map(Parameter::name).toList());
    }

    @Test
    void spearman_isOneForAMonotoneRelation_minusOneReversed_andHandlesTies() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(SweepSummary.spearman(x, new double[] {2, 4, 8, 16, 32})).isEqualTo(1.0);
        assertThat(SweepSummary.spearman(x, new double[] {5, 4, 3, 2, 1})).isEqualTo(-1.0);
        assertThat(SweepSummary.spearman(x, new double[] {1, 1, 1, 1, 1})).isZero();
        assertThat(SweepSummary.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 2, 3})).isEqualTo(1.0);
    }
}
