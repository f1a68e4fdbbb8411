package org.casus.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casus.activation.ActivationKernel;
import org.casus.activation.Crisis;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.model.Arrangement;
import org.casus.model.Instrument;
import org.casus.model.Library;
import org.casus.model.ObligationType;
import org.casus.model.Permission;
import org.casus.model.Procedure;
import org.casus.model.SourceKind;
import org.casus.model.TerritorialClause;
import org.casus.model.TriggerEvent;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/**
 * Each correction of a reading of the library against its texts, as a finding that appears or
 * is gone (issue: the library, true to its texts).
 */
class LibraryCorrectionsTest {
    private static Arrangement arrangement(String id) {
        Arrangement a = TestLibrary.get().arrangements().get(id);
        assertThat(a).as(id).isNotNull();
        return a;
    }

    private static List<Finding> findings(String id, String rule) {
        return Linter.check(arrangement(id), TestLibrary.get()).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static boolean activates(String id, String aggressor, TriggerEvent event) {
        Library library = TestLibrary.get();
        Arrangement a = arrangement(id);
        return ActivationKernel.decide(a, Crisis.against(a, aggressor, event), library).activates();
    }

    @Test
    void the_paris_declaration_is_a_declaration_of_intent_the_united_states_no_party_and_no_deadline_invented() {
        Arrangement paris = arrangement("paris-declaration-2026");
        assertThat(paris.instrument()).isEqualTo(Instrument.DECLARATION_OF_INTENT);
        assertThat(paris.parties().all()).doesNotContain("US");
        assertThat(paris.obligations()).allSatisfy(o -> assertThat(o.deadlineDays()).isNull());
        assertThat(findings("paris-declaration-2026", "not-a-guarantee")).hasSize(1);
        assertThat(activates("paris-declaration-2026", "RU", TriggerEvent.ARMED_ATTACK)).isFalse();
    }

    @Test
    void the_28_point_plan_names_its_decider_its_qualifiers_and_its_forfeitures() {
        Arrangement plan = arrangement("us-28-point-2025");
        assertThat(plan.decision().procedure()).isEqualTo(Procedure.DECIDER);
        assertThat(plan.decision().decider().actor()).isEqualTo("US");
        assertThat(plan.decision().decider().consults()).contains("UA", "NATO");
        assertThat(findings("us-28-point-2025", "single-decider")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("alone"));
        assertThat(findings("us-28-point-2025", "qualified-trigger")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("significant, deliberate, and sustained"))
                .anySatisfy(m -> assertThat(m).contains("ceasefire line"));
        assertThat(findings("us-28-point-2025", "forfeiture")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("invades Russia"))
                .anySatisfy(m -> assertThat(m).contains("Moscow or St Petersburg"));
        assertThat(findings("us-28-point-2025", "no-decision-rule")).isEmpty();
        assertThat(plan.territory()).extracting(TerritorialClause::kind).contains(TerritorialClause.Kind.WITHDRAWAL);
        assertThat(activates("us-28-point-2025", "RU", TriggerEvent.ARMED_ATTACK)).isTrue();
    }

    @Test
    void the_russian_draft_forbids_bases_so_no_consent_finding_on_them_and_bars_help_from_outside() {
        Arrangement draft = arrangement("istanbul-2022-draft-ru");
        assertThat(draft.restrictions().foreignBases().permission()).isEqualTo(Permission.FORBIDDEN);
        assertThat(findings("istanbul-2022-draft-ru", "consent-over-protected-state"))
                .noneMatch(f -> f.clause().equals("restrictions.foreign-bases"))
                .anyMatch(f -> f.clause().equals("restrictions.foreign-exercises"));
        assertThat(findings("istanbul-2022-draft-ru", "outside-help-barred")).hasSize(1);
        assertThat(draft.restrictions().forceCaps()).filteredOn(c -> c.category().equals("missile-range-km"))
                .singleElement().satisfies(c -> assertThat(c.cite().uncertain()).contains("280 km"));
        assertThat(draft.sources().get("nyt-draft").note()).contains("published in full");
    }

    @Test
    void budapest_gives_assurances_for_nuclear_aggression_only_and_cites_the_treaty_series() {
        Arrangement budapest = arrangement("budapest-1994");
        assertThat(budapest.instrument()).isEqualTo(Instrument.ASSURANCE);
        assertThat(budapest.sources().get("unts").kind()).isEqualTo(SourceKind.PRIMARY);
        assertThat(budapest.sources().get("unts").encodes()).contains("2 October 2014");
        List<Finding> all = Linter.check(budapest, TestLibrary.get());
        assertThat(all).filteredOn(f -> !f.rule().equals("not-a-guarantee"))
                .allSatisfy(f -> assertThat(f.message() + f.question()).doesNotContainIgnoringCase("guarant"));
        assertThat(findings("budapest-1994", "narrow-trigger")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("nuclear weapons are used"));
        assertThat(activates("budapest-1994", "RU", TriggerEvent.ARMED_ATTACK)).isFalse();
    }

    @Test
    void cyprus_findings_say_the_rule_is_not_in_the_text_and_name_the_purpose_limit() {
        assertThat(findings("cyprus-guarantee-1960", "veto-trap")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.uncertain()).contains("sets no voting rule"));
        assertThat(findings("cyprus-guarantee-1960", "unilateral-intervention-right")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("sole aim of re-establishing"));
        assertThat(arrangement("cyprus-alliance-1960").parties().guarantors()).contains("GR", "TR");
    }

    @Test
    void the_ukrainian_draft_names_armed_force_and_marks_the_conflicting_accounts() {
        Arrangement draft = arrangement("istanbul-2022-draft-ua");
        assertThat(draft.obligations()).filteredOn(o -> o.type() == ObligationType.ASSIST)
                .singleElement().satisfies(o -> assertThat(o.means()).contains("armed-force"));
        assertThat(draft.obligations()).filteredOn(o -> o.type() == ObligationType.CONSULT).singleElement()
                .satisfies(o -> assertThat(o.cite().uncertain()).contains("not of three days of consultations"));
        assertThat(draft.decision().cite().uncertain()).contains("accounts conflict");
        assertThat(draft.trigger().excluded()).anySatisfy(e -> assertThat(e.cite().uncertain()).contains("Russia's"));
    }

    @Test
    void nato_article_6_cites_the_1951_protocol_and_article_4_brings_consultation_not_help_against_a_threat() {
        Arrangement nato = arrangement("nato-1949");
        assertThat(nato.trigger().cite().sources()).contains("protocol-1951");
        assertThat(nato.instrument()).isEqualTo(Instrument.ALLIANCE);
        assertThat(activates("nato-1949", "RU", TriggerEvent.THREAT)).isFalse();
        assertThat(activates("nato-1949", "RU", TriggerEvent.ARMED_ATTACK)).isTrue();
    }
}
