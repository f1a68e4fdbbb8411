package org.casus.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/** The findings the issue expects on the reference library. */
class LibraryFindingsTest {
    private static List<Finding> findings(String id) {
        Library library = TestLibrary.get();
        Arrangement arrangement = library.arrangements().get(id);
        assertThat(arrangement).as("library arrangement " + id).isNotNull();
        return Linter.check(arrangement, library);
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void russian_draft_has_a_critical_veto_trap_naming_russia() {
        assertThat(of(findings("istanbul-2022-draft-ru"), "veto-trap"))
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(f.actors()).contains("RU");
                });
    }

    /** A finding carries the uncertainty of the clause it rests on, and only that clause's. */
    @Test
    void findings_that_rest_on_uncertain_provisions_say_so() {
        Library library = TestLibrary.get();
        Arrangement draft = library.arrangements().get("istanbul-2022-draft-ru");
        assertThat(of(findings("istanbul-2022-draft-ru"), "veto-trap")).isNotEmpty().allSatisfy(f ->
                assertThat(f.uncertain()).isEqualTo(draft.decision().cite().uncertain()).contains("welt"));
        Arrangement cyprus = library.arrangements().get("cyprus-guarantee-1960");
        assertThat(of(findings("cyprus-guarantee-1960"), "unilateral-intervention-right")).singleElement()
                .satisfies(f -> assertThat(f.uncertain()).isEqualTo(cyprus.decision().cite().uncertain())
                        .contains("sets no voting rule"));
    }

    @Test
    void ukrainian_draft_has_no_veto_trap_naming_russia() {
        assertThat(of(findings("istanbul-2022-draft-ua"), "veto-trap")).noneMatch(f -> f.actors().contains("RU"));
    }

    @Test
    void budapest_memorandum_delegates_to_a_council_where_russia_has_a_veto() {
        assertThat(of(findings("budapest-1994"), "delegated-to-vetoed-body"))
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(f.actors()).contains("RU");
                });
    }

    @Test
    void charter_chapter_vii_has_a_veto_trap_for_each_permanent_member() {
        List<Finding> traps = of(findings("un-charter-chapter-vii"), "veto-trap");
        for (String permanent : List.of("US", "GB", "FR", "RU", "CN")) {
            assertThat(traps).as(permanent).anySatisfy(f -> assertThat(f.actors()).containsExactly(permanent));
        }
        assertThat(traps).hasSize(5);
    }

    @Test
    void cyprus_treaty_of_guarantee_reserves_a_unilateral_intervention_right() {
        assertThat(of(findings("cyprus-guarantee-1960"), "unilateral-intervention-right")).hasSize(1);
    }

    @Test
    void nato_has_no_veto_trap() {
        assertThat(of(findings("nato-1949"), "veto-trap")).isEmpty();
    }

    @Test
    void the_library_holds_the_required_arrangements() {
        assertThat(TestLibrary.get().arrangements()).containsKeys("nato-1949", "istanbul-2022-communique",
                "istanbul-2022-draft-ru", "istanbul-2022-draft-ua", "budapest-1994", "cyprus-guarantee-1960",
                "un-charter-chapter-vii", "league-covenant-1919", "rio-1947", "anzus-1951", "us-japan-1960",
                "csto-1992", "eu-teu-42-7", "none");
    }

    @Test
    void every_library_arrangement_checks() {
        Library library = TestLibrary.get();
        for (Arrangement arrangement : library.arrangements().values()) {
            assertThat(Linter.check(arrangement, library)).as(arrangement.id()).allSatisfy(f -> {
                assertThat(f.message()).isNotBlank();
                assertThat(f.question()).endsWith("?");
            });
        }
    }
}
