package org.casus.record.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.casus.record.Modality;

/**
 * The zone of possible agreement per clause, from each party's latest position with a value: demands,
 * conditions, offers and acceptances bound the zone (numeric values and ranges intersect: force caps; sets
 * must coincide: who holds a veto; yes/no and other values must be equal), and a rejection of what the zone
 * would be closes it. Says where no zone exists, where only one party has spoken, and what rests on
 * unconfirmed statements.
 */
public final class AgreementSpace {
    private AgreementSpace() {
    }

    /**
     * @param positions   each party's value on the clause (a demand, condition, offer or acceptance)
     * @param rejections  each party's rejected value
     * @param zone        the values all can live with, or empty when there is none
     * @param kind        {@code numeric}, {@code set} or {@code value}
     * @param unconfirmed whether any of these rests on an unconfirmed statement or claim
     */
    public record Space(String clause, String kind, Map<String, String> positions, Map<String, String> rejections,
                        Optional<String> zone, boolean unconfirmed) {

        /** The one verdict every face shows. */
        public String verdict() {
            return verdict(UnaryOperator.identity());
        }

        /** The verdict with the zone's value written by {@code value} ({@link Values#words} for a briefing). */
        public String verdict(UnaryOperator<String> value) {
            Set<String> parties = new TreeSet<>(positions.keySet());
            parties.addAll(rejections.keySet());
            String verdict = parties.size() == 1 ? "only " + parties.iterator().next() + " has stated a position"
                    : zone.map(z -> "agreement possible: " + value.apply(z)).orElse("NO zone of possible agreement");
            return verdict + (unconfirmed ? " (rests on unconfirmed statements)" : "");
        }

        /** The parties' values as typed: {@code UA: >= 250000; RU: <= 85000; US rejects: veto {RU}}. */
        public String described() {
            return described(UnaryOperator.identity());
        }

        /** The parties' values, each written by {@code value} ({@link Values#words} for a briefing). */
        public String described(UnaryOperator<String> value) {
            List<String> parts = new ArrayList<>();
            positions.forEach((actor, v) -> parts.add(actor + ": " + value.apply(v)));
            rejections.forEach((actor, v) -> parts.add(actor + " rejects: " + value.apply(v)));
            return String.join("; ", parts);
        }
    }

    public static List<Space> of(List<Position> all) {
        Map<String, List<Position>> byClause = new TreeMap<>();
        Positions.matrix(all).values().forEach(clauses -> clauses.values().stream()
                .filter(p -> p.claim().value() != null && (bounds(p) || p.claim().modality() == Modality.REJECT))
                .forEach(p -> byClause.computeIfAbsent(p.clauseKey(), k -> new ArrayList<>()).add(p)));
        List<Space> spaces = new ArrayList<>();
        byClause.forEach((clause, latest) -> spaces.add(space(clause, latest)));
        return spaces;
    }

    private static boolean bounds(Position p) {
        Modality m = p.claim().modality();
        return m == Modality.DEMAND || m == Modality.CONDITION || m == Modality.OFFER || m == Modality.ACCEPT;
    }

    private static Space space(String clause, List<Position> latest) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        latest.forEach(p -> (bounds(p) ? values : rejected).put(p.actor(), p.claim().value()));
        boolean unconfirmed = latest.stream().anyMatch(p -> !p.claim().confirmed() || !p.statement().confirmed());
        Space open = zone(clause, values, rejected, unconfirmed);
        boolean closed = open.zone().isPresent() && rejected.values().stream()
                .anyMatch(r -> rejects(r, open.zone().get(), open.kind()));
        return closed ? new Space(clause, open.kind(), values, rejected, Optional.empty(), unconfirmed) : open;
    }

    /** Whether rejecting {@code rejected} rules out the whole zone. */
    private static boolean rejects(String rejected, String zone, String kind) {
        if (kind.equals("numeric")) {
            Optional<Values.Interval> r = Values.interval(rejected);
            Optional<Values.Interval> z = Values.interval(zone.startsWith("..") ? "<= " + zone.substring(2)
                    : zone.endsWith("..") ? ">= " + zone.substring(0, zone.length() - 2) : zone);
            return r.isPresent() && z.isPresent() && r.get().low() <= z.get().low() && r.get().high() >= z.get().high();
        }
        return Values.compatible(rejected, zone);
    }

    private static Space zone(String clause, Map<String, String> values, Map<String, String> rejected,
                              boolean unconfirmed) {
        if (values.isEmpty()) {
            return new Space(clause, "value", values, rejected, Optional.empty(), unconfirmed);
        }
        List<Values.Interval> intervals = values.values().stream().map(Values::interval).flatMap(Optional::stream).toList();
        if (intervals.size() == values.size()) {
            Values.Interval zone = intervals.get(0);
            for (Values.Interval i : intervals) {
                zone = zone.intersect(i);
            }
            return new Space(clause, "numeric", values, rejected, zone.low() <= zone.high()
                    ? Optional.of(zone.toString()) : Optional.empty(), unconfirmed);
        }
        String first = values.values().iterator().next();
        if (values.values().stream().allMatch(v -> Values.set(v).isPresent())) {
            boolean same = values.values().stream().allMatch(v -> Values.compatible(v, first));
            return new Space(clause, "set", values, rejected, same ? Optional.of(first) : Optional.empty(), unconfirmed);
        }
        boolean same = values.values().stream().map(Values::normal).distinct().count() == 1;
        return new Space(clause, "value", values, rejected, same ? Optional.of(first) : Optional.empty(), unconfirmed);
    }
}
