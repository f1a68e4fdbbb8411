package org.casus.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casus.format.LibraryLoader;
import org.casus.format.ProposalWriter;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.robustness.AggressorCase;
import org.casus.robustness.Robustness;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance cases on the Istanbul draft Russia wanted, through every other face of Casus. */
class DesignTest {
    private static final String BASE = "istanbul-2022-draft-ru";
    private static Library library;
    private static DesignResult required;
    private static DesignResult redLines;

    @BeforeAll
    static void search() {
        library = TestLibrary.get();
        Arrangement base = library.arrangements().get(BASE);
        required = Design.search(DesignRequest.of(base, List.of("RU", "CN")), library, (done, total) -> { });
        redLines = Design.search(DesignRequest.of(base, List.of("RU", "CN"))
                .withRedLines(List.of(RedLine.parse("RU=veto"), RedLine.parse("UA=at-most-vote:RU"))), library,
                (done, total) -> { });
    }

    @Test
    void everyFrontProposal_writtenAndReadBack_activatesAgainstRussiaAndEverySingleGuarantor_inRobustness(
            @TempDir Path dir) throws IOException {
        assertThat(required.front()).isNotEmpty();
        for (Arrangement proposal : written(required, dir)) {
            assertThat(proposal.parties().guarantors()).contains("RU", "CN");
            List<String> aggressors = new java.util.ArrayList<>(List.of("RU"));
            aggressors.addAll(proposal.parties().guarantors());
            List<AggressorCase> cases = Robustness.analyse(proposal, library, aggressors);
            assertThat(cases).as(proposal.decision().rule().describe()).allSatisfy(c -> {
                assertThat(c.activates()).as(c.aggressor() + ": " + c.note()).isTrue();
            });
            assertThat(Robustness.analyse(proposal, library, List.of())).allMatch(AggressorCase::activates);
        }
    }

    @Test
    void everyFrontProposal_passesCheckWithoutCriticalFindings_andCitesTheBase(@TempDir Path dir) throws IOException {
        for (Arrangement proposal : written(required, dir)) {
            List<Finding> critical = Linter.check(proposal, library).stream()
                    .filter(f -> f.severity() == Severity.CRITICAL).toList();
            assertThat(critical).as(proposal.id()).isEmpty();
            assertThat(proposal.sources().get(Proposal.SOURCE).title()).contains(BASE);
            assertThat(proposal.decision().cite().sources()).containsExactly(Proposal.SOURCE);
        }
    }

    @Test
    void russianVetoAndUkrainesRejectionOfIt_noRuleSatisfiesBoth_andOnlyRussiaCanOpenAFront() {
        assertThat(redLines.satisfiesAll()).isFalse();
        assertThat(redLines.relaxations().get("UA").steps()).isNull();
        DesignResult.Relaxation russia = redLines.relaxations().get("RU");
        assertThat(russia.steps()).isEqualTo(2);
        assertThat(russia.proposal().standings().get("RU")).isEqualTo(Standing.VOTE);
        assertThat(russia.proposal().shortfalls()).containsEntry("UA", 0);
    }

    @Test
    void withoutRedLines_requiredGuarantorsAreTakenToWantTheirBaseStanding() {
        assertThat(required.baseStandings()).containsEntry("RU", Standing.VETO).containsEntry("CN", Standing.VETO);
        assertThat(required.request().redLines()).extracting(RedLine::actor).containsExactly("RU", "CN");
        // a veto over action against oneself contradicts activating against oneself: each must give a step
        assertThat(required.satisfiesAll()).isFalse();
        assertThat(required.front().get(0).shortfalls()).isEqualTo(Map.of("RU", 1, "CN", 1));
    }

    @Test
    void frontIsRankedAndNoProposalOfItDominatesAnother() {
        List<String> sides = List.of("RU", "UA");
        List<Assessment> front = redLines.front();
        for (Assessment a : front) {
            for (Assessment b : front) {
                assertThat(ParetoFront.dominates(a.objectives(sides), b.objectives(sides))).isFalse();
            }
        }
        for (int i = 1; i < front.size(); i++) {
            assertThat(front.get(i).totalShortfall()).isGreaterThanOrEqualTo(front.get(i - 1).totalShortfall());
        }
    }

    @Test
    void localSearch_onSixGuarantors_findsNoPlainRuleTheExactFrontDoesNotWeaklyDominate() {
        Assessor assessor = new Assessor(required.request(), library);
        List<String> sides = required.request().redLines().stream().map(RedLine::side).distinct().toList();
        List<Assessment> local = WeightSearch.search(library.arrangements().get(BASE).parties().guarantors(), assessor,
                "local", 7).stream().filter(a -> !(a.proposal().rule() instanceof org.casus.model.DecisionRule.PartiesAbstain))
                .toList();
        assertThat(local).isNotEmpty();
        for (Assessment a : local) {
            double[] o = a.objectives(sides);
            assertThat(required.front()).as(a.proposal().describe()).anySatisfy(f -> {
                double[] best = f.objectives(sides);
                for (int i = 0; i < o.length; i++) {
                    assertThat(best[i]).isLessThanOrEqualTo(o[i] + 1e-12);
                }
            });
        }
    }

    private static List<Arrangement> written(DesignResult result, Path dir) throws IOException {
        Path baseFile = TestLibrary.folder().resolve("arrangements").resolve(BASE + ".yaml");
        String text = Files.readString(baseFile);
        List<Assessment> front = result.front();
        List<Arrangement> proposals = new java.util.ArrayList<>();
        for (Assessment a : front.subList(0, Math.min(10, front.size()))) {
            Path file = dir.resolve(a.arrangement().id() + ".yaml");
            Files.writeString(file, ProposalWriter.write(text, baseFile.toString(), a.proposal(), a.arrangement().id()));
            proposals.add(LibraryLoader.readArrangement(file, library));
        }
        return proposals;
    }
}
