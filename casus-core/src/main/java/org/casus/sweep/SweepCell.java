package org.casus.sweep;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep, every arrangement judged there against no arrangement.
 *
 * @param point    the value of each swept parameter at this sample, in the plan's order
 * @param verdicts one per arrangement of the plan, in its order
 */
public record SweepCell(int sample, Map<String, Double> point, List<Row> verdicts) implements Serializable {
    public SweepCell {
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
        verdicts = List.copyOf(verdicts);
    }

    /** An arrangement's verdict at the point: decisive aid by the verdict day, against no arrangement. */
    public record Row(String arrangement, double difference, double low, double high, String word) implements Serializable {
    }
}
