package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {
    private final QuotationFinder finder = new QuotationFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void straight_typographic_and_guillemet_quotations_are_all_found() {
        assertThat(quotes("He said \"one\", then “two”, then «three», then ‹four› and „five“."))
                .containsExactly("one", "two", "three", "four", "five");
    }

    @Test
    void offsets_exclude_the_quote_marks() {
        String text = "Lavrov said: «No veto.»";
        Quotation q = finder.find(text).getFirst();
        assertThat(q.open()).isEqualTo(text.indexOf('«'));
        assertThat(text.substring(q.start(), q.end())).isEqualTo("No veto.");
        assertThat(q.after()).isEqualTo(text.length());
    }

    @Test
    void a_quotation_inside_a_quotation_belongs_to_the_outer_one() {
        assertThat(quotes("«Putin says ‹ceasefire› but means “pause”», he said."))
                .containsExactly("Putin says ‹ceasefire› but means “pause”");
    }

    @Test
    void a_straight_mark_after_a_space_opens_a_quotation_inside_a_straight_one() {
        assertThat(quotes("\"They organise a \"leak\" of some versions,\" he said."))
                .containsExactly("They organise a \"leak\" of some versions,");
        assertThat(quotes("He said \"no\" and \"never\".")).containsExactly("no", "never");
    }

    @Test
    void a_quotation_may_span_several_sentences() {
        assertThat(quotes("“No. Never. Not under any flag,” he said."))
                .containsExactly("No. Never. Not under any flag,");
    }

    @Test
    void an_unclosed_mark_is_dropped_and_the_quotations_inside_it_surface() {
        assertThat(quotes("A stray “ mark, then «a real quotation» and more.")).containsExactly("a real quotation");
    }

    @Test
    void an_unclosed_inner_mark_is_abandoned_when_the_outer_one_closes() {
        assertThat(quotes("«outer “inner» after")).containsExactly("outer “inner");
    }

    @Test
    void a_closing_mark_with_nothing_to_close_is_ignored() {
        assertThat(quotes("stray ” and » marks, then “kept”")).containsExactly("kept");
    }

    @Test
    void a_quotation_left_open_runs_on_when_the_next_paragraph_opens_with_the_same_mark() {
        String text = "He went on:\n\n“First paragraph.\n\n“Second paragraph,” he said.";
        List<Quotation> found = finder.find(text);
        assertThat(quotes(text)).containsExactly("First paragraph.", "Second paragraph,");
        assertThat(found.getFirst().runsOn()).isTrue();
        assertThat(found.get(1).runsOn()).isFalse();
    }

    @Test
    void a_quotation_does_not_cross_a_paragraph_break_otherwise() {
        assertThat(quotes("He said “no\n\nand then “yes”.")).containsExactly("yes");
    }

    @Test
    void without_blank_lines_each_line_is_a_paragraph() {
        assertThat(quotes("“One\n“Two,” he said.\n“Three.”")).containsExactly("One", "Two,", "Three.");
    }

    @Test
    void empty_and_blank_quotations_are_skipped() {
        assertThat(quotes("“” and \"  \" and «x»")).containsExactly("x");
    }
}
