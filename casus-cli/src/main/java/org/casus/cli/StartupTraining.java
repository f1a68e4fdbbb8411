package org.casus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casus.record.store.RecordStore;

/**
 * The training run the launcher gives the JDK's class cache ({@code -XX:AOTCacheOutput}): a few typical
 * commands in one process, so that the cache holds what they load (picocli, the library's reader, the power
 * engine, H2 and Jdbi). Output is discarded; a throw-away record is used.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** @param args the library folder */
    public static void main(String[] args) throws Exception {
        String library = "--library=" + args[0];
        Path home = Files.createTempDirectory("casus-training");
        String db = "--db=" + RecordStore.h2File(home.resolve("record"));
        run("check", args[0] + "/arrangements/nato-1949.yaml", library);
        run("power", "eu-council-qmv", "--indices", "bz", library);
        run("record", "positions", db, library);
        run("record", "statements", "--json", db, library);
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void run(String... args) {
        var cli = Casus.commandLine(args);
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute(args);
    }
}
