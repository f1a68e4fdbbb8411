package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per attribution cue. The sentences are invented test data; nobody said these words. */
class SpeakerCuesTest {
    private final TextImporter importer = new TextImporter(Registry.actors());

    /** The quotations only: reported speech has tests of its own ({@code ReportedSpeechTest}). */
    private List<ProposedStatement> read(String text) {
        return importer.read(text).stream().filter(ProposedStatement::quoted).toList();
    }

    private static ProposedStatement only(List<ProposedStatement> statements) {
        assertThat(statements).hasSize(1);
        return statements.getFirst();
    }

    @Test
    void a_participle_after_said_x_ends_the_name() {
        assertThat(read("\u201cYour journey to the European Union begins,\u201d said Ursula von der Leyen addressing "
                + "Volodymyr Zelenskyy.")).extracting(ProposedStatement::person).containsExactly("Ursula von der Leyen");
    }

    @Test
    void said_x_after_the_quotation_names_the_speaker() {
        ProposedStatement s = only(read("“There will be no veto,” said Marco Rubio."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::cue)
                .containsExactly("Marco Rubio", "US", "said X");
    }

    @Test
    void x_said_after_the_quotation_names_the_speaker() {
        ProposedStatement s = only(read("“There will be no veto,” Rubio said on Tuesday."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue).containsExactly("Marco Rubio", "X said");
    }

    @Test
    void x_said_before_the_quotation_names_the_speaker() {
        ProposedStatement s = only(read("Zelensky said: “We need guarantees that work.”"));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly("Volodymyr Zelensky", "X said");
    }

    @Test
    void x_stated_at_a_press_conference_names_the_speaker_of_a_partial_quotation() {
        ProposedStatement s = only(importer.read(
                "Sergey Lavrov stated at a press conference in Moscow that foreign troops would be «a legitimate target»."));
        assertThat(s.person()).isEqualTo("Sergey Lavrov");
        assertThat(s.words()).isEqualTo("foreign troops would be «a legitimate target»");
    }

    @Test
    void a_speaker_named_after_a_comma_with_a_title_is_the_person_not_the_title_actor() {
        ProposedStatement s = only(read("“We will not be rushed,” said Sergei Lavrov, Russia's foreign minister."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::cue)
                .containsExactly("Sergey Lavrov", "RU", "said X");
    }

    @Test
    void a_parenthetical_between_speaker_and_verb_is_skipped() {
        ProposedStatement s = only(read("“Not yet,” Lavrov, Russia's foreign minister, told reporters."));
        assertThat(s.person()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void a_parenthetical_names_the_actor_when_the_speaker_is_not_in_the_registry() {
        ProposedStatement s = only(read("“Useful talks,” said Ivan Petrov, the Kremlin spokesman."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor).containsExactly(null, "RU");
    }

    @Test
    void according_to_x_before_or_after_the_quotation_names_the_speaker() {
        assertThat(only(read("According to Sybiha, “the guarantees have to be binding.”")))
                .extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly("Andrii Sybiha", "according to");
        assertThat(only(read("“The plan is dead on arrival and will not be signed”, according to the Kremlin.")))
                .extracting(ProposedStatement::actor, ProposedStatement::cue).containsExactly("RU", "according to");
    }

    @Test
    void in_the_words_of_works_like_according_to() {
        assertThat(only(read("It was, in the words of Witkoff, “a very good call.”")).person()).isEqualTo("Steve Witkoff");
    }

    @Test
    void a_pronoun_carries_the_speaker_of_the_sentence_before() {
        List<ProposedStatement> s = read("“We are ready,” Medinsky said. “Neutrality comes first,” he added.");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly(tuple("Vladimir Medinsky", "X said"), tuple("Vladimir Medinsky", "pronoun"));
    }

    @Test
    void a_pronoun_carries_the_speaker_of_reported_speech() {
        ProposedStatement s = only(read("Kuleba said Kyiv would not give up territory. “Never,” he said."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue).containsExactly("Dmytro Kuleba", "pronoun");
    }

    @Test
    void a_pronoun_only_resolves_to_the_most_recent_attributed_speaker() {
        List<ProposedStatement> s = read("“No veto,” Rubio said. Lavrov said Moscow disagreed. “Never,” he said.");
        assertThat(s.get(1).person()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void a_pronoun_resolves_to_nobody_when_another_person_was_named_since() {
        ProposedStatement s = read("“No veto,” Rubio said. Talks with Lavrov failed. “Never,” he said.").get(1);
        assertThat(s.attributed()).isFalse();
    }

    @Test
    void a_pronoun_resolves_to_the_subject_of_the_sentence_before() {
        ProposedStatement s = read("“No veto,” Rubio said. Lavrov flew to Ankara. “Never,” he said.").get(1);
        assertThat(s.person()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void a_pronoun_resolves_to_nobody_when_another_speaker_was_described_since() {
        ProposedStatement s = read("“No veto,” Rubio said. Hungary's prime minister was more guarded. “Never,” he said.")
                .get(1);
        assertThat(s.attributed()).isFalse();
    }

    @Test
    void a_pronoun_after_an_unknown_speaker_stays_unknown() {
        List<ProposedStatement> s = read("“No veto,” Rubio said. “It is a trap,” one European diplomat said. "
                + "“A real trap,” she added.");
        assertThat(s).extracting(ProposedStatement::attributed).containsExactly(true, false, false);
    }

    @Test
    void a_definite_description_refers_back_like_a_pronoun() {
        List<ProposedStatement> s = importer.read("The Kremlin said in a statement that it was «ready to talk». "
                + "«A ceasefire comes later», the statement said.");
        assertThat(s).extracting(ProposedStatement::actor, ProposedStatement::cue, ProposedStatement::quoted)
                .containsExactly(tuple("RU", "X said", false), tuple("RU", "pronoun", true));
    }

    @Test
    void a_title_resolves_through_the_roles_of_the_actor_it_names() {
        ProposedStatement s = only(read("“There is nothing to discuss,” the Russian foreign minister said."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor, ProposedStatement::cue)
                .containsExactly("Sergey Lavrov", "RU", "title");
    }

    @Test
    void a_possessive_title_resolves_like_an_adjective_one() {
        assertThat(only(read("“No comment,” Ukraine's top diplomat said.")).person()).isEqualTo("Andrii Sybiha");
    }

    @Test
    void a_title_resolves_to_whoever_held_the_office_on_the_date_of_the_text() {
        String text = "“Not a bargaining chip,” the Ukrainian foreign minister said.";
        assertThat(only(new TextImporter(Registry.actors(), LocalDate.of(2023, 6, 1)).read(text)).person())
                .isEqualTo("Dmytro Kuleba");
        assertThat(only(new TextImporter(Registry.actors(), LocalDate.of(2025, 6, 1)).read(text)).person())
                .isEqualTo("Andrii Sybiha");
    }

    @Test
    void a_title_that_names_no_actor_resolves_to_someone_already_named() {
        List<ProposedStatement> s = read("Zelensky met Macron. “We need guarantees,” the president said.");
        assertThat(only(s).person()).isEqualTo("Emmanuel Macron");
        assertThat(only(read("“We need guarantees,” the president said.")).attributed()).isFalse();
    }

    @Test
    void a_title_with_an_indefinite_article_gives_the_actor_only() {
        ProposedStatement s = only(read("“Not yet,” a Russian chief negotiator said."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor).containsExactly(null, "RU");
    }

    @Test
    void an_actor_named_directly_is_the_speaker() {
        ProposedStatement s = only(read("“The talks were useful,” the Kremlin said."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor).containsExactly(null, "RU");
    }

    @Test
    void a_possessive_person_speaks_through_someone_of_the_same_actor() {
        ProposedStatement s = only(read("“We were not consulted,” Zelensky's chief of staff said."));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::actor).containsExactly(null, "UA");
    }

    @Test
    void a_former_official_speaks_for_nobody() {
        assertThat(only(read("“It will fail,” a former US ambassador said.")).attributed()).isFalse();
    }

    @Test
    void a_place_after_in_is_not_the_speaker() {
        assertThat(only(read("“It will fail,” a diplomat in Kyiv said.")).attributed()).isFalse();
    }

    @Test
    void a_quotation_interrupted_by_its_attribution_is_attributed_on_both_sides() {
        List<ProposedStatement> s = read("“We are ready,” Witkoff said, “but not to a veto.”");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Steve Witkoff", "Steve Witkoff");
    }

    @Test
    void a_quotation_with_no_cue_continues_the_one_before_in_its_paragraph() {
        List<ProposedStatement> s = read("“We are ready,” Starmer said. “We will lead.”");
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly(tuple("Keir Starmer", "X said"), tuple("Keir Starmer", "continued"));
    }

    @Test
    void a_quotation_that_runs_on_carries_its_speaker_into_the_next_paragraph() {
        List<ProposedStatement> s = read("Trump said:\n\n“We are talking about territory.\n\n“And sanctions.”");
        assertThat(s).extracting(ProposedStatement::person).containsExactly("Donald Trump", "Donald Trump");
    }

    @Test
    void a_sentence_ending_in_a_colon_introduces_the_quotation_after_it() {
        ProposedStatement s = only(read("Zelensky was blunt: “No territory will be traded.”"));
        assertThat(s).extracting(ProposedStatement::person, ProposedStatement::cue)
                .containsExactly("Volodymyr Zelensky", "colon");
    }

    @Test
    void a_name_inside_a_quotation_is_not_taken_for_the_speaker() {
        ProposedStatement s = only(read("“Lavrov said nothing new,” Sybiha said."));
        assertThat(s.person()).isEqualTo("Andrii Sybiha");
    }

    @Test
    void a_scare_quote_without_a_reporting_verb_is_not_attributed() {
        assertThat(only(read("Macron hosted the so-called “coalition of the willing” in Paris.")).attributed()).isFalse();
    }

    @Test
    void a_transliterated_surname_is_recognised() {
        assertThat(only(read("“Peace through strength,” Zelenskyy said.")).person()).isEqualTo("Volodymyr Zelensky");
    }
}
