package org.casus.design;

import java.util.List;
import java.util.Map;

/**
 * What a design search found.
 *
 * @param examined      how many proposals were judged
 * @param activating    how many activate against every aggressor (and keep every power floor)
 * @param aggressors    the aggressors of the base guarantor set, for the words
 * @param baseStandings each actor's standing under the base arrangement
 * @param front         the Pareto front, ranked: least shortfall, then most refusals needed,
 *                      then least power moved, then fewest guarantors
 * @param satisfiesAll  whether the front's proposals meet every red line
 * @param relaxations   when no proposal meets every red line: for each side, the least it must
 *                      give up when the others give up nothing (empty when that opens nothing)
 */
public record DesignResult(DesignRequest request, int examined, int activating, List<String> aggressors,
                           Map<String, Standing> baseStandings, List<Assessment> front, boolean satisfiesAll,
                           Map<String, Relaxation> relaxations) {
    public DesignResult {
        aggressors = List.copyOf(aggressors);
        baseStandings = Map.copyOf(baseStandings);
        front = List.copyOf(front);
        relaxations = Map.copyOf(relaxations);
    }

    /**
     * The front with offers that score the same with other candidates folded into the first of
     * them (same family, same number of guarantors, same objectives).
     */
    public List<Offer> offers() {
        List<Offer> offers = new java.util.ArrayList<>();
        for (Assessment a : front) {
            Offer last = offers.isEmpty() ? null : offers.get(offers.size() - 1);
            if (last != null && last.proposal().sameOfferAs(a)) {
                offers.set(offers.size() - 1, new Offer(last.proposal(), last.alike() + 1));
            } else {
                offers.add(new Offer(a, 0));
            }
        }
        return offers;
    }

    /** One offer of the front and how many more score the same with other candidates. */
    public record Offer(Assessment proposal, int alike) {
    }

    /**
     * The least one side must give up to open a front on its own.
     *
     * @param steps    the steps of standing it concedes; null when no concession of its own suffices
     * @param proposal the best proposal at that cost, or null
     */
    public record Relaxation(String side, Integer steps, Assessment proposal) {
    }
}
