package org.casus.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.record.store.RecordStore;

/** A real Casus server for tests: a random port on localhost, a fresh H2 database, the repository's library. */
public final class TestServer {
    private final CasusServer server;
    private final Users users;
    private final String adminPassword;
    private final String database;

    private TestServer(CasusServer server, Users users, String adminPassword, String database) {
        this.server = server;
        this.users = users;
        this.adminPassword = adminPassword;
        this.database = database;
    }

    public static TestServer start() {
        try {
            return start(RecordStore.h2File(Files.createTempDirectory("casus-server").resolve("record")),
                    Jobs.STALE, Users.TOKEN_CACHE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server on the database {@code url}, which other instances may share; the first instance
     * on an empty database creates the admin (the others' {@link #adminPassword()} is null).
     */
    public static TestServer start(String url, Duration jobStale, Duration tokenCache) {
        Path folder = Path.of(System.getProperty("casus.library"));
        Library library = LibraryLoader.load(folder);
        RecordStore record = RecordStore.open(url);
        Users users = new Users(url, tokenCache);
        String password = users.ensureAdmin().orElse(null);
        CasusServer server = new CasusServer(library, folder, url, record, users, jobStale).start("127.0.0.1", 0);
        return new TestServer(server, users, password, url);
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The server's accounts, for tests that act from other client addresses than this machine's. */
    public Users users() {
        return users;
    }

    /** The JDBC URL of the server's database. */
    public String database() {
        return database;
    }

    /** The server's route table, as it registered it. */
    java.util.List<Route> routes() {
        return server.routes();
    }

    public String adminPassword() {
        return adminPassword;
    }

    public void createUser(String name, String password, String role) {
        users.create(name, password, Role.of(role).orElseThrow());
    }

    public void stop() {
        server.stop();
    }
}
