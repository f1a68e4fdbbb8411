package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casus.record.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandTest {
    private static final String ARR = "istanbul-2022-draft-ru";

    @Test
    void a_session_of_record_commands(@TempDir Path dir) throws Exception {
        String db = "--db=" + RecordStore.h2File(dir.resolve("record"));
        CliRun cli = new CliRun();
        assertThat(cli.run("record", "init", db)).isZero();
        assertThat(cli.run("record", "add-source", db, "--title", "Report", "--reliability", "B", "--credibility", "2"))
                .isZero();
        assertThat(cli.run("record", "add-statement", db, "--actor", "UA", "--date", "2022-03-30", "--source", "1",
                "--quote", "Russia agreed.", "--claim", ARR + ":decision.rule:claims-agreement:individual")).isZero();
        assertThat(cli.run("record", "add-statement", db, "--actor", "RU", "--speaker", "Sergey Lavrov", "--date",
                "2022-04-15", "--source", "1", "--quote", "Only with the consent of all guarantors.", "--claim",
                ARR + ":decision.rule:condition:unanimity")).isZero();
        assertThat(cli.run("record", "confirm", "statement", "2", db)).isZero();
        assertThat(cli.out()).contains("record ready at jdbc:h2:file:").contains("source 1\n")
                .contains("statement 1 with 1 claim(s)\n").contains("statement 2 confirmed\n");

        CliRun contradictions = new CliRun();
        assertThat(contradictions.run("record", "contradictions", "--json", db)).isZero();
        JsonNode found = new ObjectMapper().readTree(contradictions.out());
        assertThat(found.get(0).get("kind").asText()).isEqualTo("agreement-excluded");
        assertThat(found.get(0).get("statements")).hasSize(2);

        CliRun export = new CliRun();
        Path file = dir.resolve("record.json");
        assertThat(export.run("record", "export", "-o", file.toString(), db)).isZero();
        assertThat(Files.readString(file)).contains("\"casus\"").contains("Sergey Lavrov");
    }

    @Test
    void bad_input_exits_two_and_writes_nothing(@TempDir Path dir) throws Exception {
        String db = "--db=" + RecordStore.h2File(dir.resolve("record"));
        CliRun cli = new CliRun();
        assertThat(cli.run("record", "add-source", db, "--title", "Report", "--reliability", "B", "--credibility", "2"))
                .isZero();
        assertThat(cli.run("record", "add-statement", db, "--actor", "RU", "--speaker", "Sergey Lavrov", "--date",
                "1999-01-01", "--source", "1", "--quote", "q")).isEqualTo(2);
        assertThat(cli.err()).contains("casus: Sergey Lavrov spoke for RU as Minister of Foreign Affairs from 2004-03-09; "
                + "1999-01-01 is outside that period");
        assertThat(cli.run("record", "add-statement", db, "--actor", "RU", "--date", "2022-04-01", "--source", "1",
                "--quote", "q", "--claim", ARR + ":decision.rules:demand")).isEqualTo(2);
        assertThat(cli.err()).contains("no clause 'decision.rules'");
        CliRun positions = new CliRun();
        assertThat(positions.run("record", "positions", db)).isZero();
        assertThat(positions.out()).isEqualTo("no positions recorded\n");
    }

    @Test
    void import_proposes_unconfirmed_statements_and_claims(@TempDir Path dir) throws Exception {
        String db = "--db=" + RecordStore.h2File(dir.resolve("record"));
        Path text = Path.of(System.getProperty("casus.library")).resolveSibling("casus-record")
                .resolve("src/test/resources/import/dev/01-istanbul-2022.txt");
        CliRun cli = new CliRun();
        assertThat(cli.run("record", "add-source", db, "--title", "Wire", "--reliability", "C", "--credibility", "3"))
                .isZero();
        assertThat(cli.run("record", "import", text.toString(), "--source", "1", "--date", "2022-03-29",
                "--arrangement", "istanbul-2022-communique", db)).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("imported [1-9]\\d* statement\\(s\\) and [1-9]\\d* claim\\(s\\), all unconfirmed");
        CliRun export = new CliRun();
        assertThat(export.run("record", "export", "--json", db)).isZero();
        JsonNode root = new ObjectMapper().readTree(export.out());
        assertThat(root.get("statements")).isNotEmpty().allSatisfy(s -> assertThat(s.get("confirmed").asBoolean()).isFalse());
        assertThat(root.get("statements")).anySatisfy(s -> assertThat(s.get("speaker").asText()).isEqualTo("David Arakhamia"));
    }

    /** The analyst's review from the command line: list, correct and confirm, discard, re-import; all in JSON too. */
    @Test
    void imported_proposals_are_reviewed_confirmed_corrected_or_discarded(@TempDir Path dir) throws Exception {
        String db = "--db=" + RecordStore.h2File(dir.resolve("record"));
        Path text = dir.resolve("readout.txt");
        Files.writeString(text, "Marco Rubio spoke with Sergey Lavrov. The Secretary emphasized that the war must end."
                + " Lavrov told reporters that Moscow would accept guarantees only if Russia and China had a veto."
                + " “We will not be rushed,” he said.");
        CliRun cli = new CliRun();
        assertThat(cli.run("record", "add-source", db, "--title", "Readout", "--reliability", "B", "--credibility", "2"))
                .isZero();
        CliRun imported = new CliRun();
        assertThat(imported.run("record", "import", text.toString(), "--source", "1", "--date", "2025-08-20",
                "--arrangement", ARR, "--json", db)).as(imported.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(imported.out());
        assertThat(result.get("statements")).hasSize(3);
        assertThat(result.get("claims").asInt()).isEqualTo(1);

        CliRun again = new CliRun();
        assertThat(again.run("record", "import", text.toString(), "--source", "1", "--date", "2025-08-20", db)).isZero();
        assertThat(again.out()).startsWith("imported 0 statement(s)").contains("3 statement(s) already in the record");

        CliRun list = new CliRun();
        assertThat(list.run("record", "statements", "--json", db)).isZero();
        JsonNode statements = new ObjectMapper().readTree(list.out());
        assertThat(statements).hasSize(3);
        JsonNode veto = statements.get(1);
        assertThat(veto.get("speaker").asText()).isEqualTo("Sergey Lavrov");
        assertThat(veto.get("quote").isNull()).isTrue();
        assertThat(veto.get("paraphrase").asText()).startsWith("Lavrov told reporters that Moscow");
        assertThat(veto.get("claims").get(0).get("modality").asText()).isEqualTo("condition");
        assertThat(statements.get(2).get("quote").asText()).isEqualTo("We will not be rushed");

        long claim = veto.get("claims").get(0).get("id").asLong();
        CliRun review = new CliRun();
        assertThat(review.run("record", "confirm", "claim", String.valueOf(claim), "--value", "{RU, CN}", db))
                .as(review.err()).isZero();
        assertThat(review.run("record", "confirm", "statement", "1", "--actor", "US", "--speaker", "Marco Rubio", db))
                .as(review.err()).isZero();
        assertThat(review.run("record", "discard", "statement", "3", db)).as(review.err()).isZero();
        assertThat(review.out()).contains("claim " + claim + " confirmed\n").contains("statement 3 discarded\n");
        CliRun wrong = new CliRun();
        assertThat(wrong.run("record", "confirm", "statement", "1", "--value", "x", db)).isEqualTo(2);
        assertThat(wrong.err()).contains("a statement takes --actor and --speaker");
        assertThat(wrong.run("record", "confirm", "statement", "2", "--speaker", "Marco Rubio", db)).isEqualTo(2);
        assertThat(wrong.err()).contains("unknown speaker 'Marco Rubio' for RU");

        CliRun after = new CliRun();
        assertThat(after.run("record", "statements", "--unconfirmed", db)).isZero();
        assertThat(after.out()).contains("2  2025-08-20  RU (Sergey Lavrov)  unconfirmed")
                .contains("reported: Lavrov told reporters").contains("decision.rule condition \"{RU, CN}\"")
                .doesNotContain("We will not be rushed").doesNotContain("1  2025-08-20");
        CliRun export = new CliRun();
        assertThat(export.run("record", "export", "--json", db)).isZero();
        assertThat(export.out()).doesNotContain("We will not be rushed");
    }
}
