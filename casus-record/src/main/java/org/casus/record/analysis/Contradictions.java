package org.casus.record.analysis;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casus.record.Modality;

/**
 * Finds the contradictions and misreadings in a record: (a) a claimed agreement that another
 * party's demand, condition or rejection excludes; (b) parties reading the same clause
 * differently, or one party's account of another's stance that the other's own position belies; (c) an actor reversing its own position; (d) a claim that another party agreed
 * that the other never made; (e) a divided side, two people speaking for one actor within
 * {@value #SAME_TIME_DAYS} days with incompatible positions. A pure function of the positions.
 */
public final class Contradictions {
    /** Statements this close count as made at the same time. */
    static final int SAME_TIME_DAYS = 30;

    private Contradictions() {
    }

    public static List<Contradiction> find(List<Position> positions) {
        List<Contradiction> found = new ArrayList<>();
        Map<String, List<Position>> byClause = positions.stream().collect(Collectors.groupingBy(Position::clauseKey,
                TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Position>> entry : byClause.entrySet()) {
            List<Position> clause = entry.getValue().stream()
                    .sorted(Comparator.comparing((Position p) -> p.statement().saidOn())
                            .thenComparing(p -> p.statement().id()))
                    .toList();
            agreementExcluded(entry.getKey(), clause, found);
            misreading(entry.getKey(), clause, found);
            reversal(entry.getKey(), clause, found);
            unconfirmedAgreement(entry.getKey(), clause, found);
            dividedSide(entry.getKey(), clause, found);
        }
        return found;
    }

    private static void agreementExcluded(String clause, List<Position> all, List<Contradiction> found) {
        for (Position agreement : all) {
            if (agreement.claim().modality() != Modality.CLAIMS_AGREEMENT) {
                continue;
            }
            for (Position other : all) {
                if (other.actor().equals(agreement.actor())) {
                    continue;
                }
                Modality m = other.claim().modality();
                boolean excludes = (m == Modality.DEMAND || m == Modality.CONDITION)
                        && !Values.compatible(agreement.claim().value(), other.claim().value())
                        || m == Modality.REJECT && Values.compatible(agreement.claim().value(), other.claim().value());
                if (excludes) {
                    found.add(new Contradiction("agreement-excluded", clause, List.of(agreement.actor(), other.actor()),
                            agreement.actor() + " claims agreement on \"" + agreement.claim().value() + "\", but "
                                    + other.actor() + " " + verb(m) + " \"" + other.claim().value() + "\". "
                                    + agreement.cite() + " / " + other.cite(),
                            List.of(agreement.statement().id(), other.statement().id())));
                }
            }
        }
    }

    /**
     * Two parties reading a clause differently; and a party's account of another's stance ({@code Witkoff said
     * Putin was willing to withdraw}) that the other's own position contradicts.
     */
    private static void misreading(String clause, List<Position> all, List<Contradiction> found) {
        List<Position> readings = all.stream().filter(p -> p.claim().modality() == Modality.INTERPRETATION).toList();
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                Position a = readings.get(i);
                Position b = readings.get(j);
                if (!a.actor().equals(b.actor()) && !Values.compatible(a.claim().value(), b.claim().value())) {
                    found.add(new Contradiction("misreading", clause, List.of(a.actor(), b.actor()),
                            a.actor() + " reads the clause as \"" + a.claim().value() + "\", " + b.actor()
                                    + " as \"" + b.claim().value() + "\". " + a.cite() + " / " + b.cite(),
                            List.of(a.statement().id(), b.statement().id())));
                }
            }
        }
        for (Position reading : readings) {
            String other = reading.claim().aboutActor();
            if (other == null || other.equals(reading.actor())) {
                continue;
            }
            for (Position own : all) {
                if (own.actor().equals(other) && own.claim().modality().isPosition()
                        && !Values.compatible(reading.claim().value(), own.claim().value())) {
                    found.add(new Contradiction("misreading", clause, List.of(reading.actor(), other),
                            reading.actor() + " reads " + other + "'s position as \"" + reading.claim().value()
                                    + "\", but " + other + " " + verb(own.claim().modality()) + " \""
                                    + own.claim().value() + "\". " + reading.cite() + " / " + own.cite(),
                            List.of(reading.statement().id(), own.statement().id())));
                }
            }
        }
    }

    private static void reversal(String clause, List<Position> all, List<Contradiction> found) {
        Map<String, List<Position>> byActor = all.stream().filter(p -> p.claim().modality().isPosition())
                .collect(Collectors.groupingBy(Position::actor, TreeMap::new, Collectors.toList()));
        for (List<Position> own : byActor.values()) {
            for (int i = 1; i < own.size(); i++) {
                Position before = own.get(i - 1);
                Position after = own.get(i);
                if (incompatible(before, after)) {
                    found.add(new Contradiction("reversal", clause, List.of(after.actor()), after.actor() + " "
                            + verb(before.claim().modality()) + " \"" + before.claim().value() + "\" on "
                            + before.statement().saidOn() + ", then " + verb(after.claim().modality()) + " \""
                            + after.claim().value() + "\" on " + after.statement().saidOn() + ". " + before.cite()
                            + " / " + after.cite(), List.of(before.statement().id(), after.statement().id())));
                }
            }
        }
    }

    private static void unconfirmedAgreement(String clause, List<Position> all, List<Contradiction> found) {
        for (Position claim : all) {
            String other = claim.claim().aboutActor();
            if (claim.claim().modality() != Modality.CLAIMS_AGREEMENT || other == null || other.equals(claim.actor())) {
                continue;
            }
            boolean confirmed = all.stream().anyMatch(p -> p.actor().equals(other)
                    && (p.claim().modality() == Modality.ACCEPT || p.claim().modality() == Modality.OFFER
                            || p.claim().modality() == Modality.CLAIMS_AGREEMENT)
                    && Values.compatible(p.claim().value(), claim.claim().value()));
            if (!confirmed) {
                found.add(new Contradiction("unconfirmed-agreement", clause, List.of(claim.actor(), other),
                        claim.actor() + " says " + other + " agreed to \"" + claim.claim().value() + "\"; the record "
                                + "holds no statement by " + other + " accepting it. " + claim.cite(),
                        List.of(claim.statement().id())));
            }
        }
    }

    private static void dividedSide(String clause, List<Position> all, List<Contradiction> found) {
        List<Position> positions = all.stream().filter(p -> p.claim().modality().isPosition()
                && p.statement().speaker() != null).toList();
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                Position a = positions.get(i);
                Position b = positions.get(j);
                long days = Math.abs(ChronoUnit.DAYS.between(a.statement().saidOn(), b.statement().saidOn()));
                if (a.actor().equals(b.actor()) && !a.statement().speaker().equalsIgnoreCase(b.statement().speaker())
                        && days <= SAME_TIME_DAYS && incompatible(a, b)) {
                    found.add(new Contradiction("divided-side", clause, List.of(a.actor()), a.statement().speaker()
                            + " and " + b.statement().speaker() + " both speak for " + a.actor() + " within " + days
                            + " days and state incompatible positions. " + a.cite() + " / " + b.cite(),
                            List.of(a.statement().id(), b.statement().id())));
                }
            }
        }
    }

    /** Whether two positions of one side cannot both stand: opposite stances, or values that exclude each other. */
    private static boolean incompatible(Position a, Position b) {
        boolean aRejects = a.claim().modality() == Modality.REJECT;
        boolean bRejects = b.claim().modality() == Modality.REJECT;
        boolean sameValue = Values.compatible(a.claim().value(), b.claim().value());
        return aRejects != bRejects ? sameValue : !sameValue;
    }

    private static String verb(Modality m) {
        return switch (m) {
            case DEMAND -> "demands";
            case OFFER -> "offers";
            case ACCEPT -> "accepts";
            case REJECT -> "rejects";
            case CONDITION -> "makes it a condition:";
            case CLAIMS_AGREEMENT -> "claims agreement on";
            case DENY -> "denies";
            case INTERPRETATION -> "reads it as";
        };
    }
}
