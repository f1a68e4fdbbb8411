package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech, one test per pattern. The sentences are invented test data; nobody said these words. */
class ReportedSpeechTest {
    private final TextImporter importer = new TextImporter(Registry.actors(), LocalDate.of(2025, 6, 1));

    private List<ProposedStatement> reported(String text) {
        return importer.read(text).stream().filter(s -> !s.quoted()).toList();
    }

    private ProposedStatement only(String text) {
        List<ProposedStatement> found = reported(text);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void a_verb_with_that_reports_what_follows() {
        ProposedStatement s = only("Marco Rubio emphasized that the United States wants a durable peace.");
        assertThat(s.person()).isEqualTo("Marco Rubio");
        assertThat(s.words()).isEqualTo("the United States wants a durable peace");
        assertThat(s.sentence()).isEqualTo("Marco Rubio emphasized that the United States wants a durable peace.");
        assertThat(s.quoted()).isFalse();
    }

    @Test
    void the_reported_words_are_where_the_offsets_say() {
        String text = "Talks went on. Lavrov said Moscow would not accept foreign troops.";
        ProposedStatement s = only(text);
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.words()).isEqualTo("Moscow would not accept foreign troops");
    }

    @Test
    void a_position_verb_reports_its_object() {
        assertThat(only("Zelensky welcomed the exchange of prisoners.").words()).isEqualTo("the exchange of prisoners");
        assertThat(only("Lavrov called for a halt to arms deliveries.").words()).isEqualTo("a halt to arms deliveries");
    }

    @Test
    void a_gerund_the_tagger_calls_a_noun_still_reports_for_the_subject() {
        ProposedStatement s = only("Lavrov made a point of noting that Moscow wanted a lasting settlement.");
        assertThat(s.person()).isEqualTo("Sergey Lavrov");
        assertThat(s.words()).isEqualTo("Moscow wanted a lasting settlement");
    }

    @Test
    void threatening_reports_only_a_clause_or_an_infinitive() {
        assertThat(reported("Russian forces do not threaten civilians.")).isEmpty();
        assertThat(only("Lavrov threatened to end the talks.").words()).isEqualTo("to end the talks");
    }

    @Test
    void the_one_spoken_to_is_not_what_was_said() {
        ProposedStatement s = only("Peskov told reporters that the Kremlin saw no basis for a summit.");
        assertThat(s.person()).isEqualTo("Dmitry Peskov");
        assertThat(s.words()).isEqualTo("the Kremlin saw no basis for a summit");
    }

    @Test
    void a_pronoun_refers_to_the_last_speaker() {
        List<ProposedStatement> s = reported("Sybiha said Ukraine needed guarantees. He also noted that Kyiv would not "
                + "recognise occupied territories.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Andrii Sybiha", "Andrii Sybiha");
        assertThat(s.get(1).cue()).isEqualTo("pronoun");
    }

    @Test
    void an_actor_speaks_through_its_capital_or_institution() {
        assertThat(only("The Kremlin said the talks would continue next week.").actor()).isEqualTo("RU");
    }

    @Test
    void according_to_names_the_speaker_before_or_after() {
        ProposedStatement before = only("According to Peskov, the two leaders will speak again soon.");
        assertThat(before.person()).isEqualTo("Dmitry Peskov");
        assertThat(before.words()).isEqualTo("the two leaders will speak again soon");
        ProposedStatement after = only("The two leaders will speak again soon, according to Peskov.");
        assertThat(after.words()).isEqualTo("The two leaders will speak again soon");
    }

    @Test
    void two_speakers_in_one_sentence_give_two_statements() {
        List<ProposedStatement> s = reported("Lavrov said Moscow was ready to talk, and Rubio added that Washington "
                + "wanted results.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Sergey Lavrov", "Marco Rubio");
        assertThat(s.get(0).words()).isEqualTo("Moscow was ready to talk");
        assertThat(s.get(1).words()).isEqualTo("Washington wanted results");
    }

    @Test
    void a_report_inside_a_report_stays_the_reporters() {
        List<ProposedStatement> s = reported("Zelensky said that Macron had promised to send troops.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void the_passive_and_unknown_speakers_give_nothing() {
        assertThat(reported("It was noted that the ceasefire held.")).isEmpty();
        assertThat(reported("The sides stressed the need for further talks.")).isEmpty();
        assertThat(reported("One European diplomat said the plan was dead.")).isEmpty();
    }

    @Test
    void a_verb_with_nothing_reported_gives_no_statement() {
        assertThat(reported("Lavrov spoke with Rubio on Tuesday.")).isEmpty();
        assertThat(reported("Asked about the plan, Rubio answered carefully.")).isEmpty();
    }

    @Test
    void reported_claims_are_proposed_from_the_reported_words() {
        ProposedStatement s = only("Lavrov insisted that any guarantee needs a veto for Russia.");
        assertThat(s.claims()).extracting(ProposedClaim::clause).contains("decision.rule");
    }

    @Test
    void a_quoted_fragment_is_part_of_the_reported_statement_and_a_whole_quotation_is_its_own() {
        List<ProposedStatement> all = importer.read("Lavrov said foreign troops would be “a legitimate target”.");
        assertThat(all).extracting(ProposedStatement::words, ProposedStatement::quoted, ProposedStatement::person)
                .containsExactly(tuple("foreign troops would be “a legitimate target”", false, "Sergey Lavrov"));
        assertThat(importer.read("The plan is “dead on arrival”, according to the Kremlin."))
                .extracting(ProposedStatement::words, ProposedStatement::actor)
                .containsExactly(tuple("The plan is “dead on arrival”", "RU"));
        assertThat(importer.read("According to Sybiha, “the guarantees have to be binding.”"))
                .extracting(ProposedStatement::quoted).containsExactly(true);
        assertThat(importer.read("“We will not be rushed. Not by anyone,” Lavrov said, adding that talks would go on."))
                .extracting(ProposedStatement::quoted).containsExactly(true);
    }

    @Test
    void the_secretary_is_the_secretary_of_state_named_before() {
        List<ProposedStatement> s = reported("Marco Rubio spoke with Sergey Lavrov. The Secretary emphasized that the "
                + "war must end. He also noted that talks would continue.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Marco Rubio", "Marco Rubio");
        assertThat(reported("Press Secretary Karoline Leavitt said the call went well.")).isEmpty();
    }

    @Test
    void a_quotation_loses_the_comma_that_closes_it() {
        ProposedStatement q = importer.read("“We will not be rushed,” Lavrov said.").getFirst();
        assertThat(q.words()).isEqualTo("We will not be rushed");
    }

    @Test
    void what_was_said_may_come_first() {
        ProposedStatement inverted = only("Ukraine will not sign any paper that limits its army, said Andrii Sybiha.");
        assertThat(inverted.person()).isEqualTo("Andrii Sybiha");
        assertThat(inverted.words()).isEqualTo("Ukraine will not sign any paper that limits its army");
        ProposedStatement after = only("The talks will resume next week in Istanbul, Peskov said.");
        assertThat(after.person()).isEqualTo("Dmitry Peskov");
        assertThat(after.words()).isEqualTo("The talks will resume next week in Istanbul");
    }

    @Test
    void this_was_stated_by_gives_the_sentence_before() {
        List<ProposedStatement> s = reported("Security guarantees must be legally binding. This was stated by Andriy "
                + "Yermak in an interview.");
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().person()).isEqualTo("Andriy Yermak");
        assertThat(s.getFirst().words()).isEqualTo("Security guarantees must be legally binding");
    }

