package org.casus.record.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casus.record.Modality;

/**
 * The zone of possible agreement per clause, from each party's latest demand, condition, offer
 * or acceptance: numeric values and ranges intersect (force caps), sets must coincide (who holds
 * a veto), yes/no and other values must be equal. Says where no zone exists.
 */
public final class AgreementSpace {
    private AgreementSpace() {
    }

    /**
     * @param positions each party's value on the clause
     * @param zone      the values all can live with, or empty when there is none
     * @param kind      {@code numeric}, {@code set} or {@code value}
     */
    public record Space(String clause, String kind, Map<String, String> positions, Optional<String> zone) {
    }

    public static List<Space> of(List<Position> all) {
        Map<String, Map<String, String>> byClause = new TreeMap<>();
        for (Position p : all) {
            Modality m = p.claim().modality();
            if ((m == Modality.DEMAND || m == Modality.CONDITION || m == Modality.OFFER || m == Modality.ACCEPT)
                    && p.claim().value() != null) {
                byClause.computeIfAbsent(p.clauseKey(), k -> new LinkedHashMap<>()).put(p.actor(), p.claim().value());
            }
        }
        List<Space> spaces = new ArrayList<>();
        byClause.forEach((clause, values) -> spaces.add(space(clause, values)));
        return spaces;
    }

    private static Space space(String clause, Map<String, String> values) {
        List<Values.Interval> intervals = values.values().stream().map(Values::interval).flatMap(Optional::stream).toList();
        if (intervals.size() == values.size()) {
            Values.Interval zone = intervals.get(0);
            for (Values.Interval i : intervals) {
                zone = zone.intersect(i);
            }
            return new Space(clause, "numeric", values, zone.low() <= zone.high() ? Optional.of(zone.toString())
                    : Optional.empty());
        }
        List<Set<String>> sets = values.values().stream().map(Values::set).flatMap(Optional::stream).toList();
        if (sets.size() == values.size()) {
            boolean same = sets.stream().distinct().count() == 1;
            return new Space(clause, "set", values, same ? Optional.of(sets.get(0).toString()) : Optional.empty());
        }
        boolean same = values.values().stream().map(Values::normal).distinct().count() == 1;
        return new Space(clause, "value", values, same ? Optional.of(values.values().iterator().next()) : Optional.empty());
    }
}
