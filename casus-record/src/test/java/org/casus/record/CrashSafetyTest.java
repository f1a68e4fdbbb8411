package org.casus.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casus.record.store.RecordStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a bulk import with SIGKILL in the middle and checks that every statement it reported as
 * committed is in the record, each with both its claims, and that no statement is there by halves.
 */
class CrashSafetyTest {
    private static final int COMMITS_BEFORE_KILL = 40;

    static Stream<String> databases() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killed_import_keeps_every_committed_statement_whole(String kind) throws Exception {
        String url = Databases.fresh(kind);
        RecordStore.open(url);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BulkWriter.class.getName(), url, System.getProperty("casus.library"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < COMMITS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add(Long.parseLong(line.substring("committed ".length())));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).hasSize(COMMITS_BEFORE_KILL);

        RecordStore store = RecordStore.open(url);
        List<Statement> statements = store.read(tx -> tx.statements());
        List<Claim> claims = store.read(tx -> tx.claims());
        Map<Long, Long> claimsPerStatement = claims.stream()
                .collect(Collectors.groupingBy(Claim::statementId, Collectors.counting()));
        assertThat(statements).extracting(Statement::id).containsAll(committed);
        assertThat(statements).allSatisfy(s -> assertThat(claimsPerStatement.get(s.id())).as("claims of " + s.id())
                .isEqualTo(2L));
        assertThat(claims).allSatisfy(c -> assertThat(statements).extracting(Statement::id).contains(c.statementId()));
    }
}
