package org.casus.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/** The design space against brute force: every monotone rule is reached, and the front is the true one. */
class DesignSpaceTest {

    /**
     * Three guarantors with no role of their own: the plain rules of the space, closed under
     * relabelling, are every monotone game on three players (all 18 non-constant ones are weighted).
     */
    @Test
    void plainRulesOnThreeInterchangeableGuarantors_reachEveryMonotoneGame_upToRelabelling() {
        Arrangement base = TestLibrary.get().arrangements().get("anzus-1951");
        List<String> guarantors = base.parties().guarantors();
        assertThat(guarantors).hasSize(3);
        DesignRequest request = DesignRequest.of(base, List.of());
        Set<Long> reached = new HashSet<>();
        for (Proposal p : Candidates.rules(guarantors, request)) {
            if (!(p.rule() instanceof DecisionRule.PartiesAbstain) && p.fallbackDays() == 0) {
                for (int[] perm : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}) {
                    reached.add(permute(table(p.rule(), guarantors), perm));
                }
            }
        }
        assertThat(reached).isEqualTo(monotoneTables(3));
    }

    @Property(tries = 300)
    void paretoFront_isExactlyThePointsNoOtherDominates(
            @ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> a,
            @ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> b) {
        int n = Math.min(a.size(), b.size());
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new double[] {a.get(i), b.get(i), (a.get(i) * 7 + b.get(i)) % 3});
        }
        List<double[]> front = ParetoFront.of(points, p -> p);
        List<double[]> brute = points.stream()
                .filter(p -> points.stream().noneMatch(q -> ParetoFront.dominates(q, p))).toList();
        assertThat(front).containsExactlyInAnyOrderElementsOf(brute);
    }

    /** The truth table of {@code rule} over {@code players}, nobody a party to the dispute. */
    private static long table(DecisionRule rule, List<String> players) {
        Game game = Games.fromRule("t", rule, Set.of(), Set.of(), Set.of());
        long table = 0;
        for (int m = 0; m < 1 << players.size(); m++) {
            boolean[] yes = new boolean[game.size()];
            for (int i = 0; i < game.size(); i++) {
                yes[i] = (m >>> players.indexOf(game.players().get(i)) & 1) != 0;
            }
            if (game.wins(yes)) {
                table |= 1L << m;
            }
        }
        return table;
    }

    private static long permute(long table, int[] perm) {
        long out = 0;
        for (int m = 0; m < 8; m++) {
            if ((table >>> m & 1) != 0) {
                int image = 0;
                for (int i = 0; i < 3; i++) {
                    if ((m >>> i & 1) != 0) {
                        image |= 1 << perm[i];
                    }
                }
                out |= 1L << image;
            }
        }
        return out;
    }

    /** Every monotone Boolean function of n players but the two constants, by brute force over all tables. */
    private static Set<Long> monotoneTables(int n) {
        Set<Long> tables = new HashSet<>();
        int coalitions = 1 << n;
        for (long t = 1; t < (1L << coalitions) - 1; t++) {
            boolean monotone = true;
            for (int m = 0; m < coalitions && monotone; m++) {
                for (int i = 0; i < n; i++) {
                    if ((t >>> m & 1) != 0 && (t >>> (m | 1 << i) & 1) == 0) {
                        monotone = false;
                    }
                }
            }
            if (monotone) {
                tables.add(t);
            }
        }
        return tables;
    }
}
