package org.casus.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a sweep says: for each arrangement, in how many cells it is better than, worse than or
 * indistinguishable from no arrangement, and which parameters move its verdict: Spearman's rank
 * correlation between each parameter and the difference in decisive aid, strongest first.
 */
public record SweepSummary(List<ArrangementSummary> arrangements) {
    public SweepSummary {
        arrangements = List.copyOf(arrangements);
    }

    /** @param drivers parameter -> Spearman's rho with the verdict's difference, by decreasing |rho| */
    public record ArrangementSummary(String arrangement, int better, int indistinguishable, int worse,
                                     Map<String, Double> drivers) {
        public ArrangementSummary {
            drivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(drivers));
        }

        /** Whether the verdict changes across the sweep: it is better in some cells and not in others. */
        public boolean flips() {
            int cells = better + indistinguishable + worse;
            return better != cells && worse != cells && indistinguishable != cells;
        }
    }

    public static SweepSummary of(SweepPlan plan, List<SweepCell> cells) {
        List<ArrangementSummary> summaries = new ArrayList<>();
        List<String> parameters = cells.isEmpty() ? List.of() : List.copyOf(cells.get(0).point().keySet());
        for (int a = 0; a < plan.arrangements().size(); a++) {
            int index = a;
            int better = 0;
            int worse = 0;
            int same = 0;
            double[] difference = new double[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                SweepCell.Row row = cells.get(c).verdicts().get(index);
                difference[c] = row.difference();
                switch (row.word()) {
                    case "better" -> better++;
                    case "worse" -> worse++;
                    default -> same++;
                }
            }
            Map<String, Double> rho = new LinkedHashMap<>();
            for (String p : parameters) {
                double[] values = cells.stream().mapToDouble(cell -> cell.point().get(p)).toArray();
                rho.put(p, spearman(values, difference));
            }
            Map<String, Double> ranked = new LinkedHashMap<>();
            rho.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                    .thenComparing(Map.Entry::getKey)).forEach(e -> ranked.put(e.getKey(), e.getValue()));
            summaries.add(new ArrangementSummary(plan.arrangements().get(index), better, same, worse, ranked));
        }
        return new SweepSummary(summaries);
    }

    /** Spearman's rho: Pearson's correlation of the ranks (ties share their mean rank); 0 when either is constant. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = IntStream.range(0, rx.length).mapToDouble(i -> rx[i]).average().orElse(0);
        double my = IntStream.range(0, ry.length).mapToDouble(i -> ry[i]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