    @Test
    void a_participle_or_a_second_verb_shares_the_subject() {
        List<ProposedStatement> s = reported("Lavrov briefed the envoy on the situation, noting that Moscow wanted a "
                + "written treaty.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Sergey Lavrov");
        assertThat(s.getFirst().words()).isEqualTo("Moscow wanted a written treaty");
        assertThat(reported("Zelensky thanked the partners and reiterated his readiness for a ceasefire."))
                .extracting(ProposedStatement::words).containsExactly("the partners and reiterated his readiness for "
                        + "a ceasefire");
    }

    @Test
    void in_a_governments_own_text_the_impersonal_and_the_joint_are_its_own() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 3), "RU");
        List<ProposedStatement> s = kremlin.read("Vladimir Putin had a telephone conversation with Emmanuel Macron. "
                + "It was emphasised that the operation would continue. The presidents agreed to maintain contacts. "
                + "Adviser Ivan Petrov noted that the talks were useful.").stream().filter(p -> !p.quoted()).toList();
        assertThat(s).extracting(ProposedStatement::actor).containsExactly("RU", "RU", "RU");
        assertThat(s).extracting(ProposedStatement::person).containsOnlyNulls();
        assertThat(s).extracting(ProposedStatement::cue).containsOnly("author");
        assertThat(reported("It was emphasised that the operation would continue.")).isEmpty();
    }

    @Test
    void they_is_never_one_person() {
        TextImporter state = new TextImporter(Registry.actors(), LocalDate.of(2025, 3, 19), "US");
        List<ProposedStatement> s = state.read("Donald Trump spoke with Volodymyr Zelensky. Trump welcomed the talks. "
                + "They agreed to share intelligence.").stream().filter(p -> !p.quoted()).toList();
        assertThat(s).extracting(ProposedStatement::actor).containsExactly("US", "US");
        assertThat(s.get(1).person()).isNull();
    }

    @Test
    void a_day_named_beside_the_words_dates_the_statement_and_one_inside_them_does_not() {
        ProposedStatement s = only("On Monday, Lavrov said that the truce would begin on 30 August.");
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(importer.read("“We are ready,” Rubio said on Friday.").getFirst().date())
                .isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(only("Lavrov said that the truce would begin on 30 August.").date()).isNull();
    }

    @Test
    void the_head_of_state_and_the_leader_are_the_president_named_before() {
        assertThat(only("Volodymyr Zelensky met reporters in Kyiv. The Head of State said that Ukraine will fight.")
                .person()).isEqualTo("Volodymyr Zelensky");
        assertThat(only("Vladimir Putin spoke with Emmanuel Macron. The Russian leader noted that the talks had stalled.")
                .person()).isEqualTo("Vladimir Putin");
        assertThat(only("Volodymyr Zelensky spoke with Antony Blinken. The Head of the Ukrainian state emphasized that "
                + "there is no alternative to peace.").person()).isEqualTo("Volodymyr Zelensky");
        assertThat(importer.read("Volodymyr Zelensky spoke with Antony Blinken. The Head of the State Border Guard "
                + "Service said that the border is calm.")).extracting(ProposedStatement::person)
                .doesNotContain("Volodymyr Zelensky"); // a State service's head, not the head of state
    }

    @Test
    void a_connective_goes_on_with_the_report_before_in_the_same_tense() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 3, 7), "RU");
        List<ProposedStatement> s = kremlin.read("Vladimir Putin stressed that the army had opened corridors. "
                + "However, the battalions blocked them. Meanwhile, the battalions continue to shell the towns.");
        assertThat(s).extracting(ProposedStatement::words)
                .containsExactly("the army had opened corridors", "the battalions blocked them");
        assertThat(s).extracting(ProposedStatement::person).containsOnly("Vladimir Putin");
        assertThat(s.get(1).cue()).isEqualTo("continued");
        assertThat(reported("Zelensky noted that the talks are hard. But the longer Russia delays, the higher the "
                + "price will be.")).hasSize(2);
        assertThat(reported("Zelensky welcomed the talks in Geneva. But the talks failed a week later.")).hasSize(1);
        assertThat(reported("Zelensky said that the issue is important. Therefore, the future of the occupied Crimea "
                + "should be decided by the presidents.")).hasSize(2);
        assertThat(reported("Yermak noted that sanctions must grow. And now one of the main issues is security "
                + "guarantees.")).extracting(ProposedStatement::words).containsExactly("sanctions must grow",
                "now one of the main issues is security guarantees");
        assertThat(reported("Yermak noted that sanctions must grow. And the talks ended a week later.")).hasSize(1);
    }

    @Test
    void a_name_in_quotation_marks_is_not_a_quotation() {
        List<ProposedStatement> s = importer.read("Lavrov told the channel \"Russia 24\" that Moscow would not accept "
                + "foreign troops.");
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().quoted()).isFalse();
        assertThat(s.getFirst().person()).isEqualTo("Sergey Lavrov");
        assertThat(importer.read("Lavrov called the plan \"Unacceptable.\"")).extracting(ProposedStatement::quoted)
                .containsExactly(true);
    }

    @Test
    void a_verb_the_tagger_misreads_still_reports() {
        ProposedStatement convinced = only("Zelensky is convinced that Russia will not stop.");
        assertThat(convinced.person()).isEqualTo("Volodymyr Zelensky");
        assertThat(convinced.words()).isEqualTo("Russia will not stop");
        assertThat(only("Putin mentioned the fact that civilians had been evacuated.").words())
                .isEqualTo("the fact that civilians had been evacuated");
        assertThat(reported("Putin mentioned the order to halt the assault.")).isEmpty();
    }

    @Test
    void a_stance_named_is_not_a_stance_stated() {
        assertThat(reported("Putin reiterated Russia's demands made earlier.")).isEmpty();
        assertThat(reported("Lavrov stated his well-known position on this issue.")).isEmpty();
        assertThat(only("Putin reiterated that Russia's demands were unchanged.").words())
                .isEqualTo("Russia's demands were unchanged");
        assertThat(reported("Zelensky outlined the urgent needs of the army.")).isEmpty();
        assertThat(only("Zelensky stressed the need to recognize Russia as a state sponsor of terrorism.").words())
                .isEqualTo("the need to recognize Russia as a state sponsor of terrorism");
    }

    @Test
    void a_participle_with_its_agent_is_not_a_report() {
        ProposedStatement s = only("Responding to the concerns expressed by Emmanuel Macron, Vladimir Putin emphasised "
                + "that civilians were protected.");
        assertThat(s.person()).isEqualTo("Vladimir Putin");
        assertThat(s.words()).isEqualTo("civilians were protected");
    }

    @Test
    void a_name_the_registry_does_not_know_is_who_the_text_introduced_it_as() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 1), "RU");
        List<ProposedStatement> turkey = kremlin.read("Vladimir Putin had a telephone conversation with President of "
                + "the Republic of Turkey Recep Tayyip Erdogan. Recep Tayyip Erdogan expressed gratitude for the help.");
        assertThat(turkey).extracting(ProposedStatement::actor).containsExactly("TR");
        assertThat(turkey.getFirst().person()).isNull();
        assertThat(kremlin.read("Vladimir Putin had a telephone conversation with Prime Minister of the Republic of "
                + "India Narendra Modi. Narendra Modi expressed readiness to help.")).isEmpty();
        assertThat(kremlin.read("Vladimir Putin had a telephone conversation with Prime Minister of India Narendra "
                + "Modi. The Prime Minister of India asked for assistance in evacuating students.")).isEmpty();
        assertThat(kremlin.read("Adviser Ivan Petrov noted that the talks were useful."))
                .extracting(ProposedStatement::actor).containsExactly("RU");
    }

    @Test
    void a_title_refers_to_the_person_it_introduced() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 6, 17), "UA");
        String intro = "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva had a call with an adviser. ";
        assertThat(kyiv.read(intro + "The Deputy Head of the Office of the President emphasized the importance of "
                + "support.")).extracting(ProposedStatement::person).containsExactly("Ihor Zhovkva");
        assertThat(kyiv.read("Deputy Head of the Office of the President of Ukraine met an adviser. The Deputy Head of "
                + "the Office of the President emphasized the importance of support."))
                .extracting(ProposedStatement::person).containsOnlyNulls();
        assertThat(kyiv.read("Deputy Head of the Office of the President of Ukraine Andriy Sybiha held consultations. "
                + "\"We are creating a new history,\" said the Deputy Head of the Office of the President."))
                .extracting(ProposedStatement::person).containsExactly("Andrii Sybiha"); // the registry spells him Andrii
        assertThat(kyiv.read("Deputy Head of the Office of the President said little, and Ihor Zhovkva left. The "
                + "Deputy Head of the Office of the President emphasized the importance of support."))
                .extracting(ProposedStatement::person).containsOnlyNulls();
    }

    /** Of two holders of an office, the one whose role the title spells out; a title before a name the registry lacks is that person's. */
    @Test
    void a_title_that_spells_out_a_role_or_comes_before_a_name_is_that_holders() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 20), "UA");
        assertThat(kyiv.read("Volodymyr Zelensky met Charles Michel and Ursula von der Leyen. The President of the "
                + "European Council noted that the EU adopted a decision. The President of the European Commission "
                + "noted that the EU will help.")).extracting(ProposedStatement::person)
                .containsExactly("Charles Michel", "Ursula von der Leyen");
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 10), "RU");
        assertThat(kremlin.read("Vladimir Putin met Kassym-Jomart Tokayev. President Tokayev noted that trade had grown."))
                .extracting(ProposedStatement::person).doesNotContain("Vladimir Putin");
    }

    /** An interviewer introduced after the President's title is no official; the questions answered are no statement. */
    @Test
    void the_interviewer_of_the_president_is_not_the_presidents_side() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 11, 13), "RU");
        assertThat(kremlin.read("The President answered questions from Pavel Zarubin, a journalist. Pavel Zarubin: Mr "
                + "President, what do you think of the talks? Vladimir Putin: We think that the talks are useful."))
                .extracting(ProposedStatement::person, ProposedStatement::actor)
                .containsExactly(tuple("Vladimir Putin", "RU"));
    }

    /** {@code said that Ukraine and the EU had agreed}: one subject of two, inside the report, starts no report of its own. */
    @Test
    void a_subject_of_two_inside_a_report_is_part_of_it() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 20), "UA");
        assertThat(kyiv.read("The President said that Ukraine and the EU had agreed to work closely together."))
                .extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "Ukraine and the EU had agreed to work closely together"));
    }

    /** After a topic put first, {@code according to X,} opens what X said; {@code ..., as X states at the talks} says nothing more. */
    @Test
    void a_fronted_topic_and_a_comment_clause_are_not_what_was_said() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 5), "UA");
        assertThat(kyiv.read("As for joining NATO, according to Volodymyr Zelenskyy, Ukraine is ready to join the "
                + "Alliance.")).extracting(ProposedStatement::words).containsExactly("Ukraine is ready to join the Alliance");
        assertThat(kyiv.read("Ukraine will build a state that will defend itself, as the Ukrainian side openly states at "
                + "the talks.")).extracting(ProposedStatement::words).doesNotContain("at the talks");
        assertThat(kyiv.read("The war goes on, as Volodymyr Zelensky said, and Ukrainians have proved that they will "
                + "fight.")).extracting(ProposedStatement::person).contains("Volodymyr Zelensky");
    }

    /** In a transcript, "you" who stressed something is the speaker of the turn answered; "as you said" is left alone. */
    @Test
    void you_in_a_turn_is_the_speaker_answered() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 11, 26), "RU");
        String transcript = "President of Russia Vladimir Putin: Mr Prime Minister, thank you for coming to Sochi today. "
                + "Prime Minister of Armenia Nikol Pashinyan: Thank you, Mr President. ";
        assertThat(kremlin.read(transcript + "You have already stressed that Russia and Armenia are allies."))
                .filteredOn(p -> p.words().startsWith("Russia and Armenia"))
                .extracting(ProposedStatement::person).containsExactly("Vladimir Putin");
        assertThat(kremlin.read(transcript + "As you have said, this visit is not just a practical one."))
                .extracting(ProposedStatement::words).noneMatch(w -> w.startsWith("this visit"));
    }

    /** The participants of a named meeting are both sides, as the participants are: the author reports them. */
    @Test
    void the_participants_in_the_consultations_are_both_sides() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 16), "UA");
        String meeting = "Andriy Yermak held consultations with the Polish delegation. ";
        for (String group : List.of("The participants", "The participants in the consultations",
                "The participants of the bilateral meeting")) {
            assertThat(kyiv.read(meeting + group + " agreed that Ukraine is defending Europe."))
                    .extracting(ProposedStatement::actor, ProposedStatement::words)
                    .containsExactly(tuple("UA", "Ukraine is defending Europe"));
        }
    }

    /** Two of one side who say one thing are the first named; two of both sides who agree are the author's voice. */
    @Test
    void a_pair_of_one_side_is_the_first_named_and_a_pair_of_both_sides_the_author() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 6, 2), "UA");
        assertThat(kyiv.read("Andriy Yermak and Commander Valerii Zaluzhnyi thanked the United States for its assistance."))
                .extracting(ProposedStatement::person, ProposedStatement::actor)
                .containsExactly(tuple("Andriy Yermak", "UA"));
        assertThat(kyiv.read("Andriy Yermak and Jake Sullivan agreed to stay in contact."))
                .extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::cue)
                .containsExactly(tuple(null, "UA", "author"));
    }

    /** An interview whose turns open with dashes: the answers, not the questions, are the interviewee's turns. */
    @Test
    void in_a_dash_interview_each_answer_is_a_turn_of_the_interviewee() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 14), "UA");
        List<ProposedStatement> s = kyiv.read("Interview of President of Ukraine Volodymyr Zelenskyy to an Italian "
                + "newspaper. - Mr President, troops are gathering. Will there be talks? - We are ready to negotiate, "
                + "but not to surrender. Ukraine will not give up its land. - And the guarantees? - Guarantees must be "
                + "legally binding.");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "turn", "We are ready to negotiate, but not to surrender. "
                        + "Ukraine will not give up its land"), tuple("Volodymyr Zelensky", "turn",
                        "Guarantees must be legally binding"));
        assertThat(kyiv.read("Volodymyr Zelenskyy met the press. - Ukraine will not give up its land. - The talks go "
                + "on.")).isEmpty();
        assertThat(kyiv.read("Interview of President of Ukraine Volodymyr Zelenskyy to a newspaper. - Mr President, "
                + "\u201cnever give up\u201d is your motto. Will there be talks? - We are ready to negotiate."))
                .filteredOn(p -> !p.quoted()).extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "We are ready to negotiate"));
    }

    /**
     * Visiting ministers, named by title and then as {@code the ministers} or in a list of their names, speak
     * through the first of them (the annotation guideline); with the author's own minister among them they are
     * both sides, the author's voice.
     */
    @Test
    void visiting_ministers_speak_through_the_first_named() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 6), "UA");
        String visit = "Volodymyr Zelenskyy met with Minister of Foreign Affairs of Poland Jan Nowak, Minister of "
                + "Foreign Affairs of Finland Pekka Virtanen and Minister of Foreign Affairs of Estonia Mari Tamm. ";
        assertThat(kyiv.read(visit + "The ministers expressed their support for Ukraine's membership of the EU. They "
                + "offered to help rebuild the schools destroyed by the war."))
                .extracting(ProposedStatement::actor, ProposedStatement::person)
                .containsExactly(tuple("PL", null), tuple("PL", null));
        assertThat(kyiv.read(visit + "For their part, the Nordic and Baltic Foreign Ministers underscored their support "
                + "for sanctions.")).extracting(ProposedStatement::actor).containsExactly("PL");
        assertThat(kyiv.read(visit + "Jan Nowak, Pekka Virtanen and Mari Tamm expressed the opinion that the security "
                + "of Ukraine is the security of Europe.")).extracting(ProposedStatement::actor).containsExactly("PL");
        assertThat(kyiv.read("Volodymyr Zelenskyy met with the Presidents of Poland and Lithuania. The leaders of Poland and "
                + "Lithuania reaffirmed their support for Ukraine's course towards the EU."))
                .extracting(ProposedStatement::actor).containsExactly("PL");
        assertThat(kyiv.read("Volodymyr Zelenskyy held talks with Prime Minister of Bulgaria Kiril Petkov. Kiril Petkov, for his "
                + "part, expressed support for our state.")).extracting(ProposedStatement::actor).containsExactly("BG");
        assertThat(kyiv.read("Minister of Foreign Affairs of Ukraine Dmytro Kuleba met with Minister of Foreign "
                + "Affairs of Poland Jan Nowak. The ministers agreed to continue consultations."))
                .extracting(ProposedStatement::actor, ProposedStatement::cue).containsExactly(tuple("UA", "author"));
    }

    @Test
    void an_impersonal_passive_may_carry_adverbs_or_name_the_stance() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 14), "RU");
        assertThat(kremlin.read("It was also noted that the authorities are aggravating the situation. Hope was "
                + "expressed that the problem would be removed soon. It was once again pointed out that talks matter."))
                .extracting(ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("RU", "the authorities are aggravating the situation"),
                        tuple("RU", "the problem would be removed soon"), tuple("RU", "talks matter"));
        assertThat(kremlin.read("Serious concerns were expressed due to the deteriorating situation along the line."))
                .extracting(ProposedStatement::words)
                .containsExactly("Serious concerns were expressed due to the deteriorating situation along the line");
    }

    @Test
    void an_invitation_to_do_something_is_a_statement_and_to_a_place_is_not() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 16), "UA");
        assertThat(kyiv.read("Andriy Yermak also invited Poland to take an active part in the reconstruction. Andriy "
                + "Yermak was invited to the summit. Andriy Yermak invited the ambassadors for a meeting."))
                .extracting(ProposedStatement::words).containsExactly("Poland to take an active part in the reconstruction");
    }

    @Test
    void a_passive_whose_subject_is_the_matter_states_it() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 14), "RU");
        assertThat(kremlin.read("Ukraine's policy of discrimination against Russian-speaking people was pointed out as "
                + "well. The expediency of stepping up the efforts of the OSCE Minsk Group was supported."))
                .extracting(ProposedStatement::words).containsExactly(
                        "Ukraine's policy of discrimination against Russian-speaking people",
                        "The expediency of stepping up the efforts of the OSCE Minsk Group");
        assertThat(kremlin.read("This right is conditioned by other points that were supported, as a package. "
                + "That is what they are called.")).isEmpty();
    }

    @Test
    void examples_greetings_and_wishes_given_are_statements() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 14), "RU");
        assertThat(kremlin.read("Vladimir Putin provided specific examples of violations by Kiev. Specific examples of "
                + "Kiev's course were given. The presidents exchanged Christmas and New Year greetings. Vladimir Putin "
                + "wished Emmanuel Macron a happy birthday."))
                .extracting(ProposedStatement::actor, ProposedStatement::words).containsExactly(
                        tuple("RU", "specific examples of violations by Kiev"),
                        tuple("RU", "Specific examples of Kiev's course"),
                        tuple("RU", "Christmas and New Year greetings"),
                        tuple("RU", "Emmanuel Macron a happy birthday"));
        assertThat(kremlin.read("Vladimir Putin provided assistance to the region. Vladimir Putin wished to visit "
                + "Paris. The parties exchanged views on Ukraine.")).isEmpty();
    }

    @Test
    void speaking_in_favour_of_something_states_a_stance() {
        ProposedStatement s = only("Vladimir Putin spoke in favour of discussing these problems during direct contacts.");
        assertThat(s.person()).isEqualTo("Vladimir Putin");
        assertThat(s.words()).isEqualTo("discussing these problems during direct contacts");
    }

    @Test
    void a_turn_labelled_by_a_name_alone_is_no_officials() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 22), "RU");
        assertThat(kremlin.read("The President took questions.\n\nPavel Zarubin: Your decisions have evoked a storm. "
                + "You have already said that this is not the case. President of Russia Vladimir Putin: Let us start "
                + "with the Minsk agreements. As it was said yesterday, the efforts reduced it all to naught."))
                .extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly(tuple("Vladimir Putin", "turn"));
    }

    @Test
    void a_label_nobody_is_known_by_ends_the_turn_before_it() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 22), "RU");
        assertThat(kremlin.read("President of Russia Vladimir Putin: Let us start with the Minsk agreements. "
                + "Pavel Zarubin: Your decisions have evoked a storm. What is next?"))
                .extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Vladimir Putin", "Let us start with the Minsk agreements"));
    }

    @Test
    void a_bare_label_of_someone_named_before_with_an_office_is_an_official_and_asterisks_end_a_section() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 3, 11), "RU");
        assertThat(kremlin.read("Taking part were Defence Minister Sergei Shoigu and others. * * * President of "
                + "Russia Vladimir Putin: Good afternoon, colleagues. Go ahead, please. Sergei Shoigu: We are "
                + "receiving a huge number of requests."))
                .extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("Vladimir Putin", "RU", "Good afternoon, colleagues. Go ahead, please"),
                        tuple(null, "RU", "We are receiving a huge number of requests"));
    }

    /** A title of ten words with its of and the is the subject whole, not its last words (the President of Ukraine). */
    @Test
    void a_long_title_is_the_subject_whole() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 3, 31), "UA");
        assertThat(kyiv.read("Andriy Yermak gave an interview. The Head of the Office of the President of Ukraine stressed "
                + "that sanctions should also be imposed on Russian energy."))
                .extracting(ProposedStatement::person).containsExactly("Andriy Yermak");
    }

    /** A turn of fewer than three words says nothing to record. */
    @Test
    void a_turn_of_two_words_is_no_statement() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 16), "RU");
        assertThat(kremlin.read("President of Russia Vladimir Putin: Our agenda is very busy. Prime Minister of Armenia "
                + "Nikol Pashinyan: Certainly. Vladimir Putin: Thank you. <…>"))
                .extracting(ProposedStatement::words).containsExactly("Our agenda is very busy");
    }

    /** In the turn of someone the registry does not know, an office or body named is not the author's voice. */
    @Test
    void in_an_unknown_speakers_turn_nothing_is_the_authors() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 6, 18), "RU");
        assertThat(kremlin.read("President of Russia Vladimir Putin: Welcome to Moscow. Member of the Presidency Milan Petrovic"
                + "(retranslated): Thank you. Universities and faculties maintain interaction, and everything is moving "
                + "on well.")).extracting(ProposedStatement::person).containsExactly("Vladimir Putin");
    }

    /** In a turn, what the speaker's own side proposed is the speaker's words; what both sides stated is a statement. */
    @Test
    void within_a_turn_the_speakers_own_side_is_the_turn_and_both_sides_are_the_author() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 9), "RU");
        List<ProposedStatement> s = kremlin.read("President of Russia Vladimir Putin: Friends, we remember the war. "
                + "Last December we proposed signing a treaty on security guarantees. Russia urged the West to hold an "
                + "honest dialogue. I would add that the sides have stated their readiness to continue their work.");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::cue)
                .containsExactly(tuple("Vladimir Putin", "RU", "turn"), tuple(null, "RU", "author"));
        assertThat(s.getFirst().words()).isEqualTo("Friends, we remember the war. Last December we proposed signing a "
                + "treaty on security guarantees. Russia urged the West to hold an honest dialogue");
        assertThat(kremlin.read("President of Russia Vladimir Putin: Friends, we remember the war. The United States "
                + "insisted on its exceptionalism. But we are a different country."))
                .extracting(ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("RU", "Friends, we remember the war"), tuple("US", "on its exceptionalism"));
    }

    /** A heading run into the first label, and a director labelled with his office and later by his name alone. */
    @Test
    void a_heading_before_a_label_is_no_part_of_it_and_a_director_labelled_with_his_office_is_an_official() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 12), "RU");
        assertThat(kremlin.read("Vladimir Putin met with the head of the space agency.\n\nBeginning of the meeting "
                + "President of Russia Vladimir Putin: Mr Ivanov, we have been discussing the industry all day. Space "
                + "Agency General Director Pavel Ivanov: My pleasure, Mr President. The sanctions were expected. "
                + "Vladimir Putin: These are attempts to hold us back. Pavel Ivanov: Absolutely. There was no other logic."))
                .extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("Vladimir Putin", "RU", "Mr Ivanov, we have been discussing the industry all day"),
                        tuple(null, "RU", "My pleasure, Mr President. The sanctions were expected"),
                        tuple("Vladimir Putin", "RU", "These are attempts to hold us back"),
                        tuple(null, "RU", "Absolutely. There was no other logic"));
        assertThat(kremlin.read("Taking part were the heads of the oil companies and VEB.RF *** Beginning of "
                + "Russian-Chinese talks President of the People's Republic of China Wang Ming(retranslated): We regard "
                + "this as a very good sign. President of Russia Vladimir Putin: Good afternoon, colleagues."))
                .extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple(null, "CN", "We regard this as a very good sign"),
                        tuple("Vladimir Putin", "RU", "Good afternoon, colleagues"));
    }

    @Test
    void the_head_of_the_presidents_office_with_a_curly_apostrophe_is_the_head() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 11, 4), "UA");
        assertThat(kyiv.read("The Head of the President\u2019s Office reminded that the day before, President of "
                + "Ukraine Volodymyr Zelenskyy had taken the initiative to provide aid."))
                .extracting(ProposedStatement::person).containsExactly("Andriy Yermak");
    }

    @Test
    void he_said_this_makes_the_sentences_before_his() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 19), "UA");
        assertThat(kyiv.read("President of Ukraine Volodymyr Zelenskyy initiates consultations with the guarantor "
                + "states. He said this during a speech at the Munich Security Conference."))
                .extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "President of Ukraine Volodymyr Zelenskyy initiates "
                        + "consultations with the guarantor states"));
        assertThat(kyiv.read("Volodymyr Zelenskyy stressed that talks must go on. He said this during a speech."))
                .extracting(ProposedStatement::words).containsExactly("talks must go on");
    }

    @Test
    void the_interlocutors_are_both_sides_and_a_participle_tagged_as_adjective_still_reports() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 13), "UA");
        assertThat(kyiv.read("The interlocutors reaffirmed the unity of positions on the peace process. Kiev's chronic "
                + "subversion of the Minsk agreements was underscored. For her part, the Speaker of the House of "
                + "Representatives of the United States conveyed greetings from the Congress."))
                .extracting(ProposedStatement::actor).containsExactly("UA", "UA", "US");
    }

    @Test
    void a_quotation_after_reported_words_and_a_colon_is_one_statement_with_them() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 6), "UA");
        List<ProposedStatement> s = kyiv.read("Volodymyr Zelenskyy noted the leading role of the Baltic states and "
                + "stressed: \"It is extremely important to maintain the integrity of sanctions.\"");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::quoted)
                .containsExactly(tuple("Volodymyr Zelensky", false));
        assertThat(s.getFirst().words()).startsWith("the leading role").contains("integrity of sanctions");
        assertThat(kyiv.read("Volodymyr Zelenskyy said: \"We will not give up our land.\""))
                .extracting(ProposedStatement::quoted).containsExactly(true);
    }

    @Test
    void being_supportive_of_something_states_a_stance() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2021, 10, 25), "RU");
        assertThat(kremlin.read("The leaders were supportive of maintaining the nuclear deal."))
                .extracting(ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("RU", "maintaining the nuclear deal"));
    }

    @Test
    void assurances_and_an_opening_participle_report_what_follows() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 1, 17), "UA");
        assertThat(kyiv.read("Noting the unity of approaches to the peace process, the parties expressed hope that "
                + "talks go on.")).extracting(ProposedStatement::actor, ProposedStatement::words).containsExactly(
                        tuple("UA", "the unity of approaches to the peace process, the parties expressed hope that "
                                + "talks go on"));
        TextImporter lisbon = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 21), "PT");
        assertThat(lisbon.read("The Prime Minister assured Ukraine of his country's support in winning the war."))
                .extracting(ProposedStatement::words).containsExactly("Ukraine of his country's support in winning the war");
        assertThat(lisbon.read("The Prime Minister assured reporters.")).isEmpty();
        assertThat(lisbon.read("The Prime Minister also assured of further assistance in the abolition of duties."))
                .extracting(ProposedStatement::words).containsExactly("of further assistance in the abolition of duties");
    }

    /** {@code called X important} and {@code called important X} assess X; {@code called} someone is a call. */
    @Test
    void calling_something_important_is_an_assessment() {
        assertThat(only("Zelensky called Canada's support for demining the de-occupied territories extremely important.")
                .words()).isEqualTo("Canada's support for demining the de-occupied territories extremely important");
        assertThat(only("Zelensky called important the direction of this group's work.").words())
                .isEqualTo("the direction of this group's work");
        assertThat(importer.read("Zelensky called Ukrainian President Volodymyr Zelensky. Lavrov called Antony Blinken "
                + "on Monday.")).isEmpty();
    }

    @Test
    void a_connective_does_not_continue_a_report_when_others_act() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 10), "UA");
        assertThat(kyiv.read("Emmanuel Macron expressed support for the initiatives of Ukraine. In addition, the "
                + "parties discussed issues of European energy security."))
                .extracting(ProposedStatement::person).containsExactly("Emmanuel Macron");
    }

    @Test
    void the_president_of_a_state_the_registry_does_not_know_is_not_the_authors() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 25), "RU");
        assertThat(kremlin.read("The President of Syria expressed strong support for the operation.")).isEmpty();
        assertThat(kremlin.read("The President expressed strong support for the operation."))
                .extracting(ProposedStatement::person).containsExactly("Vladimir Putin");
    }

    @Test
    void a_long_speaker_phrase_may_end_the_sentence_after_a_quotation() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 22), "UA");
        assertThat(kyiv.read("\"There is a real opportunity to ensure a ceasefire,\" Acting First Deputy Head of the "
                + "Ukrainian Delegation to the TCG Andriy Kostin said."))
                .extracting(ProposedStatement::actor, ProposedStatement::cue).containsExactly(tuple("UA", "X said"));
    }

    @Test
    void the_purpose_of_a_call_is_what_was_said() {
        ProposedStatement s = only("President Joseph R. Biden, Jr. spoke with Volodymyr Zelensky to congratulate him "
                + "on the anniversary.");
        assertThat(s.person()).isEqualTo("Joe Biden");
        assertThat(s.words()).isEqualTo("him on the anniversary");
        assertThat(reported("Lavrov met Rubio to discuss the embassies.")).isEmpty();
    }

    @Test
    void in_his_opinion_is_the_view_of_whom_his_refers_to() {
        List<ProposedStatement> s = reported("Zelensky met reporters in Kyiv. In his opinion, the war must end with "
                + "guarantees.");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Volodymyr Zelensky");
        assertThat(s.getFirst().words()).isEqualTo("the war must end with guarantees");
    }

    @Test
    void this_was_stated_by_gives_the_whole_lead_of_its_paragraph() {
        List<ProposedStatement> s = reported("Ukraine wants guarantees. It will not give up land. This was stated by "
                + "Volodymyr Zelensky. He spoke in Kyiv.");
        assertThat(s).extracting(ProposedStatement::words)
                .containsExactly("Ukraine wants guarantees", "It will not give up land");
        assertThat(s).extracting(ProposedStatement::person).containsOnly("Volodymyr Zelensky");
    }

    @Test
    void two_leaders_of_two_actors_agree_jointly() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 13), "RU");
        List<ProposedStatement> s = kremlin.read("The President of Russia and the Federal Chancellor of Germany agreed "
                + "that contacts would continue.");
        assertThat(s).extracting(ProposedStatement::actor).containsExactly("RU");
        assertThat(s.getFirst().person()).isNull();
        assertThat(reported("Russia and Ukraine agreed to exchange prisoners.")).isEmpty();
    }

    @Test
    void a_reporting_verb_in_another_tense_is_inside_what_was_said() {
        assertThat(reported("Andriy Yermak said that there are programmes, and Ukraine also welcomes help from partners."))
                .extracting(ProposedStatement::person).containsExactly("Andriy Yermak");
    }

    @Test
    void this_alone_points_back_to_what_was_said() {
        assertThat(reported("Zelensky said that talks must go on. He said this while visiting Paris.")).hasSize(1);
        assertThat(reported("Zelensky said this could be the first step.")).hasSize(1);
    }

    @Test
    void according_to_may_follow_a_connective() {
        List<ProposedStatement> s = reported("Zelensky met reporters in Kyiv. Therefore, according to the President, "
                + "the talks will go on.");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "the talks will go on"));
    }

    @Test
    void directing_attention_reports_what_it_is_directed_to() {
        assertThat(only("Putin directed the attention of the Chancellor to the shelling of Donetsk.").person())
                .isEqualTo("Vladimir Putin");
        assertThat(reported("Putin directed the operation from Moscow.")).isEmpty();
    }

    @Test
    void in_a_governments_own_text_a_passive_says_its_subject() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 6, 15), "RU");
        assertThat(kremlin.read("The importance of cooperation within the SCO was underscored."))
                .extracting(ProposedStatement::actor, ProposedStatement::words)
                .containsExactly(tuple("RU", "The importance of cooperation within the SCO"));
        assertThat(kremlin.read("The proposal was welcomed by Emmanuel Macron.")).isEmpty();
        assertThat(reported("The importance of cooperation within the SCO was underscored.")).isEmpty();
    }

    @Test
    void a_readouts_purpose_may_state_a_stance() {
        TextImporter state = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 14), "US");
        assertThat(state.read("Secretary Blinken spoke with Foreign Minister Kuleba to reinforce the United States’ "
                + "commitment to Ukraine.")).extracting(ProposedStatement::actor).containsExactly("US");
        assertThat(reported("Russia reinforced its troops in the east.")).isEmpty();
    }

    @Test
    void a_transcripts_turn_is_its_speakers_statement_until_someone_else_is_reported() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 14), "RU");
        List<ProposedStatement> s = kremlin.read("Vladimir Putin met Sergei Lavrov.\n\n"
                + "President of Russia Vladimir Putin: Mr Lavrov, we agreed to discuss the replies. I am listening.\n\n"
                + "Foreign Minister of Russia Sergei Lavrov: Thank you. We are working on it. I believe, they will answer. "
                + "Steve Witkoff said that Washington would reply in writing.");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::words).containsExactly(
                tuple("Vladimir Putin", "Mr Lavrov, we agreed to discuss the replies. I am listening"),
                tuple("Sergey Lavrov", "Thank you. We are working on it. I believe, they will answer"),
                tuple("Steve Witkoff", "Washington would reply in writing"));
        assertThat(s.getFirst().cue()).isEqualTo("turn");
        assertThat(reported("The talks went on: Lavrov stayed.")).isEmpty();
    }

    @Test
    void a_relative_that_after_a_noun_opens_no_clause() {
        assertThat(reported("Putin informed Macron on the subjects that were raised in Paris.")).isEmpty();
        assertThat(only("Zelensky reminded that Ukrainians protested.").words()).isEqualTo("Ukrainians protested");
    }

    @Test
    void declaring_is_speech_only_with_a_clause() {
        assertThat(reported("The Kiev regime declared the city the temporary capital.")).isEmpty();
        assertThat(only("Zelensky declared that Ukraine would not give up land.").person()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void a_group_or_both_parties_speak_jointly_in_a_governments_own_text() {
        TextImporter state = new TextImporter(Registry.actors(), LocalDate.of(2025, 2, 18), "US");
        assertThat(state.read("The group agreed to remain in close contact. Both parties expressed interest in trade. "
                + "The second part of the package says that rights are limited."))
                .extracting(ProposedStatement::actor).containsExactly("US", "US");
    }

    @Test
    void according_to_frames_the_whole_sentence() {
        assertThat(reported("Zelensky met Grossi in Kyiv. According to the President, Ukraine has proposed an initiative "
                + "to deploy peacekeepers.")).extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Volodymyr Zelensky", "Ukraine has proposed an initiative to deploy peacekeepers"));
    }

    @Test
    void according_to_one_person_another_said_is_the_other_persons() {
        assertThat(reported("Zelensky met Scholz in Kyiv. According to the President, Olaf Scholz expressed Germany's "
                + "full support for Ukraine's sovereignty.")).extracting(ProposedStatement::person, ProposedStatement::words)
                .containsExactly(tuple("Olaf Scholz", "Germany's full support for Ukraine's sovereignty"));
    }

    @Test
    void the_title_of_someone_met_is_not_the_next_pronouns_referent() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 2, 22), "UA");
        assertThat(kyiv.read("Volodymyr Zelenskyy said that he had spoken with European Council President Charles "
                + "Michel. A phone conversation with Turkish President Recep Tayyip Erdoğan is also planned. He noted "
                + "that the ministry had sent a request.")).extracting(ProposedStatement::person)
                .doesNotContain("Charles Michel");
    }

    @Test
    void the_heads_of_state_together_are_the_authors_voice_and_us_with_stops_is_the_united_states() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 3, 21), "RU");
        assertThat(kremlin.read("The heads of state exchanged congratulations on the anniversary of relations."))
                .extracting(ProposedStatement::actor).containsExactly("RU");
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2021, 12, 24), "UA");
        assertThat(kyiv.read("During the conversation, U.S. lawmakers expressed unanimous support for the initiative."))
                .extracting(ProposedStatement::actor).containsExactly("US");
    }

    @Test
    void a_transcript_label_may_hold_a_comma_and_a_name_card() {
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 16), "RU");
        assertThat(kremlin.read("President of Russia Vladimir Putin: Colleagues, good afternoon. I give the floor "
                + "to the Prime Minister of Armenia. Prime Minister of the Republic of Armenia Nikol Pashinyan Pashinyan "
                + "NikolPrime Minister of the Republic of Armenia: Thank you, Mr Putin. I give the floor to Belarus. "
                + "President of the Republic of Belarus, Alexander Lukashenko Lukashenko AlexanderPresident of Belarus: "
                + "Mr Pashinyan, dear friends! I will be brief."))
                .extracting(ProposedStatement::actor).containsExactly("RU", "AM", "BY");
    }

    @Test
    void a_past_form_after_a_name_is_its_verb_even_where_the_tagger_reads_an_adjective() {
        ProposedStatement s = only("Andriy Yermak expressed confidence that the recommendations and advice of these "
                + "experts will help build a system of sanctions.");
        assertThat(s.person()).isEqualTo("Andriy Yermak");
        assertThat(s.words()).contains("the recommendations and advice of these experts");
    }

    @Test
    void a_former_official_speaks_for_no_government() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 4, 6), "UA");
        assertThat(kyiv.read("Former US Ambassador to Russia Michael McFaul suggested focusing on oil. \"We must focus "
                + "our efforts on sanctions against oil and gas exports,\" said Michael McFaul."))
                .extracting(ProposedStatement::actor).containsOnlyNulls();
    }

    @Test
    void two_joined_in_a_sentence_after_a_connective_are_narrated_not_reported() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 5, 8), "UA");
        assertThat(kyiv.read("Volodymyr Zelensky said that Croatia supports the sanctions. In addition, the President "
                + "of Ukraine and the Prime Minister of Croatia have devoted a lot of time to the issue of ending the war."))
                .extracting(ProposedStatement::words).containsExactly("Croatia supports the sanctions");
    }

    @Test
    void after_according_to_or_a_lead_a_connective_goes_on_in_any_tense() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 3, 31), "UA");
        assertThat(kyiv.read("Corridors were agreed. This was announced by Deputy Prime Minister Iryna Vereshchuk. "
                + "According to her, 45 buses were sent. In addition, 17 buses have already departed."))
                .extracting(ProposedStatement::words)
                .containsExactly("Corridors were agreed", "45 buses were sent", "17 buses have already departed");
    }

    @Test
    void making_it_clear_reports_its_clause_and_drawing_attention_keeps_the_fact() {
        assertThat(only("Putin made it clear that Russia would study the responses.").words())
                .isEqualTo("Russia would study the responses");
        assertThat(reported("Putin made a call.")).isEmpty();
        TextImporter kremlin = new TextImporter(Registry.actors(), LocalDate.of(2022, 1, 28), "RU");
        assertThat(kremlin.read("Attention was drawn to the fact that the responses did not address concerns."))
                .extracting(ProposedStatement::words)
                .containsExactly("to the fact that the responses did not address concerns");
    }

    @Test
    void describing_reports_only_with_as() {
        assertThat(only("Macron described Russia's statements about Nazism as lies.").person()).isEqualTo("Emmanuel Macron");
        assertThat(reported("Putin described in detail the measures to protect the plant that Ukraine shells.")).isEmpty();
    }

    @Test
    void in_a_governments_own_text_a_bare_title_is_its_own_office_holder() {
        TextImporter kyiv = new TextImporter(Registry.actors(), LocalDate.of(2022, 6, 15), "UA");
        assertThat(kyiv.read("Volodymyr Zelensky spoke with Joseph Biden. The Head of State noted the importance of aid. "
                + "The Adviser to the Head of the Office of the President believes that the talks will yield fruit."))
                .extracting(ProposedStatement::person, ProposedStatement::actor)
                .containsExactly(tuple("Volodymyr Zelensky", "UA"), tuple(null, "UA"));
        assertThat(kyiv.read("The Deputy Head of the Office of the President emphasized that support matters."))
                .extracting(ProposedStatement::person, ProposedStatement::actor).containsExactly(tuple(null, "UA"));
    }
}
