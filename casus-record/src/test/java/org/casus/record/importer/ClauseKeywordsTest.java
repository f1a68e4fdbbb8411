package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.casus.format.ClausePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseKeywordsTest {
    private final ClauseKeywords keywords = new ClauseKeywords(new Names(Registry.actors()), null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            No guarantor may have a veto.                             | decision.rule                  | veto
            Decisions of the guarantors must be unanimous.            | parties.guarantors             | guarantors
            Neutrality is the price of peace.                         | restrictions.neutrality        | Neutrality
            Ukraine will not give up NATO membership.                 | restrictions.alliances-barred  | NATO membership
            There can be no limits on the size of our army.           | restrictions.force-caps        | limits on the size of our army
            Any demilitarisation is out of the question.              | restrictions.force-caps        | demilitarisation
            Foreign troops would be a target.                         | restrictions.foreign-bases     | Foreign troops
            Crimea is not for sale.                                   | trigger.excluded               | Crimea
            Our territory is not a bargaining chip.                   | trigger.excluded               | territory
            Sanctions will stay.                                      | obligations                    | Sanctions
            A ceasefire comes first.                                  | trigger.events                 | ceasefire
            A new aggression would be met with force.                 | trigger.events                 | aggression
            The guarantees must be as strong as Article 5.            | obligations                    | Article 5
            """)
    void a_keyword_proposes_a_claim_on_its_clause(String passage, String clause, String keyword) {
        assertThat(keywords.claims(passage)).extracting(ProposedClaim::clause, ProposedClaim::keyword)
                .contains(tuple(clause, keyword));
    }

    @Test
    void every_clause_of_the_map_is_a_path_the_record_accepts() {
        assertThat(ClauseKeywords.clauses()).isNotEmpty().allMatch(ClausePaths::isValid);
    }

    @Test
    void each_claim_takes_the_modality_of_the_sentence_holding_its_keyword() {
        assertThat(keywords.claims("We will never accept a veto. The guarantors must act within three days."))
                .extracting(ProposedClaim::clause, ProposedClaim::modality)
                .containsExactly(tuple("decision.rule", "reject"), tuple("parties.guarantors", "demand"),
                        tuple("obligations", "demand"));
    }

    @Test
    void a_topic_proposes_one_claim_per_passage_at_its_first_keyword() {
        assertThat(keywords.claims("Sanctions work. More sanctions, sanctioned banks."))
                .extracting(ProposedClaim::keyword).containsExactly("Sanctions");
    }

    @Test
    void a_passage_without_keywords_proposes_nothing() {
        assertThat(keywords.claims("The weather in Geneva was fine.")).isEmpty();
    }

    @Test
    void a_quoted_fragment_takes_its_claims_from_the_reporters_sentence_but_not_from_other_quotations() {
        var reported = new TextImporter(Registry.actors()).read(
                "Lavrov said foreign troops would be “unacceptable” and called sanctions “theft”.");
        assertThat(reported).singleElement().satisfies(s -> assertThat(s.claims())
                .extracting(ProposedClaim::clause, ProposedClaim::modality)
                .containsExactly(tuple("restrictions.foreign-bases", "reject"), tuple("obligations", "reject")));
        var quoted = new TextImporter(Registry.actors()).read(
                "Foreign troops are “unacceptable”, a diplomat said, and sanctions “theft”.");
        assertThat(quoted.getFirst().claims()).extracting(ProposedClaim::clause, ProposedClaim::modality)
                .containsExactly(tuple("restrictions.foreign-bases", "reject"), tuple("obligations", "reject"));
        assertThat(quoted.get(1).claims()).extracting(ProposedClaim::clause)
                .containsExactly("restrictions.foreign-bases", "obligations");
        assertThat(quoted.get(1).claims()).extracting(ProposedClaim::modality).doesNotContain("reject");
    }

    @Test
    void a_veto_claim_names_its_holders() {
        assertThat(keywords.claims("Moscow would accept guarantees only if Russia and China had a veto."))
                .extracting(ProposedClaim::clause, ProposedClaim::modality, ProposedClaim::value)
                .contains(tuple("decision.rule", "condition", "veto {RU, CN}"));
        assertThat(keywords.claims("Guarantees are acceptable only with its own veto.", "RU", null, null).getFirst().value())
                .isEqualTo("veto {RU}");
        assertThat(keywords.claims("Decisions would be taken by unanimity.").getFirst().value()).isEqualTo("unanimity");
        assertThat(keywords.claims("Nobody should have a veto.").getFirst().value()).isNull();
    }

    @Test
    void a_force_cap_claim_reads_its_number() {
        assertThat(keywords.claims("Kyiv will not accept a limit on its army of 85,000 troops.").getFirst().value())
                .isEqualTo("<= 85000");
        assertThat(keywords.claims("The size of the army must be at least 250 thousand.").getFirst().value())
                .isEqualTo(">= 250000");
        assertThat(keywords.claims("There will be no limits on the armed forces.").getFirst().value()).isNull();
    }

    @Test
    void other_claims_carry_no_value() {
        assertThat(keywords.claims("Ukraine will remain neutral.")).extracting(ProposedClaim::value).containsOnlyNulls();
    }

    @Test
    void a_withdrawal_says_whose_forces_and_its_places_are_the_exchanges_not_carve_outs() {
        assertThat(keywords.claims("Putin was willing to withdraw from Kherson in exchange for Kyiv ceding Donetsk."))
                .extracting(ProposedClaim::clause, ProposedClaim::value)
                .containsExactly(tuple("territory", "withdrawal {RU}"));
        assertThat(keywords.claims("Russia demanded the withdrawal of Ukrainian forces from Kherson."))
                .extracting(ProposedClaim::clause, ProposedClaim::modality, ProposedClaim::value)
                .containsExactly(tuple("territory", "demand", "withdrawal {UA}"));
        assertThat(keywords.claims("A land swap was discussed.")).extracting(ProposedClaim::clause, ProposedClaim::value)
                .containsExactly(tuple("territory", null));
        assertThat(keywords.claims("Russia may withdraw from the treaty at any time.")).isEmpty();
    }

    @Test
    void a_claimed_agreement_on_the_guarantee_takes_the_arrangements_rule_unless_the_words_give_one() {
        ClauseKeywords onArrangement = new ClauseKeywords(new Names(Registry.actors()), "individual");
        assertThat(onArrangement.claims("Credible security guarantees are on the table."))
                .extracting(ProposedClaim::clause, ProposedClaim::modality, ProposedClaim::value)
                .containsExactly(tuple("decision.rule", "claims-agreement", "individual"));
        assertThat(onArrangement.claims("Russia had agreed to guarantees decided by a majority vote."))
                .extracting(ProposedClaim::clause, ProposedClaim::value).containsExactly(tuple("decision.rule", "majority"));
        assertThat(onArrangement.claims("Ukraine wants security guarantees.")).isEmpty();
        assertThat(keywords.claims("Credible security guarantees are on the table.")).extracting(ProposedClaim::value)
                .containsExactly((String) null);
    }

    @Test
    void a_stance_reported_of_another_actor_is_the_speakers_reading_of_it() {
        assertThat(keywords.claims("Putin was willing to withdraw from Kherson.", "US", "RU", null))
                .extracting(ProposedClaim::modality, ProposedClaim::about).containsExactly(tuple("interpretation", "RU"));
        assertThat(keywords.claims("Russia had agreed to a majority vote.", "US", "RU", null))
                .extracting(ProposedClaim::modality, ProposedClaim::about).containsExactly(tuple("claims-agreement", "RU"));
        assertThat(keywords.claims("Kyiv must withdraw from Donbas.", "RU", "UA", null))
                .extracting(ProposedClaim::modality, ProposedClaim::about).containsExactly(tuple("demand", null));
        assertThat(keywords.claims("Moscow would accept guarantees only if China had a veto.", "RU", "RU", null))
                .extracting(ProposedClaim::modality, ProposedClaim::about).containsExactly(tuple("condition", null));
    }

    @Test
    void the_verb_that_reports_a_passage_gives_its_modality_when_the_words_have_no_cue() {
        assertThat(keywords.claims("the withdrawal of Ukrainian forces from Kherson", "RU", null, "demanded"))
                .extracting(ProposedClaim::modality, ProposedClaim::value).containsExactly(tuple("demand", "withdrawal {UA}"));
        assertThat(keywords.claims("a veto for the guarantors", "UA", null, "rejected"))
                .extracting(ProposedClaim::modality).containsOnly("reject");
        assertThat(keywords.claims("Russia must have a veto", "RU", null, "said"))
                .extracting(ProposedClaim::modality).containsExactly("demand");
    }
}
