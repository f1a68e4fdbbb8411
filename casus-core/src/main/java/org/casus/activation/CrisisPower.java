package org.casus.activation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;

/**
 * A decision rule's power structure in a crisis: the game left to the voters not on the
 * aggressor's side (who vote no), the parties to the dispute abstaining where the rule says so.
 * When the side blocks every coalition that game has no winners and no power to show, so the
 * rule is also played among the voters still entitled: as if the side did not vote at all.
 *
 * @param game     the game with the side voting no
 * @param entitled the game with the side not voting, when {@code game} has no winning coalition;
 *                 else null
 */
public record CrisisPower(Crisis crisis, RuleVote vote, Game game, Game entitled) {

    /** {@code rule} in {@code crisis}; {@code excluded} actors do not vote at all. */
    public static CrisisPower of(String name, DecisionRule rule, Crisis crisis, Set<String> excluded) {
        RuleVote vote = RuleVote.of(rule, crisis);
        Set<String> against = new LinkedHashSet<>(vote.against());
        against.removeAll(excluded);
        Game game = Games.fromRule(name, rule, excluded, against, crisis.disputeParties());
        Game entitled = null;
        if (game.neverWins()) {
            Set<String> barred = new LinkedHashSet<>(excluded);
            barred.addAll(against);
            entitled = Games.fromRule(name, rule, barred, Set.of(), crisis.disputeParties());
        }
        return new CrisisPower(crisis, vote, game, entitled);
    }

    /**
     * The arrangement's rule with {@code against} voting no: the first of them is the aggressor,
     * attacking as the checks assume, its declared allies on its side with the others named.
     */
    public static CrisisPower of(Arrangement arrangement, List<String> against, Set<String> excluded,
                                 DecisionRule rule) {
        Crisis crisis = Crisis.against(arrangement, against.get(0), Crisis.checkedEvent(arrangement)).withSide(against);
        return of(arrangement.id(), rule, crisis, excluded);
    }

    /** Whether no coalition of the voters left can pass the rule. */
    public boolean blocked() {
        return entitled != null;
    }

    /** The game whose power is worth showing: {@link #game()}, or {@link #entitled()} when blocked. */
    public Game shown() {
        return blocked() ? entitled : game;
    }

    /** What the analyst must read first, in words: null when some coalition can pass the rule. */
    public String verdict() {
        if (!blocked()) {
            return null;
        }
        String side = String.join(", ", crisis.side());
        String why = vote.passesAtAll() ? "with " + side + " voting no, no coalition of the others can pass the rule"
                + (vote.blockers().size() == 1 ? " (" + vote.blockers().get(0) + "'s own no blocks it: a veto trap)" : "")
                : "no coalition can pass the rule in this dispute, whoever votes yes";
        boolean nobody = entitled.neverWins();
        return "BLOCKED: " + why + ". " + (nobody ? "Even with " + side + " not voting, no coalition can pass it."
                : "The power shown is among the voters still entitled, as if " + side + " did not vote at all.");
    }
}
