package org.casus.robustness;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.games.Enumeration;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerResult;
import org.casus.model.ActorKind;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;
import org.casus.model.Council;
import org.casus.model.DecisionRule;
import org.casus.model.Exclusion;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;
import org.casus.model.Procedure;
import org.casus.model.Vote;

/**
 * The robustness matrix of an arrangement: for each potential aggressor, can it activate with
 * the aggressor and its allies voting no, which minimal coalitions suffice, who is then
 * indispensable, which obligations apply, and which carve-outs remove cases. A pure function.
 */
public final class Robustness {
    private Robustness() {
    }

    /**
     * The potential aggressors: {@code threats} when given, else the file's threats, else every
     * actor the file names that is neither protected nor a placeholder.
     */
    public static List<String> aggressors(Arrangement arrangement, List<String> threats, ActorRegistry actors) {
        if (!threats.isEmpty()) {
            return threats;
        }
        if (!arrangement.parties().threats().isEmpty()) {
            return arrangement.parties().threats();
        }
        Set<String> named = new LinkedHashSet<>(arrangement.parties().all());
        arrangement.parties().alignments().forEach(a -> named.addAll(a.actors()));
        named.removeAll(arrangement.parties().protectedStates());
        // A placeholder (an elected Council seat, "any member") holds a vote but cannot attack.
        named.removeIf(code -> actors.find(code).map(a -> a.kind() == ActorKind.PLACEHOLDER).orElse(false));
        return List.copyOf(named);
    }

    public static List<AggressorCase> analyse(Arrangement arrangement, Library library, List<String> threats) {
        List<AggressorCase> cases = new ArrayList<>();
        for (String aggressor : aggressors(arrangement, threats, library.actors())) {
            cases.add(analyse(arrangement, library, aggressor));
        }
        return cases;
    }

    private static AggressorCase analyse(Arrangement arrangement, Library library, String aggressor) {
        Set<String> side = new LinkedHashSet<>();
        side.add(aggressor);
        side.addAll(arrangement.parties().alliesOf(aggressor));
        side.removeAll(arrangement.parties().protectedStates());
        Set<String> dispute = new LinkedHashSet<>(arrangement.parties().protectedStates());
        dispute.add(aggressor);
        List<String> carveOuts = arrangement.trigger() == null ? List.of()
                : arrangement.trigger().excluded().stream().map(Exclusion::territory).toList();
        String note = null;
        if (arrangement.trigger() != null && !arrangement.trigger().countsActsBy(aggressor)) {
            note = "not covered: the trigger names only " + String.join(", ", arrangement.trigger().by());
        }
        boolean directHelp = arrangement.obligations().stream().anyMatch(Obligation::isDirectHelp);
        Obligation delegation = arrangement.obligations().stream()
                .filter(o -> o.type() == ObligationType.SEEK_ACTION).findFirst().orElse(null);
        Procedure procedure = arrangement.decision().procedure();
        List<String> obligations = arrangement.obligations().stream()
                .map(o -> Labels.kebab(o.type()) + " (" + Labels.kebab(procedure) + ")").distinct().toList();
        if (procedure == Procedure.COLLECTIVE && arrangement.decision().rule() != null) {
            return voted(aggressor, side, "collective", arrangement.decision().rule(), dispute, obligations,
                    carveOuts, note);
        }
        if (directHelp) {
            List<String> able = arrangement.parties().guarantors().stream()
                    .filter(g -> !side.contains(g) && !arrangement.parties().protectedStates().contains(g)).toList();
            return new AggressorCase(aggressor, List.copyOf(side), "individual", !able.isEmpty(), BigInteger.valueOf(able.size()),
                    able.size() <= Enumeration.MAX_PLAYERS ? able.stream().map(List::of).toList() : List.of(),
                    able.size() == 1 ? able : List.of(), obligations, carveOuts, note);
        }
        if (delegation != null) {
            Council council = library.council(delegation.body()).orElse(null);
            if (council != null) {
                return voted(aggressor, side, "delegated to " + council.id(), council.rule(), Set.of(aggressor),
                        obligations, carveOuts, note);
            }
        }
        String path = procedure == Procedure.UNSPECIFIED ? "unspecified" : "none";
        return new AggressorCase(aggressor, List.copyOf(side), path, directHelp ? null : false, BigInteger.ZERO, List.of(),
                List.of(), obligations, carveOuts, note == null ? "no obligation to aid the protected state" : note);
    }

    private static AggressorCase voted(String aggressor, Set<String> side, String path, DecisionRule rule,
                                       Set<String> dispute, List<String> obligations, List<String> carveOuts,
                                       String note) {
        Set<String> against = new LinkedHashSet<>(side);
        against.retainAll(rule.voters());
        Game game = Games.fromRule(aggressor, rule, Set.of(), against, dispute);
        if (game.size() <= Enumeration.MAX_PLAYERS) {
            PowerResult result = new Enumeration().solve(game);
            boolean activates = result.winningCoalitions().signum() > 0;
            return new AggressorCase(aggressor, List.copyOf(side), path, activates, result.minimalWinningCount(),
                    result.minimalWinning(), activates ? result.vetoPlayers() : List.of(), obligations, carveOuts, note);
        }
        Set<String> yes = new LinkedHashSet<>(game.players());
        boolean activates = rule.passes(new Vote(yes, Set.of(), dispute));
        return new AggressorCase(aggressor, List.copyOf(side), path, activates, null, List.of(), List.of(),
                obligations, carveOuts, (note == null ? "" : note + "; ") + "coalitions not enumerated: "
                        + game.size() + " voters");
    }
}
