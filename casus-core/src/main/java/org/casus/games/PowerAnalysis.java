package org.casus.games;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the solver for a game and says why: enumeration for small games (it alone gives
 * every index), generating functions for count-weight games beyond that, Monte-Carlo for the
 * rest. A forced method that cannot solve the game is refused with the reason.
 */
public final class PowerAnalysis {
    /** Up to this many players, enumeration is chosen: exact, every index, well under a second. */
    public static final int ENUMERATION_LIMIT = 20;

    private PowerAnalysis() {
    }

    /** The solver chosen, and the one-sentence reason. */
    public record Choice(GameSolver solver, String reason) {
    }

    /**
     * The solver for {@code game}: forced by name, or chosen; {@code wanted} lets the generating
     * functions skip what is not asked for.
     */
    public static Choice choose(Game game, Optional<String> forced, Set<PowerIndex> wanted, int samples, long seed) {
        boolean coalitions = wanted.contains(PowerIndex.HOLLER) || wanted.contains(PowerIndex.DEEGAN_PACKEL);
        List<GameSolver> solvers = List.of(new Enumeration(),
                new GeneratingFunctions(wanted.contains(PowerIndex.SHAPLEY_SHUBIK), coalitions),
                new MonteCarlo(samples, seed));
        if (forced.isPresent()) {
            GameSolver solver = solvers.stream().filter(s -> s.name().equals(forced.get())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown method '" + forced.get()
                            + "'; expected enumeration, generating-functions or monte-carlo"));
            solver.refusal(game).ifPresent(reason -> {
                throw new IllegalArgumentException("method " + solver.name() + " cannot solve this game: " + reason);
            });
            return new Choice(solver, "forced by --method");
        }
        if (game.size() <= ENUMERATION_LIMIT) {
            return new Choice(solvers.get(0), game.size() + " players: enumerating all 2^" + game.size()
                    + " coalitions is exact, fast, and gives every index");
        }
        Optional<String> refusal = solvers.get(1).refusal(game);
        if (refusal.isEmpty()) {
            return new Choice(solvers.get(1), game.size() + " players with a condition on the number and weight of "
                    + "the yes votes (weight cap " + game.countWeight().cap() + "): exact counting by generating "
                    + "functions");
        }
        return new Choice(solvers.get(2), game.size() + " players and " + refusal.get()
                + ": Monte-Carlo estimates with 95% intervals");
    }
}
