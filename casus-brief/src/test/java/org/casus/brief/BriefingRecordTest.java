package org.casus.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casus.format.LibraryLoader;
import org.casus.lint.Linter;
import org.casus.model.Library;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.RecordService;
import org.casus.record.Statement;
import org.casus.record.store.RecordStore;
import org.casus.sim.SimulationOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BriefingRecordTest {
    private static final String ARR = "istanbul-2022-draft-ru";

    @Test
    void record_section_shows_positions_contradictions_with_quotes_and_open_questions() throws Exception {
        Library library = LibraryLoader.load(Path.of(System.getProperty("casus.library")));
        RecordStore store = RecordStore.open(RecordStore.h2File(Files.createTempDirectory("brief").resolve("record")));
        RecordService record = new RecordService(store, library, "test");
        long source = record.addSource("Report", null, null, null, "B", 2);
        record.addStatement(new Statement(0, "UA", null, LocalDate.parse("2022-03-30"), source,
                "Credible guarantees are on the table.", null, null, false, 0),
                List.of(new Claim(0, 0, ARR, "decision.rule", Modality.CLAIMS_AGREEMENT, "individual", "RU", false, 0)));
        record.addStatement(new Statement(0, "RU", "Sergey Lavrov", LocalDate.parse("2022-04-15"), source,
                "Only with the consent of all guarantors.", null, null, false, 0),
                List.of(new Claim(0, 0, ARR, "decision.rule", Modality.CONDITION, "unanimity", null, false, 0)));
        record.addStatement(new Statement(0, "UA", null, LocalDate.parse("2022-04-01"), source,
                "Our army keeps at least 250,000 troops.", null, null, false, 0),
                List.of(new Claim(0, 0, ARR, "restrictions.force-caps.troops", Modality.DEMAND, ">= 250000", null,
                        false, 0)));
        record.addStatement(new Statement(0, "RU", null, LocalDate.parse("2022-04-02"), source,
                "No more than 300,000 troops.", null, null, false, 0),
                List.of(new Claim(0, 0, ARR, "restrictions.force-caps.troops", Modality.DEMAND, "<= 300000", null,
                        false, 0)));
        record.questionsFromCheck(ARR);

        Briefing briefing = new BriefingBuilder(library.arrangements().get(ARR), library, null, List.of(),
                new SimulationOptions(100, 1, 1), 0).withRecord(store).build();
        String section = Jsoup.parse(HtmlRenderer.html(briefing)).select("section").get(6).text();

        assertThat(section).contains("RU decision.rule condition unanimity 2022-04-15")
                .contains("agreement-excluded on decision.rule: UA claims agreement on \"individual\", but RU makes it "
                        + "a condition: \"unanimity\"")
                .contains("\"Only with the consent of all guarantors.\"")
                .contains(Linter.check(library.arrangements().get(ARR), library).size() + " open question(s)")
                .contains("UA restrictions.force-caps.troops demand at least 250000 2022-04-01")
                .contains("restrictions.force-caps.troops RU: at most 300000; UA: at least 250000 agreement possible: "
                        + "250000 to 300000")
                .doesNotContain(">=").doesNotContain("<=").doesNotContain("{");
    }
}
