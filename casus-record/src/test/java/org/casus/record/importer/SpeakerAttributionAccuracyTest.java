package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casus.model.Actor;
import org.casus.model.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures speaker attribution on the hand-annotated fictional texts and keeps it above floors set a
 * little below the measured values (method and figures: {@code docs/import.md}). The dev texts were used
 * while building the importer; the held-out texts were written and annotated with them but measured only
 * once the importer was finished, and never used for tuning.
 */
class SpeakerAttributionAccuracyTest {
    /** A reported statement with a quotation mark in it holds a quoted fragment. */
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”«»„‹›]");
    private static AttributionScore dev;
    private static AttributionScore heldOut;
    private static AttributionScore all;

    @BeforeAll
    static void measure() {
        List<AnnotatedText> devTexts = AnnotatedText.folder("dev");
        List<AnnotatedText> heldOutTexts = AnnotatedText.folder("held-out");
        List<AnnotatedText> allTexts = new ArrayList<>(devTexts);
        allTexts.addAll(heldOutTexts);
        dev = score(devTexts, "dev texts");
        heldOut = score(heldOutTexts, "held-out texts");
        all = score(allTexts, "all texts");
    }

    @Test
    void attribution_on_the_dev_texts_stays_above_its_floors() {
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void attribution_on_the_held_out_texts_stays_above_its_floors() {
        assertThat(heldOut.precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void attribution_on_all_texts_stays_above_its_floors() {
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void every_annotated_quotation_is_found_and_no_other() {
        assertThat(all.found()).isEqualTo(all.quotations());
        assertThat(all.errors()).noneMatch(e -> e.contains("not annotated"));
    }

    private static AttributionScore score(List<AnnotatedText> texts, String label) {
        AttributionScore score = AttributionScore.of(texts,
                text -> new TextImporter(Registry.actors(), text.date()).read(text.text()).stream()
                        .filter(s -> s.quoted() || QUOTATION_MARK.matcher(s.words()).find()).toList(), actorOfPerson());
        System.out.println(score.summary("speaker attribution, " + label));
        if (label.startsWith("dev")) {
            score.errors().forEach(e -> System.out.println("  " + e));
        }
        return score;
    }

    private static Map<String, String> actorOfPerson() {
        Map<String, String> actors = new HashMap<>();
        for (Actor actor : Registry.actors().all()) {
            for (Person person : actor.people()) {
                actors.putIfAbsent(person.name(), actor.code());
            }
        }
        return actors;
    }
}
