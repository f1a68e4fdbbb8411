package org.casus.record.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Statement;

/** The positions matrix and timelines of a record: who holds what on each clause, and since when. */
public final class Positions {
    private Positions() {
    }

    /** Claims joined with their statements, oldest first. */
    public static List<Position> of(List<Statement> statements, List<Claim> claims) {
        Map<Long, Statement> byId = new TreeMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        return claims.stream().map(c -> new Position(c, byId.get(c.statementId())))
                .sorted(Comparator.comparing((Position p) -> p.statement().saidOn()).thenComparing(p -> p.claim().id()))
                .toList();
    }

    /**
     * Actor x clause: each actor's latest own position (demand, offer, accept, reject, condition) or own reading
     * of each clause; an account of another actor's stance is not the speaker's own and is left to the timeline.
     */
    public static Map<String, Map<String, Position>> matrix(List<Position> positions) {
        Map<String, Map<String, Position>> matrix = new TreeMap<>();
        for (Position p : positions) {
            if (p.claim().modality().isPosition()
                    || p.claim().modality() == Modality.INTERPRETATION && p.readingOf() == null) {
                matrix.computeIfAbsent(p.actor(), a -> new TreeMap<>()).put(p.clauseKey(), p);
            }
        }
        return matrix;
    }

    /** Every claim on one clause ({@code arrangement:clause}), oldest first. */
    public static List<Position> timeline(List<Position> positions, String clauseKey) {
        return positions.stream().filter(p -> p.clauseKey().equals(clauseKey)).toList();
    }
}
