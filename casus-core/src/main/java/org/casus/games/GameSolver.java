package org.casus.games;

import java.util.Optional;

/** One algorithm for power indices. Each is named after its method and says which games it can solve. */
public interface GameSolver {

    /** The name used by {@code --method}. */
    String name();

    /** Empty when the solver can solve {@code game}, else the reason it cannot. */
    Optional<String> refusal(Game game);

    PowerResult solve(Game game);

    /** Throws an {@link IllegalArgumentException} with the reason when this solver cannot solve {@code game}. */
    default void requireSolvable(Game game) {
        refusal(game).ifPresent(reason -> {
            throw new IllegalArgumentException("method " + name() + " cannot solve this game: " + reason);
        });
    }
}
