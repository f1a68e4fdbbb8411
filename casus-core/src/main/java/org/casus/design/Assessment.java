package org.casus.design;

import java.util.List;
import java.util.Map;
import org.casus.model.Arrangement;

/**
 * A proposal judged: against each aggressor it activates (only such proposals are assessed), and
 * how many of the guarantors free to act must refuse to block it; each red-line actor's
 * standing and each side's shortfall; the Shapley-Shubik shares and their distance from the
 * base's.
 *
 * @param arrangement   the proposal applied to the base
 * @param margins       per aggressor, the fewest refusals that block activation (0 when none can)
 * @param free          per aggressor, how many guarantors are free to act
 * @param standings     the standing of every guarantor and red-line actor
 * @param shortfalls    per side, the steps by which its red lines are missed
 * @param power         the Shapley-Shubik share of each guarantor in a vote where none is a party
 * @param powerDistance half the sum of absolute differences from the base's shares (0 to 1)
 */
public record Assessment(Proposal proposal, Arrangement arrangement, Map<String, Integer> margins,
                         Map<String, Integer> free, Map<String, Standing> standings, Map<String, Integer> shortfalls,
                         Map<String, Double> power, double powerDistance) {

    /** The fewest refusals that block it, over every aggressor: the weakest case. */
    public int margin() {
        return margins.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** The aggressor against whom it is easiest to block. */
    public String weakestAgainst() {
        return margins.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public int totalShortfall() {
        return shortfalls.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Same family, same number of guarantors, same objectives: the same offer with other candidates. */
    public boolean sameOfferAs(Assessment other) {
        return proposal.family().equals(other.proposal.family())
                && proposal.guarantors().size() == other.proposal.guarantors().size()
                && proposal.rule().getClass() == other.proposal.rule().getClass()
                && margin() == other.margin() && shortfalls.equals(other.shortfalls)
                && Math.abs(powerDistance - other.powerDistance) < 1e-12;
    }

    /** The objectives, each to be minimised: every side's shortfall, the refusals negated, the power distance. */
    double[] objectives(List<String> sides) {
        double[] o = new double[sides.size() + 2];
        for (int i = 0; i < sides.size(); i++) {
            o[i] = shortfalls.getOrDefault(sides.get(i), 0);
        }
        o[sides.size()] = -margin();
        o[sides.size() + 1] = powerDistance;
        return o;
    }
}
