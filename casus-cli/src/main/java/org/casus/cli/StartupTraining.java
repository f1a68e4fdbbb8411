package org.casus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casus.format.LibraryLoader;
import org.casus.record.store.RecordStore;

/**
 * The training runs the launcher gives the JDK's class cache ({@code -XX:AOTCacheOutput}), one per family of
 * commands: the cache holds the classes its runs load and the JDK loads all of them at every start, so a
 * cache made for {@code check} alone starts {@code check} about a fifth faster than one made for every
 * command (docs/performance.md). Output is discarded; a throw-away record is used.
 */
public final class StartupTraining {
    /** The families with a cache of their own; any other command uses {@code all}. */
    public static final List<String> FAMILIES = List.of("casus", "check", "power", "record", "all");

    private StartupTraining() {
    }

    /** @param args the library folder and the family ({@link #FAMILIES}) */
    public static void main(String[] args) throws Exception {
        String folder = args[0];
        String family = args.length > 1 ? args[1] : "all";
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("no training for " + family + "; one of " + FAMILIES);
        }
        String library = "--library=" + folder;
        Path home = Files.createTempDirectory("casus-training");
        String db = "--db=" + RecordStore.h2File(home.resolve("record"));
        boolean all = family.equals("all");
        if (family.equals("casus") || all) {
            run("--version");
        }
        if (family.equals("check") || all) {
            for (Path arrangement : LibraryLoader.dataFiles(Path.of(folder, "arrangements"))) {
                run("check", arrangement.toString(), library);
            }
        }
        if (family.equals("power") || all) {
            run("power", "eu-council-qmv", "--indices", "bz", library);
        }
        if (family.equals("record") || all) {
            run("record", "positions", db, library);
            run("record", "statements", "--json", db, library);
        }
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
