package org.casus.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Long analyses (simulations, design searches) run as jobs: queued at once, run by a small pool
 * of workers, polled for progress and result, cancellable by their owner. Their state is kept in
 * the database, so that any instance behind a proxy can report it; an instance keeps the jobs it
 * runs alive with a heartbeat, and a job whose heartbeat stops (its server stopped) is reported
 * failed, as interrupted, instead of running for ever. Each user may have {@link #PER_USER}
 * unfinished jobs, and all users together {@link #WAITING}.
 */
final class Jobs {
    /** A job's state, as the API shows it; the result is JSON text. */
    record Job(String owner, String status, double progress, String result, String error) {
        boolean finished() {
            return !status.equals("queued") && !status.equals("running");
        }
    }

    /** Refused: too many unfinished jobs. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    static final int PER_USER = 2;
    static final int WAITING = 16;
    /** By default, a job not heard of for this long was interrupted; a running job's instance beats six times as often. */
    static final Duration STALE = Duration.ofSeconds(60);
    /** Progress is written at most this often, in milliseconds. */
    private static final long PROGRESS_EVERY = 250;
    private static final String INTERRUPTED = "interrupted: its server stopped before the job finished";

    /** Thrown into a job's work by its progress callback once the job is cancelled. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final Jdbi jdbi;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("casus-job"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("casus-jobs-alive"));
    private final Map<String, Future<?>> mine = new ConcurrentHashMap<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final long staleMillis;
    /** Set when the instance stops: running work ends at its next progress report and writes nothing more. */
    private volatile boolean halted;

    Jobs(String url, Duration stale) {
        this.jdbi = Jdbi.create(url);
        this.staleMillis = stale.toMillis();
        interruptStale();
        long beat = Math.max(1, staleMillis / 6);
        heartbeat.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** Stops this instance's heartbeat and workers at once, as a crash would: its jobs then read as interrupted. */
    void halt() {
        halted = true;
        heartbeat.shutdownNow();
        workers.shutdownNow();
    }

    /**
     * Queues {@code work}, which reports its progress (0 to {@code total}) and returns the result.
     *
     * @throws Busy when the owner, or everyone together, has too many unfinished jobs
     */
    synchronized String start(String owner, long total, Function<LongConsumer, ObjectNode> work) {
        long own = count("select count(*) from job where owner = :owner and status in ('queued', 'running')", owner);
        if (own >= PER_USER) {
            throw new Busy("you have " + own + " unfinished jobs, the most one user may have; wait for one to finish "
                    + "or cancel it (POST /api/jobs/{id}/cancel)");
        }
        if (count("select count(*) from job where status in ('queued', 'running')", null) >= WAITING) {
            throw new Busy("the server has " + WAITING + " unfinished jobs; try again later");
        }
        String id = UUID.randomUUID().toString();
        update("insert into job (id, owner, status, progress, updated) values (:id, :owner, 'queued', 0, :now)",
                id, owner, null, 0);
        mine.put(id, workers.submit(() -> run(id, total, work)));
        return id;
    }

    private void run(String id, long total, Function<LongConsumer, ObjectNode> work) {
        try {
            if (cancelled.contains(id)) {
                return;
            }
            update("update job set status = 'running', updated = :now where id = :id", id, null, null, 0);
            long[] last = {0};
            ObjectNode result = work.apply(done -> {
                if (cancelled.contains(id) || halted) {
                    throw new Cancelled();
                }
                long now = System.currentTimeMillis();
                if (now - last[0] >= PROGRESS_EVERY) {
                    last[0] = now;
                    update("update job set progress = :progress, updated = :now where id = :id", id, null, null,
                            Math.min(1.0, (double) done / Math.max(1, total)));
                }
            });
            update("update job set status = 'done', progress = 1, result = :text, updated = :now where id = :id "
                    + "and status = 'running'", id, null, result.toString(), 1);
        } catch (Cancelled e) {
            // a cancel request has written the state already; a halted instance writes nothing
        } catch (RuntimeException e) {
            if (halted) {
                return;
            }
            update("update job set status = 'failed', progress = 1, error = :text, updated = :now where id = :id "
                    + "and status = 'running'", id, null, String.valueOf(e.getMessage()), 1);
        } finally {
            mine.remove(id);
            cancelled.remove(id);
        }
    }

    /**
     * Cancels a queued or running job of {@code owner} (any job for an admin); its work stops at
     * its next progress report.
     *
     * @return the job as it now stands, or empty when there is no such job for this user
     */
    synchronized Optional<Job> cancel(String id, String owner, boolean admin) {
        Optional<Job> job = get(id, owner, admin);
        if (job.isEmpty() || job.get().finished()) {
            return job;
        }
        cancelled.add(id);
        update("update job set status = 'cancelled', error = :text, updated = :now where id = :id", id, null,
                "cancelled by " + owner, job.get().progress());
        Future<?> future = mine.get(id);
        if (future != null) {
            // no interrupt: an interrupted thread closes the file channels of an H2 database; a
            // running job stops at its next progress report, a queued one never starts
            if (future.cancel(false)) {
                mine.remove(id);
            }
        }
        return get(id, owner, admin);
    }

    /** The job, when {@code user} owns it or is an admin; a job whose server stopped reads as failed. */
    Optional<Job> get(String id, String user, boolean admin) {
        Optional<Job> job = jdbi.withHandle(h -> h.createQuery("select owner, status, progress, result, error, updated "
                        + "from job where id = :id").bind("id", id)
                .map((rs, ctx) -> {
                    Job j = new Job(rs.getString("owner"), rs.getString("status"), rs.getDouble("progress"),
                            rs.getString("result"), rs.getString("error"));
                    boolean stale = !j.finished() && !mine.containsKey(id)
                            && rs.getTimestamp("updated").toInstant().isBefore(Instant.now().minusMillis(staleMillis));
                    return stale ? new Job(j.owner(), "failed", j.progress(), null, INTERRUPTED) : j;
                }).findFirst());
        job.filter(j -> j.status().equals("failed") && INTERRUPTED.equals(j.error()))
                .ifPresent(j -> interruptStale());
        return job.filter(j -> admin || j.owner().equals(user));
    }

    /** Marks failed the unfinished jobs no instance has kept alive. */
    private void interruptStale() {
        jdbi.useHandle(h -> h.createUpdate("update job set status = 'failed', error = :error, updated = :now "
                        + "where status in ('queued', 'running') and updated < :stale")
                .bind("error", INTERRUPTED).bind("now", Timestamp.from(Instant.now()))
                .bind("stale", Timestamp.from(Instant.now().minusMillis(staleMillis))).execute());
    }

    private void beat() {
        for (String id : mine.keySet()) {
            update("update job set updated = :now where id = :id and status in ('queued', 'running')", id, null, null, 0);
        }
    }

    private long count(String sql, String owner) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            if (owner != null) {
                query.bind("owner", owner);
            }
            return query.mapTo(Long.class).one();
        });
    }

    private void update(String sql, String id, String owner, String text, double progress) {
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
