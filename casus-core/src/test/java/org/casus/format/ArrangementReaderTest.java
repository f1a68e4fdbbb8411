package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.model.Procedure;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class ArrangementReaderTest {
    private static final String VALID = """
            id: test
            title: Test arrangement
            status: draft
            sources:
              text:
                title: A text
                url: https://example.org/text
            parties:
              protected: [UA]
              guarantors: [GB, RU, US]
              threats: [RU]
              cite: text
            decision:
              procedure: collective
              rule:
                unanimity: guarantors
              consultation-days: 3
              cite: text
            """;

    private static Arrangement read(String yaml) {
        return ArrangementReader.read(TreeReader.read("test.yaml", yaml, false), "test",
                TestLibrary.context().actors(), Set.of("un-security-council"));
    }

    private static List<String> problems(String yaml) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> read(yaml));
        assertThat(e).as("expected a format error").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void valid_file_reads_into_the_model() {
        Arrangement a = read(VALID);
        assertThat(a.id()).isEqualTo("test");
        assertThat(a.parties().guarantors()).containsExactly("GB", "RU", "US");
        assertThat(a.decision().procedure()).isEqualTo(Procedure.COLLECTIVE);
        assertThat(a.decision().rule()).isInstanceOf(DecisionRule.Unanimity.class);
        assertThat(a.decision().consultationDays()).isEqualTo(3);
    }

    @Test
    void json_is_read_like_yaml() {
        String json = """
                {"id": "test", "title": "Test arrangement", "status": "draft",
                 "sources": {"text": {"title": "A text", "url": "https://example.org/text"}},
                 "parties": {"protected": ["UA"], "guarantors": ["GB", "RU", "US"], "threats": ["RU"], "cite": "text"},
                 "decision": {"procedure": "collective", "rule": {"unanimity": "guarantors"},
                              "consultation-days": 3, "cite": "text"}}
                """;
        Arrangement fromJson = ArrangementReader.read(TreeReader.read("test.json", json, true), "test",
                TestLibrary.context().actors(), Set.of());
        assertThat(fromJson).isEqualTo(read(VALID));
    }

    @Test
    void misspelt_field_is_reported_with_a_suggestion_and_the_missing_field() {
        assertThat(problems(VALID.replace("title: Test", "titel: Test"))).containsExactly(
                "test.yaml:1:1: title: missing field; expected the arrangement's title",
                "test.yaml:2:1: titel: unknown field 'titel'; did you mean 'title'?");
    }

    @Test
    void unknown_actor_code_suggests_the_actor_with_that_alias() {
        assertThat(problems(VALID.replace("[GB, RU, US]", "[UK, RU, US]"))).containsExactly(
                "test.yaml:10:16: parties.guarantors[0]: unknown actor code 'UK'; did you mean GB (United Kingdom)?");
    }

    @Test
    void impossible_count_quota_is_an_error() {
        String yaml = VALID.replace("    unanimity: guarantors", "    quota: 4\n    of: guarantors");
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:16:12: decision.rule.quota: impossible quota: 4 votes of a set of 3 actors guarantors (GB, RU, US)");
    }

    @Test
    void fraction_above_one_is_an_error() {
        String yaml = VALID.replace("    unanimity: guarantors", "    quota: \"3/2\"\n    of: guarantors");
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:16:12: decision.rule.quota: impossible quota 3/2: a fraction must be more than 0 and at most 1");
    }

    @Test
    void deadline_must_be_positive() {
        assertThat(problems(VALID.replace("consultation-days: 3", "consultation-days: 0"))).containsExactly(
                "test.yaml:17:22: decision.consultation-days: expected a positive whole number of days, got 0");
    }

    @Test
    void rule_with_individual_procedure_is_contradictory() {
        assertThat(problems(VALID.replace("procedure: collective", "procedure: individual"))).containsExactly(
                "test.yaml:15:3: decision.rule: contradictory: a decision rule is given but the procedure is "
                        + "individual; use procedure: collective");
    }

    @Test
    void unknown_choice_lists_the_allowed_values_and_the_closest() {
        assertThat(problems(VALID.replace("status: draft", "status: drat"))).containsExactly(
                "test.yaml:3:9: status: expected one of in-force, historical, draft, proposal, baseline; "
                        + "got \"drat\" (did you mean draft?)");
    }

    @Test
    void citation_of_an_unknown_source_is_an_error() {
        assertThat(problems(VALID.replace("  threats: [RU]\n  cite: text", "  threats: [RU]\n  cite: txt")))
                .containsExactly("test.yaml:12:9: parties.cite: unknown source 'txt'; did you mean 'text'?");
    }

    @Test
    void id_must_match_the_file_name() {
        assertThat(problems(VALID.replace("id: test", "id: other"))).containsExactly(
                "test.yaml:1:5: id: the id 'other' does not match the file name; expected 'test'");
    }

    @Test
    void threat_that_is_also_protected_is_contradictory() {
        assertThat(problems(VALID.replace("threats: [RU]", "threats: [UA]"))).containsExactly(
                "test.yaml:11:3: parties.threats: contradictory: UA is both a protected state and a threat");
    }

    @Test
    void duplicate_key_is_reported_where_it_repeats() {
        assertThat(problems(VALID + "title: Again\n")).containsExactly(
                "test.yaml:19:1: title: duplicate key; it was first given at line 2");
    }

    @Test
    void syntax_error_names_line_and_column() {
        List<String> problems = problems(VALID.replace("  protected: [UA]", "  protected: [UA"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("test.yaml:10:").contains("YAML syntax error");
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        String yaml = VALID.replace("[GB, RU, US]", "[GB, XX, US]").replace("consultation-days: 3", "consultation-days: -1");
        assertThat(problems(yaml)).hasSize(2);
    }

    @Test
    void seek_action_needs_a_known_council() {
        String yaml = VALID + """
                obligations:
                  - who: guarantors
                    type: seek-action
                    body: un-security-counsil
                    cite: text
                """;
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:22:11: obligations[0].body: unknown council 'un-security-counsil'; did you mean "
                        + "'un-security-council'?");
    }

    private static final String DECIDER = VALID.replace("""
              procedure: collective
              rule:
                unanimity: guarantors
            """, """
              procedure: decider
              decider: US
              consults: [UA, GB]
              assessment: a joint assessment mechanism
            """);

    @Test
    void a_named_decider_reads_as_that_actors_rule_alone() {
        Arrangement a = read(DECIDER);
        assertThat(a.decision().procedure()).isEqualTo(Procedure.DECIDER);
        assertThat(a.decision().decider().consults()).containsExactly("UA", "GB");
        assertThat(a.decision().rule().voters()).containsExactly("US");
        assertThat(a.decision().isCollective()).isTrue();
    }

    @Test
    void a_decider_without_procedure_decider_is_contradictory_and_decider_needs_an_actor() {
        assertThat(problems(DECIDER.replace("procedure: decider", "procedure: individual")))
                .anySatisfy(p -> assertThat(p).contains("decision.decider: contradictory").contains("use procedure: decider"))
                .anySatisfy(p -> assertThat(p).contains("decision.consults: contradictory"));
        assertThat(problems(DECIDER.replace("  decider: US\n", ""))).singleElement()
                .satisfies(p -> assertThat(p).contains("decision.decider: missing field"));
    }

    @Test
    void an_obligation_may_answer_only_events_of_the_trigger() {
        String yaml = VALID + """
                trigger:
                  events: [armed-attack]
                  cite: text
                obligations:
                  - who: guarantors
                    type: consult
                    events: [threat]
                    cite: text
                """;
        assertThat(problems(yaml)).singleElement().satisfies(p -> assertThat(p)
                .contains("obligations[0].events: the event threat is not covered by trigger.events (armed-attack)"));
        Arrangement ok = read(yaml.replace("events: [armed-attack]", "events: [armed-attack, threat]"));
        assertThat(ok.obligations().get(0).answers(org.casus.model.TriggerEvent.THREAT)).isTrue();
        assertThat(ok.obligations().get(0).answers(org.casus.model.TriggerEvent.ARMED_ATTACK)).isFalse();
    }

    @Test
    void qualifiers_forfeiture_territory_and_instrument_are_read_and_checked() {
        Arrangement a = read(VALID.replace("status: draft", "status: draft\ninstrument: assurance") + """
                trigger:
                  events: [armed-attack]
                  qualifiers:
                    - kind: line-of-contact
                      text: across the line of contact
                      cite: text
                  cite: text
                forfeiture:
                  - by: [UA]
                    text: Ukraine invades Russia
                    cite: text
                territory:
                  - kind: swap
                    text: an exchange of territory
                    cite: text
                """);
        assertThat(a.instrument()).isEqualTo(org.casus.model.Instrument.ASSURANCE);
        assertThat(a.trigger().qualifiers()).singleElement().satisfies(q -> assertThat(q.kind())
                .isEqualTo(org.casus.model.TriggerQualifier.Kind.LINE_OF_CONTACT));
        assertThat(a.forfeitures()).singleElement().satisfies(f -> assertThat(f.by()).containsExactly("UA"));
        assertThat(a.territory()).singleElement().satisfies(t -> assertThat(t.kind())
                .isEqualTo(org.casus.model.TerritorialClause.Kind.SWAP));
        assertThat(problems(VALID + """
                forfeiture:
                  - by: [UK]
                    cite: text
                """)).anySatisfy(p -> assertThat(p).contains("forfeiture[0].by[0]: unknown actor code 'UK'"))
                .anySatisfy(p -> assertThat(p).contains("forfeiture[0].text: missing field"));
    }

    @Test
    void an_intervention_purpose_needs_the_right_it_limits() {
        assertThat(problems(VALID.replace("  consultation-days: 3", "  consultation-days: 3\n  intervention-purpose: to restore")))
                .singleElement().satisfies(p -> assertThat(p).contains("decision.intervention-purpose: contradictory"));
    }

    /** A power of ten with a hundred million digits would pin a core; the digits are bounded first. */
    @Test
    void a_fraction_quota_with_a_huge_exponent_is_refused_at_once() {
        String quota = VALID.replace("""
                  rule:
                    unanimity: guarantors
                """, """
                  rule:
                    quota: QUOTA
                    of: guarantors
                """);
        for (String q : List.of("1e-100000000", "1e100000000", "0.0000000000000000001")) {
            assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> problems(quota.replace("QUOTA", q)))).as(q).singleElement()
                    .satisfies(p -> assertThat(p).contains("decision.rule.quota").contains("impossible quota"));
        }
        assertThat(read(quota.replace("QUOTA", "0.000000000000000001")).decision().rule()).isNotNull();
    }
}
