package org.casus.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.casus.CasusException;
import org.casus.format.Suggestions;
import org.casus.games.WeightedGames;
import org.casus.model.Library;

/**
 * {@code casus design}: searches guarantor sets and decision rules for proposals that activate
 * against every aggressor, and ranks them as a Pareto front over each side's shortfall from its
 * red lines, the refusals needed to block, and the power moved. A pure function of the request
 * and the library; the method is documented in {@code docs/method-design.md}.
 */
public final class Design {
    /** The seed of the local search: a design is a pure function of its request. */
    private static final long SEED = 20261202L;

    private Design() {
    }

    /** Runs the search on this machine; {@code progress} hears (done, total) proposal counts as it goes. */
    public static DesignResult search(DesignRequest asked, Library library, BiConsumer<Integer, Integer> progress) {
        DesignRequest request = effective(asked, library);
        List<List<String>> sets = Candidates.guarantorSets(request);
        int total = sets.stream().mapToInt(g -> Candidates.rules(g, request).size()).sum();
        List<SetOutcome> outcomes = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int set = 0; set < sets.size(); set++) {
            outcomes.add(searchSet(request, library, set, () -> {
                int n = done.incrementAndGet();
                if (n % 1000 == 0 || n == total) {
                    progress.accept(n, total);
                }
            }));
        }
        return merge(request, library, outcomes);
    }

    /** The request as searched: validated, and with the default red lines when it states none. */
    public static DesignRequest effective(DesignRequest asked, Library library) {
        validate(asked, library);
        return asked.redLines().isEmpty() ? asked.withRedLines(keepWhatTheBaseGives(asked, library)) : asked;
    }

    /**
     * What one guarantor set contributes, as indices into its proposals (its rules, then the rules
     * its local search visits; {@link #assessed}): its own Pareto
     * front, and for each side the best proposal in which only that side gives anything up. The
     * front of the union of every set's front is the front of the whole space, so sets can be
     * searched anywhere (Spark tasks, in casus-spark) and merged by {@link #merge}.
     */
    public record SetOutcome(int set, int examined, int activating, boolean satisfying, List<Integer> front,
                             List<Integer> relaxations) implements java.io.Serializable {
        public SetOutcome {
            front = List.copyOf(front);
            relaxations = List.copyOf(relaxations);
        }
    }

    /** Searches guarantor set {@code set} of {@code request} (an {@link #effective} one); {@code tick} hears each proposal. */
    public static SetOutcome searchSet(DesignRequest request, Library library, int set, Runnable tick) {
        Assessor assessor = new Assessor(request, library);
        List<String> guarantors = Candidates.guarantorSets(request).get(set);
        String prefix = request.base().id() + "-design-";
        List<Proposal> statics = Candidates.rules(guarantors, request);
        List<Assessment> all = new ArrayList<>(Collections.nCopies(statics.size(), null));
        IntStream.range(0, statics.size()).parallel().forEach(i -> {
            all.set(i, assessor.assess(statics.get(i), prefix).orElse(null));
            tick.run();
        });
        int examined = statics.size();
        if (guarantors.size() > WeightedGames.MAX_PLAYERS) {
            all.addAll(WeightSearch.search(guarantors, assessor, prefix, SEED));
            examined += WeightSearch.BUDGET;
        }
        List<Integer> activating = IntStream.range(0, all.size()).filter(i -> all.get(i) != null).boxed().toList();
        List<String> sides = sides(request);
        List<Integer> satisfying = activating.stream().filter(i -> all.get(i).totalShortfall() == 0).toList();
        List<Integer> front = ParetoFront.of(satisfying.isEmpty() ? activating : satisfying,
                i -> all.get(i).objectives(sides));
        List<Assessment> activated = activating.stream().map(all::get).toList();
        List<Integer> relaxations = new ArrayList<>();
        for (String side : sides) {
            bestGivingWayAlone(side, activated).ifPresent(best -> relaxations.add(
                    activating.stream().filter(i -> all.get(i) == best).findFirst().orElseThrow()));
        }
        return new SetOutcome(set, examined, activating.size(), !satisfying.isEmpty(), front, relaxations);
    }

    /** Every proposal of guarantor set {@code set}, in the order {@link SetOutcome}'s indices count them. */
    static List<Assessment> assessed(DesignRequest request, Library library, int set, List<Integer> indices) {
        Assessor assessor = new Assessor(request, library);
        List<String> guarantors = Candidates.guarantorSets(request).get(set);
        String prefix = request.base().id() + "-design-";
        List<Proposal> statics = Candidates.rules(guarantors, request);
        List<Assessment> local = indices.stream().anyMatch(i -> i >= statics.size())
                ? WeightSearch.search(guarantors, assessor, prefix, SEED) : List.of();
        return indices.stream().map(i -> i < statics.size() ? assessor.assess(statics.get(i), prefix).orElseThrow()
                : local.get(i - statics.size())).toList();
    }

    /** The result of every set's outcome: the front of their fronts, ranked and named, and the relaxations. */
    public static DesignResult merge(DesignRequest request, Library library, List<SetOutcome> outcomes) {
        List<SetOutcome> ordered = outcomes.stream().sorted(Comparator.comparingInt(SetOutcome::set)).toList();
        boolean satisfiesAll = ordered.stream().anyMatch(SetOutcome::satisfying);
        List<Assessment> pool = new ArrayList<>();
        List<Assessment> relaxable = new ArrayList<>();
        for (SetOutcome o : ordered) {
            boolean pooled = !satisfiesAll || o.satisfying();
            List<Integer> wanted = new ArrayList<>(pooled ? o.front() : List.of());
            wanted.addAll(o.relaxations());
            List<Assessment> found = assessed(request, library, o.set(), wanted);
            int fronts = pooled ? o.front().size() : 0;
            pool.addAll(found.subList(0, fronts));
            relaxable.addAll(found.subList(fronts, found.size()));
        }
        List<String> sides = sides(request);
        List<Assessment> front = rank(ParetoFront.of(pool, a -> a.objectives(sides)));
        String prefix = request.base().id() + "-design-";
        List<Assessment> named = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            Assessment a = front.get(i);
            named.add(new Assessment(a.proposal(), a.proposal().applyTo(request.base(), prefix + (i + 1)),
                    a.margins(), a.free(), a.standings(), a.shortfalls(), a.power(), a.powerDistance()));
        }
        Map<String, DesignResult.Relaxation> relaxations = new LinkedHashMap<>();
        if (!satisfiesAll) {
            for (String side : sides) {
                relaxations.put(side, bestGivingWayAlone(side, relaxable)
                        .map(best -> new DesignResult.Relaxation(side, best.shortfalls().getOrDefault(side, 0), best))
                        .orElse(new DesignResult.Relaxation(side, null, null)));
            }
        }
        Assessor assessor = new Assessor(request, library);
        return new DesignResult(request, ordered.stream().mapToInt(SetOutcome::examined).sum(),
                ordered.stream().mapToInt(SetOutcome::activating).sum(), assessor.aggressors(request.base()),
                assessor.standings(request.base()), named, satisfiesAll, relaxations);
    }

    private static List<String> sides(DesignRequest request) {
        return request.redLines().stream().map(RedLine::side).distinct().toList();
    }

    /** The best-ranked of {@code assessments} in which no side but {@code side} falls short of its red lines. */
    private static Optional<Assessment> bestGivingWayAlone(String side, List<Assessment> assessments) {
        return assessments.stream().filter(a -> a.shortfalls().entrySet().stream()
                .allMatch(e -> e.getKey().equals(side) || e.getValue() == 0)).min(RANKING);
    }

    /**
     * Without red lines, each required guarantor is taken to want the standing the base gives it:
     * the base is its side's stated position.
     */
    private static List<RedLine> keepWhatTheBaseGives(DesignRequest request, Library library) {
        Map<String, Standing> base = new Assessor(request, library).standings(request.base());
        return request.required().stream().filter(base::containsKey)
                .map(g -> new RedLine(g, g, base.get(g), true)).toList();
    }

    /** Least shortfall, then most refusals to block, then least power moved, then fewest guarantors. */
    private static final Comparator<Assessment> RANKING = Comparator.comparingInt(Assessment::totalShortfall)
            .thenComparing(Comparator.comparingInt(Assessment::margin).reversed())
            .thenComparingDouble(Assessment::powerDistance)
            .thenComparingInt(a -> a.proposal().guarantors().size());

    private static List<Assessment> rank(List<Assessment> assessments) {
        return assessments.stream().sorted(RANKING).toList();
    }

    private static void validate(DesignRequest request, Library library) {
        List<String> named = new ArrayList<>(request.required());
        named.addAll(request.excluded());
        named.addAll(request.candidates());
        named.addAll(request.aggressors());
        request.redLines().forEach(line -> {
            named.add(line.side());
            named.add(line.actor());
        });
        named.addAll(request.minPower().keySet());
        for (String code : named) {
            if (!library.actors().contains(code)) {
                throw new CasusException(Suggestions.unknownActor(code, library.actors()));
            }
        }
        List<String> both = request.required().stream().filter(request.excluded()::contains).toList();
        if (!both.isEmpty()) {
            throw new CasusException("required and excluded at once: " + String.join(", ", both));
        }
        request.minPower().forEach((actor, share) -> {
            if (!(share >= 0 && share <= 1)) {
                throw new CasusException("power floor for " + actor + ": expected a share from 0 to 1, got " + share);
            }
        });
    }
}
