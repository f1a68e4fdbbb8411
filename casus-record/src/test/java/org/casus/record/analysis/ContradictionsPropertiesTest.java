package org.casus.record.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Statement;

/**
 * {@link Contradictions} reports, per party, the latest position that makes a finding. Against a brute
 * force that compares every pair of positions, it must find the same kinds between the same parties on the
 * same clauses, and findings grow with the record, not with its square.
 */
class ContradictionsPropertiesTest {
    private static final List<String> ACTORS = List.of("RU", "UA", "US");
    private static final List<String> VALUES = List.of("veto {RU}", "majority", "individual", "<= 85000", ">= 250000");

    @Property(tries = 300)
    void the_same_parties_are_found_as_by_comparing_every_pair(@ForAll("records") List<Position> positions) {
        assertThat(pairs(Contradictions.find(positions))).isEqualTo(bruteForce(positions));
    }

    /** Comparing every pair, findings would grow with the square of the record; here, one per claim and party. */
    @Property(tries = 200)
    void each_kind_finds_at_most_one_per_claim_and_other_party(@ForAll("records") List<Position> positions) {
        List<Position> twice = new ArrayList<>(positions);
        int id = 1000;
        for (Position p : positions) {
            Statement s = p.statement();
            Statement again = new Statement(++id, s.actor(), s.speaker(), s.saidOn(), 1, "again", null, null, true, 0);
            Claim c = p.claim();
            twice.add(new Position(new Claim(id, id, c.arrangement(), c.clause(), c.modality(), c.value(), c.aboutActor(),
                    true, 0), again));
        }
        twice.sort(java.util.Comparator.comparing((Position p) -> p.statement().saidOn()).thenComparing(p -> p.claim().id()));
        List<Contradiction> found = Contradictions.find(twice);
        for (String kind : List.of("agreement-excluded", "misreading", "reversal", "unconfirmed-agreement",
                "divided-side")) {
            assertThat(found).filteredOn(c -> c.kind().equals(kind)).hasSizeLessThanOrEqualTo(twice.size() * ACTORS.size());
        }
    }

