package org.casus.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Long analyses run as jobs: started at once, polled for progress and result. A job runs on the
 * instance that started it, but its state is kept in the database, so that any instance behind
 * a proxy can report it.
 */
final class SimulationJobs {
    /** A job's state, as the API shows it; the result is JSON text. */
    record Job(String status, double progress, String result, String error) {
    }

    /** Progress is written at most this often, in milliseconds. */
    private static final long PROGRESS_EVERY = 250;

    private final Jdbi jdbi;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "casus-job");
        t.setDaemon(true);
        return t;
    });

    SimulationJobs(String url) {
        this.jdbi = Jdbi.create(url);
    }

    /** Starts {@code work}, which reports its progress (0 to {@code total}) and returns the result. */
    String start(String owner, int total, Function<IntConsumer, ObjectNode> work) {
        String id = UUID.randomUUID().toString();
        write("insert into job (id, owner, status, progress, updated) values (:id, :owner, 'running', 0, :now)",
                id, owner, null, 0);
        workers.submit(() -> {
            long[] last = {0};
            try {
                ObjectNode result = work.apply(done -> {
                    long now = System.currentTimeMillis();
                    if (now - last[0] >= PROGRESS_EVERY) {
                        last[0] = now;
                        write("update job set progress = :progress, updated = :now where id = :id", id, null, null,
                                Math.min(1.0, (double) done / total));
                    }
                });
                write("update job set status = 'done', progress = 1, result = :text, updated = :now where id = :id",
                        id, null, result.toString(), 1);
            } catch (RuntimeException e) {
                write("update job set status = 'failed', progress = 1, error = :text, updated = :now where id = :id",
                        id, null, String.valueOf(e.getMessage()), 1);
            }
        });
        return id;
    }

    private void write(String sql, String id, String owner, String text, double progress) {
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql).bind("id", id).bind("now", Timestamp.from(Instant.now()));
            if (sql.contains(":owner")) {
                update.bind("owner", owner);
            }
            if (sql.contains(":text")) {
                update.bind("text", text);
            }
            if (sql.contains(":progress")) {
                update.bind("progress", progress);
            }
            update.execute();
        });
    }

    Optional<Job> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("select status, progress, result, error from job where id = :id")
                .bind("id", id).map((rs, ctx) -> new Job(rs.getString("status"), rs.getDouble("progress"),
                        rs.getString("result"), rs.getString("error"))).findFirst());
    }
}
