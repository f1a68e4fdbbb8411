package org.casus.activation;

import java.math.BigInteger;
import java.util.List;
import org.casus.games.Enumeration;
import org.casus.games.Game;
import org.casus.games.PowerResult;

/**
 * The minimal coalitions through which an activation can happen: sets of voters whose yes
 * suffices, or single guarantors acting alone. Enumerated on demand (robustness asks; design
 * searches need only {@link Activation#activates()}).
 *
 * @param count  how many; null when there are too many voters to enumerate
 * @param listed the coalitions, when counted
 */
public record Coalitions(BigInteger count, List<List<String>> listed) {
    public Coalitions {
        listed = List.copyOf(listed);
    }

    private static final Coalitions NONE = new Coalitions(BigInteger.ZERO, List.of());

    public static Coalitions of(Activation activation) {
        return switch (activation.path()) {
            case ActivationPath.None ignored -> NONE;
            case ActivationPath.Individual i -> alone(i.guarantors());
            case ActivationPath.Collective c when c.vote().passes() -> voted(c.vote().game());
            case ActivationPath.Collective c -> c.activates() ? alone(c.guarantors()) : NONE;
            case ActivationPath.Delegated d -> d.vote().passes() ? voted(d.vote().game()) : NONE;
        };
    }

    private static Coalitions alone(List<String> guarantors) {
        return new Coalitions(BigInteger.valueOf(guarantors.size()), guarantors.stream().map(List::of).toList());
    }

    private static Coalitions voted(Game game) {
        if (game.size() > Enumeration.MAX_PLAYERS) {
            return new Coalitions(null, List.of());
        }
        PowerResult result = new Enumeration().solve(game);
        return new Coalitions(result.minimalWinningCount(), result.minimalWinning());
    }
}
