package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casus.record.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTest {
    private final CliRun cli = new CliRun();

    @Test
    void writtenProposals_loadAndPassCheckAtCritical(@TempDir Path dir) throws Exception {
        assertThat(cli.run("design", "anzus-1951", "--candidates", "GB,CA", "--max-added", "1", "--show", "3",
                "-o", dir.toString())).isZero();
        assertThat(cli.out()).contains("Counter-proposals for anzus-1951").contains("Front: ")
                .contains("Activates against every aggressor");
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty().allMatch(f -> f.getFileName().toString().startsWith("anzus-1951-design-"));
        for (Path file : files) {
            CliRun check = new CliRun();
            assertThat(check.run("check", file.toString(), "--fail-on", "critical")).as(check.out() + check.err())
                    .isZero();
            assertThat(Files.readString(file)).contains("kind: proposal").contains("status: proposal");
        }
    }

    @Test
    void json_listsTheFrontWithStandingsAndMargins() throws Exception {
        assertThat(cli.run("design", "anzus-1951", "--red-line", "US=veto", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("arrangement").asText()).isEqualTo("anzus-1951");
        assertThat(root.get("redLines").get(0).get("level").asText()).isEqualTo("veto");
        JsonNode first = root.get("front").get(0);
        assertThat(first.get("margin").asInt()).isPositive();
        assertThat(first.get("standings").has("US")).isTrue();
    }

    @Test
    void redLines_areReadFromTheConfirmedPositionsOfTheRecord(@TempDir Path dir) {
        String db = "--db=" + RecordStore.h2File(dir.resolve("record"));
        CliRun record = new CliRun();
        assertThat(record.run("record", "init", db)).isZero();
        assertThat(record.run("record", "add-source", db, "--title", "Report", "--reliability", "B",
                "--credibility", "2")).isZero();
        assertThat(record.run("record", "add-statement", db, "--actor", "US", "--date", "2025-08-20", "--source", "1",
                "--quote", "Nothing without our consent.", "--confirmed",
                "--claim", "anzus-1951:decision.rule:demand:unanimity")).as(record.err()).isZero();
        assertThat(record.run("record", "add-statement", db, "--actor", "AU", "--date", "2025-08-21", "--source", "1",
                "--quote", "Whatever suits you.", "--confirmed",
                "--claim", "anzus-1951:decision.rule:accept:as you like")).as(record.err()).isZero();
        assertThat(record.run("record", "confirm", "claim", "1", db)).as(record.err()).isZero();
        assertThat(record.run("record", "confirm", "claim", "2", db)).as(record.err()).isZero();
        assertThat(cli.run("design", "anzus-1951", db)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("US demands that US keep at least a veto over every activation, action against "
                + "itself included (record: statement 1, 2025-08-20)").contains("No rule satisfies every red line");
        assertThat(cli.err()).contains("not read as a red line: AU").contains("names neither a veto nor unanimity");
    }

    @Test
    void badRedLinesAndUnknownActors_areRefusedWithExit2() {
        assertThat(cli.run("design", "anzus-1951", "--red-line", "US=king")).isEqualTo(2);
        assertThat(cli.err()).contains("red line 'US=king': unknown level 'king'");
        CliRun unknown = new CliRun();
        assertThat(unknown.run("design", "anzus-1951", "--require-guarantors", "XX")).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown actor code 'XX'");
        CliRun negative = new CliRun();
        assertThat(negative.run("design", "anzus-1951", "--max-added", "-1")).isEqualTo(2);
    }
}
