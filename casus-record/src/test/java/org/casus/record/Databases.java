package org.casus.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.casus.record.store.RecordStore;

/**
 * The databases every record test runs against: a fresh embedded H2 file, and a fresh schema on
 * the PostgreSQL server named by {@code CASUS_TEST_POSTGRES} (a JDBC URL with user and password;
 * ./run-tests starts a local server and sets it). Without it the PostgreSQL cases fail, saying so.
 */
public final class Databases {
    private Databases() {
    }

    public static Stream<String> kinds() {
        return Stream.of("h2", "postgresql");
    }

    /** A new, empty database of the given kind, as a JDBC URL. */
    public static String fresh(String kind) throws Exception {
        if (kind.equals("h2")) {
            Path dir = Files.createTempDirectory("casus-record");
            return RecordStore.h2File(dir.resolve("record"));
        }
        String server = System.getenv("CASUS_TEST_POSTGRES");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("CASUS_TEST_POSTGRES is not set: the record tests run against PostgreSQL "
                    + "too; ./run-tests starts a local server and sets it");
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static List<String> all() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String kind : kinds().toList()) {
            urls.add(fresh(kind));
        }
        return urls;
    }
}
