package org.casus.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The points no other point dominates, every objective minimised: a dominates b when a is no
 * worse in every objective and better in one. Points with equal objectives are all kept.
 * O(p · f · k) for p points, f on the front and k objectives.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    public static <T> List<T> of(List<T> points, Function<T, double[]> objectives) {
        List<T> front = new ArrayList<>();
        List<double[]> frontObjectives = new ArrayList<>();
        for (T point : points) {
            double[] o = objectives.apply(point);
            boolean dominated = false;
            for (int i = frontObjectives.size() - 1; i >= 0; i--) {
                double[] f = frontObjectives.get(i);
                if (dominates(f, o)) {
                    dominated = true;
                    break;
                }
                if (dominates(o, f)) {
                    front.remove(i);
                    frontObjectives.remove(i);
                }
            }
            if (!dominated) {
                front.add(point);
                frontObjectives.add(o);
            }
        }
        return front;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i] + 1e-12) {
                return false;
            }
            if (a[i] < b[i] - 1e-12) {
                better = true;
            }
        }
        return better;
    }
}
