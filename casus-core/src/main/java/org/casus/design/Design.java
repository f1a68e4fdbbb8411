package org.casus.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.casus.CasusException;
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

    /** Runs the search; {@code progress} hears (done, total) proposal counts as it goes. */
    public static DesignResult search(DesignRequest asked, Library library, BiConsumer<Integer, Integer> progress) {
        validate(asked, library);
        DesignRequest request = asked.redLines().isEmpty() ? asked.withRedLines(keepWhatTheBaseGives(asked, library))
                : asked;
        Assessor assessor = new Assessor(request, library);
        List<Proposal> proposals = new ArrayList<>();
        List<List<String>> sets = Candidates.guarantorSets(request);
        for (List<String> guarantors : sets) {
            proposals.addAll(Candidates.rules(guarantors, request));
        }
        AtomicInteger done = new AtomicInteger();
        int total = proposals.size();
        String prefix = request.base().id() + "-design-";
        List<Assessment> activating = proposals.parallelStream()
                .map(p -> {
                    var assessed = assessor.assess(p, prefix);
                    int n = done.incrementAndGet();
                    if (n % 1000 == 0 || n == total) {
                        progress.accept(n, total);
                    }
                    return assessed;
                })
                .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<List<String>> large = sets.stream().filter(g -> g.size() > WeightedGames.MAX_PLAYERS).toList();
        large.parallelStream().map(g -> WeightSearch.search(g, assessor, prefix, SEED)).toList()
                .forEach(activating::addAll);
        int examined = total + large.size() * WeightSearch.BUDGET;
        List<String> sides = request.redLines().stream().map(RedLine::side).distinct().toList();
        List<Assessment> satisfying = activating.stream().filter(a -> a.totalShortfall() == 0).toList();
        boolean satisfiesAll = !satisfying.isEmpty();
        List<Assessment> front = rank(ParetoFront.of(satisfiesAll ? satisfying : activating, a -> a.objectives(sides)));
        List<Assessment> named = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            Assessment a = front.get(i);
            named.add(new Assessment(a.proposal(), a.proposal().applyTo(request.base(), prefix + (i + 1)),
                    a.margins(), a.free(), a.standings(), a.shortfalls(), a.power(), a.powerDistance()));
        }
        Map<String, DesignResult.Relaxation> relaxations = new LinkedHashMap<>();
        if (!satisfiesAll) {
            for (String side : sides) {
                relaxations.put(side, relaxation(side, activating));
            }
        }
        return new DesignResult(request, examined, activating.size(), assessor.aggressors(request.base()),
                assessor.standings(request.base()), named, satisfiesAll, relaxations);
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

    private static DesignResult.Relaxation relaxation(String side, List<Assessment> activating) {
        return rank(activating.stream()
                .filter(a -> a.shortfalls().entrySet().stream().allMatch(e -> e.getKey().equals(side) || e.getValue() == 0))
                .toList()).stream().findFirst()
                .map(best -> new DesignResult.Relaxation(side, best.shortfalls().getOrDefault(side, 0), best))
                .orElse(new DesignResult.Relaxation(side, null, null));
    }

    private static List<Assessment> rank(List<Assessment> assessments) {
        return assessments.stream().sorted(Comparator.comparingInt(Assessment::totalShortfall)
                .thenComparing(Comparator.comparingInt(Assessment::margin).reversed())
                .thenComparingDouble(Assessment::powerDistance)
                .thenComparingInt(a -> a.proposal().guarantors().size())).toList();
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
                throw new CasusException("unknown actor '" + code + "'; actors.yaml lists the codes");
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
        Objects.requireNonNull(request.base());
    }
}
