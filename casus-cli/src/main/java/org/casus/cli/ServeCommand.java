package org.casus.cli;

import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.casus.CasusException;
import org.casus.model.Library;
import org.casus.record.store.RecordStore;
import org.casus.server.CasusServer;
import org.casus.server.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus serve}: the web workbench. The first start creates an admin and prints a one-time password. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web workbench and its JSON API (/api, described at /api/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; put a TLS proxy in front for others).")
    String host;

    @Option(names = "--db", paramLabel = "URL", description = "The database (default: the record's H2 file; or PostgreSQL).")
    String db;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Library lib = library.load();
        String url = db != null ? db : RecordStore.defaultUrl();
        RecordStore record = RecordStore.open(url);
        Users users = new Users(url);
        var out = spec.commandLine().getOut();
        CasusServer server = start(new CasusServer(lib, library.folder(), url, record, users));
        // Only once the port is ours: a one-time password printed by a server that failed to start is lost.
        users.ensureAdmin().ifPresent(password -> out.println("created user admin with the one-time password "
                + password + " (it must be changed at the first login; then create your own users)"));
        out.println("Casus serves http://" + host + ":" + server.port() + "/ (API under /api, docs at /swagger.html); "
                + "Ctrl-C stops it");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private CasusServer start(CasusServer server) {
        try {
            return server.start(host, port);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    throw new CasusException("cannot listen on " + host + ":" + port + " (" + cause.getMessage()
                            + "): another program holds the port; choose another with --port");
                }
            }
            throw e;
        }
    }
}
