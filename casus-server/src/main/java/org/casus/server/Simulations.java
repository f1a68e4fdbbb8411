package org.casus.server;

import static org.casus.server.Json.MAPPER;
import static org.casus.server.Json.body;
import static org.casus.server.Json.flag;
import static org.casus.server.Json.required;
import static org.casus.server.Json.strings;
import static org.casus.server.Json.text;
import static org.casus.server.Json.whole;
import static org.casus.server.Json.wholeLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.CasusException;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.RedLine;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.report.DesignReport;
import org.casus.report.SimulationReport;
import org.casus.sim.Comparison;
import org.casus.sim.SimulationOptions;

/**
 * The long analyses, run as {@link Jobs}: the crisis simulation and the design search, started
 * with bounded work, then polled and cancelled by their owner (or an admin).
 */
final class Simulations {
    private static final int MAX_RUNS = 100_000;
    /** Arrangements one simulation job may compare, and runs x arrangements (with the baseline) it may do. */
    private static final int MAX_ARRANGEMENTS = 10;
    private static final long MAX_WORK = 500_000;
    /** Longest candidate list and most candidates one proposal may add, to bound a job's work. */
    private static final int MAX_CANDIDATES = 12;
    private static final int MAX_ADDED = 3;

    private final Library library;
    private final Jobs jobs;

    Simulations(Library library, Jobs jobs) {
        this.library = library;
        this.jobs = jobs;
    }

    void scenarios(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        library.scenarios().values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(s -> list.addObject().put("id", s.id()).put("title", s.title()).put("aggressor", s.aggressor())
                        .put("target", s.target()));
        ctx.json(list);
    }

    /** Starts a simulation of arrangements against no arrangement as a job; its result is {@code casus simulate --json}. */
    void simulate(Context ctx) {
        JsonNode body = body(ctx);
        Scenario scenario = library.scenarios().get(required(body, "scenario", "the id of a scenario of the library"));
        if (scenario == null) {
            throw new CasusException("no scenario '" + text(body, "scenario") + "' in the library");
        }
        List<Arrangement> arrangements = new ArrayList<>();
        for (JsonNode id : body.path("arrangements")) {
            Arrangement a = library.arrangements().get(id.asText());
            if (a == null) {
                throw new CasusException("no arrangement '" + id.asText() + "' in the library");
            }
            arrangements.add(a);
        }
        int n = 0;
        for (JsonNode draft : body.path("drafts")) {
            arrangements.add(Analyses.read("drafts[" + n++ + "]", draft.asText(), library));
        }
        if (arrangements.isEmpty()) {
            throw new CasusException("name at least one arrangement to simulate");
        }
        if (arrangements.size() > MAX_ARRANGEMENTS) {
            throw new CasusException("arrangements: at most " + MAX_ARRANGEMENTS + " in one job, got " + arrangements.size());
        }
        int runs = whole(body, "runs", 2000, 1, MAX_RUNS);
        SimulationOptions options = new SimulationOptions(runs, wholeLong(body, "seed", 1), 2);
        List<String> order = Comparison.withBaseline(arrangements, library).stream().map(Arrangement::id).toList();
        long total = (long) runs * order.size();
        if (total > MAX_WORK) {
            throw new CasusException("too much work for one job: runs x arrangements (with the baseline) is " + total
                    + ", at most " + MAX_WORK);
        }
        boolean tornado = flag(body, "tornado", false);
        int sensitivityRuns = whole(body, "sensitivityRuns", 1000, 10, MAX_RUNS);
        String id = jobs.start(Accounts.user(ctx).name(), total, progress -> SimulationReport.json(Comparison.run(
                arrangements, scenario, library, options, tornado ? sensitivityRuns : 0,
                (arrangement, done, all) -> progress.accept((long) order.indexOf(arrangement) * runs + done)), null));
        ctx.status(HttpStatus.ACCEPTED).json(MAPPER.createObjectNode().put("job", id));
    }

    /** Starts a design search as a job; its result is the JSON of {@code casus design --json}. */
    void design(Context ctx) {
        JsonNode body = body(ctx);
        Arrangement base = library.arrangements().get(required(body, "arrangement", "the id of an arrangement of the library"));
        if (base == null) {
            throw new CasusException("no arrangement '" + text(body, "arrangement") + "' in the library");
        }
        List<String> candidates = strings(body, "candidates");
        if (candidates.size() > MAX_CANDIDATES) {
            throw new CasusException("candidates: at most " + MAX_CANDIDATES + ", got " + candidates.size());
        }
        DesignRequest request = new DesignRequest(base, strings(body, "requireGuarantors"),
                strings(body, "excludeGuarantors"), candidates, whole(body, "maxAdded", 2, 0, MAX_ADDED), List.of(),
                strings(body, "redLines").stream().map(RedLine::parse).toList(), Map.of(),
                whole(body, "fallbackDays", 0, 0, 365), whole(body, "show", 10, 1, 50));
        String id = jobs.start(Accounts.user(ctx).name(), 1000, progress -> DesignReport.json(Design.search(request,
                library, (done, total) -> progress.accept(1000L * done / total)), Map.of()));
        ctx.status(HttpStatus.ACCEPTED).json(MAPPER.createObjectNode().put("job", id));
    }

    void job(Context ctx) {
        User user = Accounts.user(ctx);
        ctx.json(jobJson(jobs.get(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN)));
    }

    /** Cancels a job of one's own (any job, for an admin); 409 when it has finished already. */
    void cancel(Context ctx) {
        User user = Accounts.user(ctx);
        Optional<Jobs.Job> before = jobs.get(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN);
        if (before.isPresent() && before.get().finished()) {
            throw new Denied(HttpStatus.CONFLICT, "job " + ctx.pathParam("id") + " has finished already ("
                    + before.get().status() + ")");
        }
        ctx.json(jobJson(jobs.cancel(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN)));
    }

    /** A job's state; one that is not the caller's to see is not found. */
    private static ObjectNode jobJson(Optional<Jobs.Job> found) {
        Jobs.Job job = found.orElseThrow(() -> new Denied(HttpStatus.NOT_FOUND, "no such job of yours"));
        ObjectNode node = MAPPER.createObjectNode().put("status", job.status()).put("progress", job.progress());
        if (job.result() != null) {
            try {
                node.set("result", MAPPER.readTree(job.result()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (job.error() != null) {
            node.put("error", job.error());
        }
        return node;
    }
}
