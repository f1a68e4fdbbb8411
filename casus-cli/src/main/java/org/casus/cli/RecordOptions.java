package org.casus.cli;

import org.casus.model.Library;
import org.casus.record.RecordService;
import org.casus.record.store.RecordStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every {@code casus record} command shares: which database, who is writing, which library. */
final class RecordOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "The record's JDBC URL (default: an H2 file in $CASUS_HOME, else ~/.casus; or "
                    + "jdbc:postgresql://host/db?user=...&password=...).")
    String db;

    @Option(names = "--who", paramLabel = "NAME", description = "The analyst the audit log names (default: $USER).")
    String who;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Mixin
    LibraryOption library;

    /** The record with the library its writes are checked against. */
    RecordService service() {
        return service(library.load());
    }

    RecordService service(Library lib) {
        String name = who != null ? who : System.getenv().getOrDefault("USER", "analyst");
        return new RecordService(store(), lib, name);
    }

    /** The record alone, for a command that only reads it: the library is not loaded. */
    RecordStore store() {
        return RecordStore.open(db != null ? db : RecordStore.defaultUrl());
    }
}