    @Provide
    Arbitrary<List<Position>> records() {
        Arbitrary<Position> position = Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(Modality.values()),
                Arbitraries.of(VALUES), Arbitraries.integers().between(0, 90), Arbitraries.of("A", "B", "-"),
                Arbitraries.of("RU", "UA", "-")).as((actor, modality, value, day, speaker, about) -> {
                    Statement s = new Statement(0, actor, speaker.equals("-") ? null : actor + speaker,
                            LocalDate.of(2025, 1, 1).plusDays(day), 1, "q", null, null, true, 0);
                    return new Position(new Claim(0, 0, "a", "decision.rule", modality, value,
                            about.equals("-") ? null : about, true, 0), s);
                });
        return position.list().ofMinSize(1).ofMaxSize(12).map(ContradictionsPropertiesTest::numbered);
    }

    private static List<Position> numbered(List<Position> drawn) {
        List<Position> sorted = new ArrayList<>(drawn);
        sorted.sort(java.util.Comparator.comparing(p -> p.statement().saidOn()));
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Position p = sorted.get(i);
            Statement s = p.statement();
            Claim c = p.claim();
            out.add(new Position(new Claim(i + 1, i + 1, c.arrangement(), c.clause(), c.modality(), c.value(),
                    c.aboutActor(), true, 0), new Statement(i + 1, s.actor(), s.speaker(), s.saidOn(), 1, s.quote(),
                    null, null, true, 0)));
        }
        return out;
    }

    private static Set<String> pairs(List<Contradiction> found) {
        Set<String> pairs = new TreeSet<>();
        found.forEach(c -> pairs.add(c.kind() + " " + c.actors() + " " + c.statements().getLast()));
        return pairs;
    }

    /** Every pair of positions, as the finding's definitions in docs/record.md say, keyed by the later's statement. */
    private static Set<String> bruteForce(List<Position> all) {
        Set<String> pairs = new TreeSet<>();
        for (Position a : all) {
            for (Position b : all) {
                if (a == b) {
                    continue;
                }
                Modality m = b.claim().modality();
                boolean excludes = (m == Modality.DEMAND || m == Modality.CONDITION)
                        && !Values.compatible(a.claim().value(), b.claim().value())
                        || m == Modality.REJECT && Values.compatible(a.claim().value(), b.claim().value());
                if (a.claim().modality() == Modality.CLAIMS_AGREEMENT && !a.actor().equals(b.actor()) && excludes) {
                    pairs.add("agreement-excluded " + List.of(a.actor(), b.actor()) + " " + latestOf(all, a, b, true));
                }
                boolean earlier = before(a, b);
                if (earlier && a.claim().modality() == Modality.INTERPRETATION
                        && b.claim().modality() == Modality.INTERPRETATION && !a.actor().equals(b.actor())
                        && !Values.compatible(a.claim().value(), b.claim().value())) {
                    pairs.add("misreading " + List.of(a.actor(), b.actor()) + " " + b.statement().id());
                }
                String about = a.claim().aboutActor();
                if (a.claim().modality() == Modality.INTERPRETATION && about != null && !about.equals(a.actor())
                        && b.actor().equals(about) && m.isPosition()
                        && !Values.compatible(a.claim().value(), b.claim().value())) {
                    pairs.add("misreading " + List.of(a.actor(), about) + " " + latestOf(all, a, b, false));
                }
                if (earlier && a.claim().modality().isPosition() && m.isPosition() && a.actor().equals(b.actor())
                        && a.statement().speaker() != null && b.statement().speaker() != null
                        && !a.statement().speaker().equals(b.statement().speaker())
                        && ChronoUnit.DAYS.between(a.statement().saidOn(), b.statement().saidOn()) <= 30
                        && incompatible(a, b)) {
                    pairs.add("divided-side " + List.of(a.actor()) + " " + b.statement().id());
                }
            }
            String other = a.claim().aboutActor();
            if (a.claim().modality() == Modality.CLAIMS_AGREEMENT && other != null && !other.equals(a.actor())
                    && all.stream().noneMatch(p -> p.actor().equals(other) && (p.claim().modality() == Modality.ACCEPT
                    || p.claim().modality() == Modality.OFFER || p.claim().modality() == Modality.CLAIMS_AGREEMENT)
                    && Values.compatible(p.claim().value(), a.claim().value()))) {
                pairs.add("unconfirmed-agreement " + List.of(a.actor(), other) + " " + a.statement().id());
            }
        }
        List<Position> own = all.stream().filter(p -> p.claim().modality().isPosition()).toList();
        for (String actor : ACTORS) {
            List<Position> mine = own.stream().filter(p -> p.actor().equals(actor)).toList();
            for (int i = 1; i < mine.size(); i++) {
                if (incompatible(mine.get(i - 1), mine.get(i))) {
                    pairs.add("reversal " + List.of(actor) + " " + mine.get(i).statement().id());
                }
            }
        }
        return pairs;
    }

    /** The finding is keyed by its second statement: the latest such {@code b} of b's actor for claim {@code a}. */
    private static long latestOf(List<Position> all, Position a, Position b, boolean agreement) {
        long latest = b.statement().id();
        for (Position p : all) {
            Modality m = p.claim().modality();
            boolean qualifies = agreement
                    ? (m == Modality.DEMAND || m == Modality.CONDITION) && !Values.compatible(a.claim().value(),
                    p.claim().value()) || m == Modality.REJECT && Values.compatible(a.claim().value(), p.claim().value())
                    : m.isPosition() && !Values.compatible(a.claim().value(), p.claim().value());
            if (p.actor().equals(b.actor()) && qualifies) {
                latest = Math.max(latest, p.statement().id());
            }
        }
        return latest;
    }

    private static boolean before(Position a, Position b) {
        return a.statement().id() < b.statement().id();
    }

    private static boolean incompatible(Position a, Position b) {
        boolean aRejects = a.claim().modality() == Modality.REJECT;
        boolean bRejects = b.claim().modality() == Modality.REJECT;
        boolean sameValue = Values.compatible(a.claim().value(), b.claim().value());
        return aRejects != bRejects ? sameValue : !sameValue;
    }
}
