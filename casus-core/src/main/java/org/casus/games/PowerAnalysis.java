package org.casus.games;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.casus.CasusException;

/**
 * Chooses the solver for a game and says why: enumeration for small games (it alone gives
 * every index), generating functions for count-weight games beyond that (formal power series
 * for Banzhaf of weighted games with many light players), binary decision
 * diagrams for other rules of weighted thresholds, Monte-Carlo for the rest (and when a diagram
 * outgrows its budget). A forced method that cannot solve the game is refused with the reason.
 */
public final class PowerAnalysis {
    /** Up to this many players, enumeration is chosen: exact, every index, well under a second. */
    public static final int ENUMERATION_LIMIT = 20;
    private static final String METHODS = "enumeration, generating-functions, formal-power-series, bdd or monte-carlo";

    private PowerAnalysis() {
    }

    /**
     * The seconds a default analysis may spend on the exact tables, at {@link GeneratingFunctions.Estimate#seconds};
     * what needs more is left out unless asked for.
     */
    static final double QUICK_SECONDS = 3;

    /** What {@code casus power} computes when no index is asked for, and what it leaves out and why. */
    public record Defaults(Set<PowerIndex> indices, List<String> leftOut) {
        public Defaults {
            indices = Set.copyOf(indices);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * Every index that finishes quickly: all of them for a small game or a rule of several weight vectors; for a
     * larger count-weight game, all when the tables with the minimal coalitions stay within {@link
     * #QUICK_SECONDS}, else Holler, Deegan-Packel and Johnston are left out (counting the minimal coalitions reads
     * the tables O(n^4) times), and Shapley-Shubik too when its tables by size exceed it (Banzhaf and Coleman do
     * without them). What is left out is said with its estimate and how to ask for it.
     */
    public static Defaults defaults(Game game) {
        Set<PowerIndex> all = EnumSet.allOf(PowerIndex.class);
        if (game.size() <= ENUMERATION_LIMIT || game.countWeight() == null) {
            return new Defaults(all, List.of());
        }
        GeneratingFunctions every = new GeneratingFunctions(true, true);
        if (every.estimate(game).seconds() <= QUICK_SECONDS) {
            return new Defaults(all, List.of());
        }
        GeneratingFunctions bySize = new GeneratingFunctions(true, false);
        all.removeIf(PowerIndex::needsCoalitions);
        String coalitions = leftOut(game, every, "Holler, Deegan-Packel and Johnston",
                "counting the minimal coalitions takes", "holler,dp,johnston");
        if (bySize.estimate(game).seconds() <= QUICK_SECONDS) {
            return new Defaults(all, List.of(coalitions));
        }
        all.remove(PowerIndex.SHAPLEY_SHUBIK);
        return new Defaults(all, List.of(leftOut(game, bySize, "Shapley-Shubik", "its tables by coalition size take",
                "ss"), coalitions));
    }

    /**
     * The indices of {@code wanted} an analysis not forced to a method computes: all of them, unless the tables
     * would be refused only for the minimal coalitions and no diagram can stand in; then the other indices are
     * counted exactly and Holler, Deegan-Packel and Johnston left out with their estimate and how to force them,
     * rather than every index sampled (sampling cannot estimate Holler and Deegan-Packel at all).
     */
    static Defaults exactly(Game game, Set<PowerIndex> wanted) {
        Defaults all = new Defaults(wanted, List.of());
        if (game.size() <= ENUMERATION_LIMIT || game.countWeight() == null
                || wanted.stream().noneMatch(PowerIndex::needsCoalitions)
                || wanted.stream().allMatch(PowerIndex::needsCoalitions)) {
            return all;
        }
        boolean shapleyShubik = wanted.contains(PowerIndex.SHAPLEY_SHUBIK);
        GeneratingFunctions withCoalitions = new GeneratingFunctions(shapleyShubik, true);
        if (withCoalitions.refusal(game).isEmpty() || new GeneratingFunctions(shapleyShubik, false).refusal(game)
                .isPresent() || new BinaryDecisionDiagrams(shapleyShubik, true).refusal(game).isEmpty()) {
            return all;
        }
        List<PowerIndex> coalitions = wanted.stream().filter(PowerIndex::needsCoalitions).sorted().toList();
        Set<PowerIndex> rest = EnumSet.copyOf(wanted);
        rest.removeAll(coalitions);
        return new Defaults(rest, List.of(leftOut(game, withCoalitions, coalitions.stream().map(PowerIndex::title)
                .collect(Collectors.joining(", ")), "counting the minimal coalitions takes", coalitions.stream()
                .map(PowerIndex::shortName).collect(Collectors.joining(",")))));
    }

    /** Why {@code indices} were left out: what {@code tables} take by their estimate, and how to ask for them. */
    private static String leftOut(Game game, GeneratingFunctions tables, String indices, String work, String flag) {
        GeneratingFunctions.Estimate e = tables.estimate(game);
        Optional<String> refusal = tables.refusal(game);
        String ask = refusal.isEmpty() ? "; ask with --indices " + flag
                : tables.unbounded().refusal(game).isEmpty() ? String.format(Locale.ROOT, ", more than the %.0f s "
                        + "an exact job may take unless forced: ask with --indices %s --method generating-functions",
                        GeneratingFunctions.MAX_SECONDS, flag)
                : "; not exactly here: " + refusal.get();
        return String.format(Locale.ROOT, "%s left out: %s %s, about %s on this project's 2-core machine%s", indices,
                work, e.counts(), e.time(), ask);
    }

    /**
     * What an exact analysis of {@code game} for {@code wanted} by the tables will take, when it is long enough to
     * say so before it starts (five seconds or more here): {@code about 15 s and 699 MB (3.5e+10 cell updates)};
     * nothing when {@code forced} names another method or the tables are not chosen.
     */
    public static Optional<String> estimate(Game game, Set<PowerIndex> wanted, Optional<String> forced) {
        if (game.size() <= ENUMERATION_LIMIT || game.countWeight() == null
                || forced.isPresent() && !forced.get().equals("generating-functions")) {
            return Optional.empty();
        }
        Set<PowerIndex> computed = forced.isPresent() ? wanted : exactly(game, wanted).indices();
        boolean coalitions = computed.stream().anyMatch(PowerIndex::needsCoalitions);
        GeneratingFunctions bounded = new GeneratingFunctions(computed.contains(PowerIndex.SHAPLEY_SHUBIK), coalitions);
        GeneratingFunctions tables = forced.isPresent() ? bounded.unbounded() : bounded;
        if (tables.refusal(game).isPresent()) {
            return Optional.empty();
        }
        GeneratingFunctions.Estimate e = tables.estimate(game);
        return e.seconds() < 5 ? Optional.empty()
                : Optional.of("about " + e.time() + " and " + e.memory() + " (" + e.counts() + ")");
    }

    /** The solver chosen, and the one-sentence reason. */
    public record Choice(GameSolver solver, String reason) {
    }

    /** A power analysis and the reason its method was chosen. */
    public record Analysis(PowerResult result, String reason) {
    }

    /**
     * Solves {@code game} with the solver {@link #choose} picks; a diagram chosen automatically
     * that outgrows its budget gives way to Monte-Carlo, and the reason says so.
     */
    public static Analysis analyse(Game game, Optional<String> forced, Set<PowerIndex> wanted, int samples, long seed) {
        return analyse(game, forced, wanted, samples, seed, share -> { });
    }

    /** As {@link #analyse(Game, Optional, Set, int, long)}, telling {@code progress} the share of exact tables done. */
    public static Analysis analyse(Game game, Optional<String> forced, Set<PowerIndex> wanted, int samples, long seed,
                                   DoubleConsumer progress) {
        Defaults exactly = forced.isPresent() ? new Defaults(wanted, List.of()) : exactly(game, wanted);
        Choice choice = choose(game, forced, exactly.indices(), samples, seed, progress);
        try {
            PowerResult result = choice.solver().solve(game).withNotes(List.of(), exactly.leftOut());
            return new Analysis(withDegeneracy(game, result), choice.reason());
        } catch (BinaryDecisionDiagrams.TooLarge e) {
            if (forced.isPresent()) {
                throw e;
            }
            MonteCarlo sampling = new MonteCarlo(samples, seed);
            sampling.requireSolvable(game);
            return new Analysis(withDegeneracy(game, sampling.solve(game)), e.getMessage()
                    + ": Monte-Carlo estimates with 95% intervals instead");
        }
    }

    /**
     * Solves {@code game} for the indices no one asked for by name: {@link #defaults}, with what they leave out
     * said in the result's notes.
     */
    public static Analysis analyseDefaults(Game game, Optional<String> forced, int samples, long seed) {
        return analyseDefaults(game, forced, samples, seed, share -> { });
    }

    /** As {@link #analyseDefaults(Game, Optional, int, long)}, telling {@code progress} the share of tables done. */
    public static Analysis analyseDefaults(Game game, Optional<String> forced, int samples, long seed,
                                           DoubleConsumer progress) {
        Defaults defaults = defaults(game);
        Analysis analysis = analyse(game, forced, defaults.indices(), samples, seed, progress);
        return new Analysis(analysis.result().withNotes(List.of(), defaults.leftOut()), analysis.reason());
    }

    /** The result with a warning when no coalition wins, or every one does: the indices then say nothing. */
    private static PowerResult withDegeneracy(Game game, PowerResult result) {
        String warning = game.neverWins() ? "no coalition wins, not even all players together (is the quota above "
                + "the total weight?): every index is 0 and says nothing"
                : game.wins(new boolean[game.size()]) ? "every coalition wins, the empty one too (is the quota 0?): "
                        + "no player's vote changes anything, and the indices say nothing" : null;
        return warning == null ? result : result.withNotes(List.of("WARNING: " + warning), List.of());
    }

    /**
     * The solver for {@code game}: forced by name, or chosen; {@code wanted} lets the generating
     * functions and the diagrams skip what is not asked for.
     */
    public static Choice choose(Game game, Optional<String> forced, Set<PowerIndex> wanted, int samples, long seed) {
        return choose(game, forced, wanted, samples, seed, share -> { });
    }

    private static Choice choose(Game game, Optional<String> forced, Set<PowerIndex> wanted, int samples, long seed,
                                 DoubleConsumer progress) {
        boolean shapleyShubik = wanted.contains(PowerIndex.SHAPLEY_SHUBIK);
        boolean coalitions = wanted.stream().anyMatch(PowerIndex::needsCoalitions);
        GameSolver enumeration = new Enumeration();
        GeneratingFunctions bounded = new GeneratingFunctions(shapleyShubik, coalitions, progress);
        GeneratingFunctions generatingFunctions = forced.isPresent() ? bounded.unbounded() : bounded;
        GameSolver powerSeries = new FormalPowerSeries();
        GameSolver diagrams = new BinaryDecisionDiagrams(shapleyShubik, coalitions);
        GameSolver monteCarlo = new MonteCarlo(samples, seed);
        if (forced.isPresent()) {
            GameSolver solver = List.of(enumeration, generatingFunctions, powerSeries, diagrams, monteCarlo).stream()
                    .filter(s -> s.name().equals(forced.get())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown method '" + forced.get()
                            + "'; expected " + METHODS));
            solver.requireSolvable(game);
            return new Choice(solver, "forced by --method");
        }
        if (game.size() <= ENUMERATION_LIMIT) {
            return new Choice(enumeration, game.size() + " players: enumerating all 2^" + game.size()
                    + " coalitions is exact, fast, and gives every index");
        }
        if (!shapleyShubik && !coalitions && FormalPowerSeries.fasterThanTable(game)) {
            return new Choice(powerSeries, game.size() + " players whose weights are small beside their number (quota "
                    + game.countWeight().cap() + "), and only Banzhaf and Coleman wanted: exact counting by formal "
                    + "power series and number-theoretic transforms");
        }
        Optional<String> refusal = generatingFunctions.refusal(game);
        if (refusal.isEmpty()) {
            boolean banzhafAlone = !shapleyShubik && !coalitions && game.countWeight().pureWeighted();
            CountWeightForm form = generatingFunctions.tableForm(game);
            String dual = form == game.countWeight() ? "" : ", on the dual rule, the coalitions that block (weight cap "
                    + form.cap() + "): the same swings, smaller tables";
            return new Choice(generatingFunctions, game.size() + " players with a condition on the number and weight "
                    + "of the yes votes (weight cap " + game.countWeight().cap() + "): exact counting by generating "
                    + "functions" + (banzhafAlone ? ", by weight only and in multi-word integers (Banzhaf alone)" : "")
                    + dual);
        }
        Optional<String> diagramRefusal = diagrams.refusal(game);
        if (diagramRefusal.isEmpty()) {
            return new Choice(diagrams, game.size() + " players and " + refusal.get() + ": exact counting on a "
                    + "binary decision diagram of the rule");
        }
        Optional<String> samplingRefusal = monteCarlo.refusal(game);
        if (samplingRefusal.isPresent()) {
            throw new CasusException(game.size() + " players: no method can answer in reasonable time: "
                    + refusal.get() + "; " + diagramRefusal.get() + "; " + samplingRefusal.get());
        }
        if (wanted.stream().noneMatch(MonteCarlo::estimates)) {
            throw new CasusException(game.size() + " players: " + refusal.get() + ", and " + diagramRefusal.get()
                    + "; Monte-Carlo cannot estimate " + wanted.stream().map(PowerIndex::title).sorted()
                    .collect(Collectors.joining(" or ")) + " (sampling does not find the minimal "
                    + "winning coalitions)");
        }
        return new Choice(monteCarlo, game.size() + " players, " + refusal.get() + ", and "
                + diagramRefusal.get() + ": Monte-Carlo estimates with 95% intervals");
    }
}
