package org.casus.record.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casus.CasusException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The negotiation record's database: an embedded H2 file by default, PostgreSQL by URL. Opening
 * it applies the Flyway migrations it lacks. Every unit of work is one transaction ({@link #write},
 * {@link #read}), so a command either happens whole or not at all.
 */
public final class RecordStore {
    private static final String H2_FILE = "jdbc:h2:file:";
    /** Held so that the level sticks: Flyway's INFO lines about each migration are not for the analyst. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    /** The version of the newest migration in {@code db/migration} ({@code V2__reported_speech.sql}). */
    static final int SCHEMA_VERSION = 2;
    private final Jdbi jdbi;
    private final String url;

    private RecordStore(Jdbi jdbi, String url) {
        this.jdbi = jdbi;
        this.url = url;
    }

    /**
     * The default database: {@code $CASUS_HOME/record} (else {@code ~/.casus/record}), an H2 file
     * that writes every commit through at once ({@code WRITE_DELAY=0}), so a killed process keeps
     * what it committed.
     */
    public static String defaultUrl() {
        String home = System.getenv("CASUS_HOME");
        Path folder = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".casus") : Path.of(home);
        return h2File(folder.resolve("record"));
    }

    /** The URL of an H2 database in {@code file} (without the {@code .mv.db} extension). */
    public static String h2File(Path file) {
        return H2_FILE + file.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static RecordStore open(String url) {
        requireWritableFolder(url);
        if (!upToDate(url)) {
            try {
                Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
            } catch (FlywayException e) {
                throw new CasusException("cannot open the record at " + redact(url) + ": " + rootMessage(e), e);
            }
        }
        return new RecordStore(Jdbi.create(url), url);
    }

    /**
     * Whether Flyway's history says every migration up to {@link #SCHEMA_VERSION} was applied and none failed:
     * then Flyway, whose start and scan of the class path take longer than most record commands, is not run.
     * Anything else (a new record, an older one, a failed migration, an unreadable history) is left to Flyway.
     */
    static boolean upToDate(String url) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                String version = rows.getString(1);
                highest = version == null ? highest : Math.max(highest, Integer.parseInt(version));
            }
            return highest == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * For an H2 file, checks that its folder exists or can be made and is writable before H2 opens
     * it: H2 otherwise prints dozens of lines of trace to the terminal on its way to failing.
     */
    private static void requireWritableFolder(String url) {
        if (!url.startsWith(H2_FILE)) {
            return;
        }
        String location = url.substring(H2_FILE.length()).split(";", 2)[0];
        Path folder = Path.of(location).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new CasusException("cannot open the record at " + redact(url) + ": the folder " + folder
                    + " cannot be created (" + e.getMessage() + "); set CASUS_HOME or --db to a writable place");
        }
        if (!Files.isWritable(folder)) {
            throw new CasusException("cannot open the record at " + redact(url) + ": the folder " + folder
                    + " is not writable; set CASUS_HOME or --db to a writable place");
        }
    }

    public String url() {
        return redact(url);
    }

    /** Runs {@code work} in one serializable-enough transaction, rolled back whole on any error. */
    public <T> T write(Function<RecordTransaction, T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                handle -> work.apply(new RecordTransaction(handle)));
    }

    /** Runs a read-only unit of work. */
    public <T> T read(Function<RecordTransaction, T> work) {
        return jdbi.withHandle(handle -> work.apply(new RecordTransaction(handle)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The URL without a password. */
    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
