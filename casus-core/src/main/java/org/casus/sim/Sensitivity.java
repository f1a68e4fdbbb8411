package org.casus.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;

/**
 * Which assumption drives the verdict: a one-at-a-time tornado (each parameter fixed at its low
 * and its high value, the others as in the scenario) and a two-way grid for a chosen pair.
 * Every cell is a paired comparison against the baseline with the same seed.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /** One bar of the tornado: the verdict's difference with the parameter low and high. */
    public record Bar(String parameter, double low, double high, Verdict atLow, Verdict atHigh) {
        public double swing() {
            return Math.abs(atHigh.difference() - atLow.difference());
        }
    }

    /** One cell of a two-way grid. */
    public record Cell(double first, double second, Verdict verdict) {
    }

    /** A two-way grid: {@code levels} x {@code levels} cells, row by row ({@code first} down, {@code second} across). */
    public record Grid(String arrangement, String baseline, String first, String second, int levels, List<Cell> cells) {
        public Grid {
            cells = List.copyOf(cells);
        }

        public Cell cell(int row, int column) {
            return cells.get(row * levels + column);
        }
    }

    public static List<Bar> tornado(Arrangement arrangement, Arrangement baseline, Scenario scenario, Library library,
                                    SimulationOptions options) {
        List<Bar> bars = new ArrayList<>();
        for (Parameter parameter : Parameter.of(scenario)) {
            double low = parameter.get(scenario).low();
            double high = parameter.get(scenario).high();
            bars.add(new Bar(parameter.name(), low, high,
                    verdict(arrangement, baseline, parameter.fix(scenario, low), library, options),
                    verdict(arrangement, baseline, parameter.fix(scenario, high), library, options)));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed().thenComparing(Bar::parameter));
        return bars;
    }

    /** A grid of {@code levels} x {@code levels} values from each parameter's low to its high. */
    public static Grid grid(Arrangement arrangement, Arrangement baseline, Scenario scenario, Library library,
                            SimulationOptions options, Parameter first, Parameter second, int levels) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            double a = level(first, scenario, i, levels);
            for (int j = 0; j < levels; j++) {
                double b = level(second, scenario, j, levels);
                Scenario fixed = second.fix(first.fix(scenario, a), b);
                cells.add(new Cell(a, b, verdict(arrangement, baseline, fixed, library, options)));
            }
        }
        return new Grid(arrangement.id(), baseline.id(), first.name(), second.name(), levels, cells);
    }

    private static double level(Parameter parameter, Scenario scenario, int i, int levels) {
        double low = parameter.get(scenario).low();
        double high = parameter.get(scenario).high();
        return levels == 1 ? low : low + (high - low) * i / (levels - 1);
    }

    static Verdict verdict(Arrangement arrangement, Arrangement baseline, Scenario scenario, Library library,
                                   SimulationOptions options) {
        return Verdict.of(CrisisSimulation.run(arrangement, scenario, library, options),
                CrisisSimulation.run(baseline, scenario, library, options));
    }
}
