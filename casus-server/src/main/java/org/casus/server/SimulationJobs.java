package org.casus.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Long analyses run as jobs: started at once, polled for progress and result. Jobs live in the
 * memory of the instance that runs them (a job id is only known to that instance).
 */
final class SimulationJobs {
    /** A job's state, as the API shows it. */
    record Job(String status, double progress, ObjectNode result, String error) {
    }

    private final Map<String, AtomicReference<Job>> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "casus-job");
        t.setDaemon(true);
        return t;
    });

    /** Starts {@code work}, which reports its progress (0 to {@code total}) and returns the result. */
    String start(int total, Function<IntConsumer, ObjectNode> work) {
        String id = UUID.randomUUID().toString();
        AtomicReference<Job> job = new AtomicReference<>(new Job("running", 0, null, null));
        jobs.put(id, job);
        workers.submit(() -> {
            try {
                ObjectNode result = work.apply(done -> job.set(new Job("running", Math.min(1.0, (double) done / total),
                        null, null)));
                job.set(new Job("done", 1, result, null));
            } catch (RuntimeException e) {
                job.set(new Job("failed", 1, null, e.getMessage()));
            }
        });
        return id;
    }

    Job get(String id) {
        AtomicReference<Job> job = jobs.get(id);
        return job == null ? null : job.get();
    }
}
