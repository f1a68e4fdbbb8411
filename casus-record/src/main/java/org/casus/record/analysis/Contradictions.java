package org.casus.record.analysis;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casus.record.Modality;

/**
 * Finds the contradictions and misreadings in a record: (a) a claimed agreement that another
 * party's demand, condition or rejection excludes; (b) parties reading the same clause
 * differently, or one party's account of another's stance that the other's own position belies; (c) an
 * actor reversing its own position; (d) a claim that another party agreed that the other never made; (e) a divided side, two people speaking for one actor within
 * {@value #SAME_TIME_DAYS} days with incompatible positions. Each finding names the latest position of each
 * other party (or speaker) that makes it, so a party repeating itself does not multiply findings, and a record
 * of thousands of statements on one clause is compared per distinct position. A pure function of the
 * positions.
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

    /**
     * Each claimed agreement against what every other party says on the clause; per party, the latest
     * position that excludes it, so that a party repeating itself does not multiply the finding.
     */
    private static void agreementExcluded(String clause, List<Position> all, List<Contradiction> found) {
        List<Position> distinct = latestDistinct(all);
        for (Position agreement : all) {
            if (agreement.claim().modality() != Modality.CLAIMS_AGREEMENT) {
                continue;
            }
            Map<String, Position> excluding = new TreeMap<>();
            for (Position other : distinct) {
                Modality m = other.claim().modality();
                boolean excludes = (m == Modality.DEMAND || m == Modality.CONDITION)
                        && !Values.compatible(agreement.claim().value(), other.claim().value())
                        || m == Modality.REJECT && Values.compatible(agreement.claim().value(), other.claim().value());
                if (!other.actor().equals(agreement.actor()) && excludes) {
                    excluding.merge(other.actor(), other, Contradictions::later);
                }
            }
            excluding.values().forEach(other -> found.add(new Contradiction("agreement-excluded", clause,
                    List.of(agreement.actor(), other.actor()), agreement.actor() + " claims agreement on \""
                            + agreement.claim().value() + "\", but " + other.actor() + " "
                            + verb(other.claim().modality()) + " \"" + other.claim().value() + "\". "
                            + agreement.cite() + " / " + other.cite(),
                    List.of(agreement.statement().id(), other.statement().id()))));
        }
    }

    /**
     * Two parties reading a clause differently: each reading against the latest earlier reading of every
     * other party that it contradicts; and a party's account of another's stance ({@code Witkoff said Putin
     * was willing to withdraw}) against the other's latest own position that belies it.
     */
    private static void misreading(String clause, List<Position> all, List<Contradiction> found) {
        List<Position> readings = all.stream().filter(p -> p.claim().modality() == Modality.INTERPRETATION).toList();
        Map<List<String>, Position> earlier = new LinkedHashMap<>();
        for (Position b : readings) {
            Map<String, Position> against = new TreeMap<>();
            for (Position a : earlier.values()) {
                if (!a.actor().equals(b.actor()) && !Values.compatible(a.claim().value(), b.claim().value())) {
                    against.merge(a.actor(), a, Contradictions::later);
                }
            }
            against.values().forEach(a -> found.add(new Contradiction("misreading", clause,
                    List.of(a.actor(), b.actor()), a.actor() + " reads the clause as \"" + a.claim().value() + "\", "
                            + b.actor() + " as \"" + b.claim().value() + "\". " + a.cite() + " / " + b.cite(),
                    List.of(a.statement().id(), b.statement().id()))));
            earlier.put(key(b), b);
        }
        List<Position> distinct = latestDistinct(all);
        for (Position reading : readings) {
            String other = reading.readingOf();
            if (other == null) {
                continue;
            }
            distinct.stream().filter(own -> own.actor().equals(other) && own.claim().modality().isPosition()
                            && !Values.compatible(reading.claim().value(), own.claim().value()))
                    .reduce(Contradictions::later)
                    .ifPresent(own -> found.add(new Contradiction("misreading", clause, List.of(reading.actor(), other),
                            reading.actor() + " reads " + other + "'s position as \"" + reading.claim().value()
                                    + "\", but " + other + " " + verb(own.claim().modality()) + " \""
                                    + own.claim().value() + "\". " + reading.cite() + " / " + own.cite(),
                            List.of(reading.statement().id(), own.statement().id()))));
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
        List<Position> distinct = latestDistinct(all);
        for (Position claim : all) {
            String other = claim.claim().aboutActor();
            if (claim.claim().modality() != Modality.CLAIMS_AGREEMENT || other == null || other.equals(claim.actor())) {
                continue;
            }
            boolean confirmed = distinct.stream().anyMatch(p -> p.actor().equals(other)
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

    /**
     * Two people of one side within {@value #SAME_TIME_DAYS} days: each position against the latest earlier
     * one of every other speaker of its side that it cannot stand with.
     */
    private static void dividedSide(String clause, List<Position> all, List<Contradiction> found) {
        Map<List<String>, Position> earlier = new LinkedHashMap<>();
        for (Position b : all) {
            if (!b.claim().modality().isPosition() || b.statement().speaker() == null) {
                continue;
            }
            Map<String, Position> against = new TreeMap<>();
            for (Position a : earlier.values()) {
                long days = ChronoUnit.DAYS.between(a.statement().saidOn(), b.statement().saidOn());
                if (a.actor().equals(b.actor()) && !a.statement().speaker().equalsIgnoreCase(b.statement().speaker())
                        && days <= SAME_TIME_DAYS && incompatible(a, b)) {
                    against.merge(a.statement().speaker().toLowerCase(Locale.ROOT), a, Contradictions::later);
                }
            }
            against.values().forEach(a -> {
                long days = ChronoUnit.DAYS.between(a.statement().saidOn(), b.statement().saidOn());
                found.add(new Contradiction("divided-side", clause, List.of(a.actor()), a.statement().speaker()
                        + " and " + b.statement().speaker() + " both speak for " + a.actor() + " within " + days
                        + " days and state incompatible positions. " + a.cite() + " / " + b.cite(),
                        List.of(a.statement().id(), b.statement().id())));
            });
            List<String> key = new ArrayList<>(key(b));
            key.add(b.statement().speaker().toLowerCase(Locale.ROOT));
            earlier.put(key, b);
        }
    }

    /**
     * The latest position of each actor for each modality and value, in the order they were first taken: what
     * a claim is compared with, so that a record repeating the same position thousands of times is compared
     * once per distinct position.
     */
    private static List<Position> latestDistinct(List<Position> all) {
        Map<List<String>, Position> latest = new LinkedHashMap<>();
        all.forEach(p -> latest.put(key(p), p));
        return List.copyOf(latest.values());
    }

    private static List<String> key(Position p) {
        return List.of(p.actor(), p.claim().modality().name(), String.valueOf(p.claim().value()));
    }

    /** The later of two positions (by date, then id): they are in that order in the clause's list. */
    private static Position later(Position a, Position b) {
        int byDate = a.statement().saidOn().compareTo(b.statement().saidOn());
        return byDate != 0 ? (byDate > 0 ? a : b) : a.claim().id() >= b.claim().id() ? a : b;
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
