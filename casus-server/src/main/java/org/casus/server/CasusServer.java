package org.casus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.casus.CasusException;
import org.casus.activation.CrisisPower;
import org.casus.brief.BriefingBuilder;
import org.casus.brief.HtmlRenderer;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.RedLine;
import org.casus.format.ArrangementReader;
import org.casus.format.FormatException;
import org.casus.format.TreeReader;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.RecordException;
import org.casus.record.RecordExport;
import org.casus.record.RecordService;
import org.casus.record.RecordSource;
import org.casus.record.Statement;
import org.casus.record.analysis.AgreementSpace;
import org.casus.record.analysis.Contradictions;
import org.casus.record.analysis.Position;
import org.casus.record.analysis.Positions;
import org.casus.record.analysis.RecordJson;
import org.casus.record.store.RecordStore;
import org.casus.report.CheckJson;
import org.casus.report.DesignReport;
import org.casus.report.PowerReport;
import org.casus.report.ProvisionsText;
import org.casus.report.RobustnessReport;
import org.casus.report.SimulationReport;
import org.casus.robustness.Robustness;
import org.casus.sim.Comparison;
import org.casus.sim.SimulationOptions;

/**
 * The web workbench: the JSON API under {@code /api} (described at {@code /api/openapi.json}),
 * the browser UI, and access control. Every endpoint but {@code /health} and the static UI needs
 * a bearer token; each declares the least role it needs. All state is in the database.
 */
public final class CasusServer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MAX_REQUEST_BYTES = 2_000_000;
    private static final int MAX_RUNS = 100_000;
    private static final System.Logger LOG = System.getLogger("org.casus.server");
    private static final java.util.random.RandomGenerator REQUEST_IDS = new java.security.SecureRandom();
    /** Bodies are one JSON value: text after it is refused, not ignored. */
    private static final ObjectReader STRICT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Arrangements one simulation job may compare, and runs x arrangements (with the baseline) it may do. */
    private static final int MAX_ARRANGEMENTS = 10;
    private static final long MAX_WORK = 500_000;

    private final Library library;
    private final Path libraryFolder;
    private final RecordStore record;
    private final Users users;
    private final Jobs jobs;
    /** Analyses of library arrangements are pure functions of the library, which does not change while serving. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Javalin app;

    /** @param url the database of the record, users and jobs */
    public CasusServer(Library library, Path libraryFolder, String url, RecordStore record, Users users) {
        this(library, libraryFolder, url, record, users, Jobs.STALE);
    }

    /**
     * @param jobStale how long a job may go unheard of before it reads as interrupted (its
     *                 instance stopped); instances sharing a database should agree on it
     */
    public CasusServer(Library library, Path libraryFolder, String url, RecordStore record, Users users,
                       Duration jobStale) {
        this.jobs = new Jobs(url, jobStale);
        this.library = library;
        this.libraryFolder = libraryFolder;
        this.record = record;
        this.users = users;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            String requestId = Long.toHexString(REQUEST_IDS.nextLong());
            ctx.attribute("requestId", requestId);
            ctx.header("X-Request-Id", requestId);
            refuseUnmeasuredBody(ctx);
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "frame-ancestors 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        app.exception(CasusException.class, (e, ctx) -> error(ctx, e instanceof Users.TooManyAttempts
                ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(FormatException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .json(CheckJson.errors(e.problems().get(0).location().file(), e.problems())));
        app.exception(Denied.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String requestId = ctx.attribute("requestId");
            LOG.log(System.Logger.Level.ERROR, "request " + requestId + " " + ctx.method() + " " + ctx.path()
                    + " failed", e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(MAPPER.createObjectNode()
                    .put("error", "internal error; the server log names it request " + requestId)
                    .put("requestId", requestId));
        });
        app.exception(Jobs.Busy.class, (e, ctx) -> error(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
        app.get("/health", ctx -> ctx.json(MAPPER.createObjectNode().put("status", "ok")));
        app.post("/api/login", this::login);
        route(HandlerType.POST, "/api/logout", Role.VIEWER, ctx -> {
            users.logout(token(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        });
        route(HandlerType.GET, "/api/openapi.json", Role.VIEWER, this::openapi);
        route(HandlerType.GET, "/api/library", Role.VIEWER, this::libraryList);
        route(HandlerType.GET, "/api/arrangements/{id}", Role.VIEWER, this::arrangement);
        route(HandlerType.GET, "/api/arrangements/{id}/power", Role.VIEWER, this::power);
        route(HandlerType.GET, "/api/arrangements/{id}/robustness", Role.VIEWER, this::robustness);
        route(HandlerType.GET, "/api/arrangements/{id}/brief", Role.VIEWER, this::brief);
        route(HandlerType.POST, "/api/check", Role.ANALYST, this::check);
        route(HandlerType.GET, "/api/scenarios", Role.VIEWER, this::scenarios);
        route(HandlerType.POST, "/api/simulations", Role.ANALYST, this::simulate);
        route(HandlerType.POST, "/api/design", Role.ANALYST, this::design);
        route(HandlerType.GET, "/api/jobs/{id}", Role.VIEWER, this::job);
        route(HandlerType.POST, "/api/jobs/{id}/cancel", Role.VIEWER, this::cancelJob);
        route(HandlerType.GET, "/api/record/sources", Role.VIEWER, this::sources);
        route(HandlerType.POST, "/api/record/sources", Role.ANALYST, this::addSource);
        route(HandlerType.GET, "/api/record/statements", Role.VIEWER, this::statements);
        route(HandlerType.POST, "/api/record/statements", Role.ANALYST, this::addStatement);
        route(HandlerType.GET, "/api/record/positions", Role.VIEWER, this::positions);
        route(HandlerType.GET, "/api/record/timeline", Role.VIEWER, this::timeline);
        route(HandlerType.GET, "/api/record/export", Role.VIEWER, this::export);
        route(HandlerType.POST, "/api/record/load", Role.ANALYST, this::load);
        route(HandlerType.POST, "/api/record/import", Role.ANALYST, this::importText);
        route(HandlerType.POST, "/api/record/{kind}/{id}/confirm", Role.ANALYST, this::confirm);
        route(HandlerType.POST, "/api/record/{kind}/{id}/discard", Role.ANALYST, this::discard);
        route(HandlerType.GET, "/api/record/contradictions", Role.VIEWER, this::contradictions);
        route(HandlerType.GET, "/api/record/questions", Role.VIEWER, this::questions);
        route(HandlerType.POST, "/api/record/questions", Role.ANALYST, this::questionsFromCheck);
        route(HandlerType.GET, "/api/actors", Role.VIEWER, this::actors);
        route(HandlerType.GET, "/api/record/space", Role.VIEWER, this::space);
        route(HandlerType.POST, "/api/password", Role.VIEWER, this::changePassword);
        route(HandlerType.GET, "/api/users", Role.ADMIN, this::userList);
        route(HandlerType.POST, "/api/users/{name}/role", Role.ADMIN, this::setRole);
        route(HandlerType.DELETE, "/api/users/{name}", Role.ADMIN, this::deleteUser);
        route(HandlerType.POST, "/api/users", Role.ADMIN, this::addUser);
    }

    /** The routes and the least role each needs, for documentation and tests. */
    public static final List<String[]> ROUTES = List.of(
            new String[] {"POST", "/api/logout", "viewer"}, new String[] {"GET", "/api/openapi.json", "viewer"},
            new String[] {"GET", "/api/library", "viewer"}, new String[] {"GET", "/api/arrangements/nato-1949", "viewer"},
            new String[] {"GET", "/api/arrangements/un-charter-chapter-vii/power", "viewer"},
            new String[] {"GET", "/api/arrangements/nato-1949/robustness", "viewer"},
            new String[] {"GET", "/api/arrangements/nato-1949/brief", "viewer"}, new String[] {"POST", "/api/check", "analyst"},
            new String[] {"GET", "/api/scenarios", "viewer"}, new String[] {"POST", "/api/simulations", "analyst"},
            new String[] {"POST", "/api/design", "analyst"}, new String[] {"GET", "/api/jobs/none", "viewer"},
            new String[] {"POST", "/api/jobs/none/cancel", "viewer"}, new String[] {"POST", "/api/password", "viewer"},
            new String[] {"POST", "/api/users/nobody/role", "admin"}, new String[] {"DELETE", "/api/users/nobody", "admin"}, new String[] {"GET", "/api/record/sources", "viewer"},
            new String[] {"POST", "/api/record/sources", "analyst"}, new String[] {"GET", "/api/record/statements", "viewer"},
            new String[] {"POST", "/api/record/statements", "analyst"}, new String[] {"GET", "/api/record/positions", "viewer"},
            new String[] {"GET", "/api/record/timeline?clause=x:decision.rule", "viewer"},
            new String[] {"POST", "/api/record/statement/1/confirm", "analyst"},
            new String[] {"POST", "/api/record/statement/1/discard", "analyst"},
            new String[] {"GET", "/api/record/export", "viewer"}, new String[] {"POST", "/api/record/load", "analyst"},
            new String[] {"POST", "/api/record/import", "analyst"},
            new String[] {"GET", "/api/record/contradictions", "viewer"},
            new String[] {"GET", "/api/record/questions", "viewer"}, new String[] {"POST", "/api/record/questions", "analyst"},
            new String[] {"GET", "/api/actors", "viewer"}, new String[] {"GET", "/api/record/space", "viewer"},
            new String[] {"GET", "/api/users", "admin"}, new String[] {"POST", "/api/users", "admin"});

    public Javalin app() {
        return app;
    }

    public CasusServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
        jobs.halt();
    }

    /**
     * The size limit is checked against Content-Length; a chunked body declares none and would be
     * read whole (four 700 MB bodies took the heap to 6.3 GB), so a body must declare its length.
     */
    private static void refuseUnmeasuredBody(Context ctx) {
        String encoding = ctx.header("Transfer-Encoding");
        if (encoding != null && !encoding.isBlank() && ctx.header("Content-Length") == null) {
            throw new Denied(HttpStatus.LENGTH_REQUIRED, "a request body must declare its length (Content-Length) "
                    + "and be at most " + MAX_REQUEST_BYTES + " bytes; chunked bodies are refused");
        }
    }

    /** An access check that failed: 401 without a valid token, 403 beyond the role. */
    static final class Denied extends RuntimeException {
        final HttpStatus status;

        Denied(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void route(HandlerType method, String path, Role needed, Handler handler) {
        app.addHttpHandler(method, path, ctx -> {
            User user = users.userFor(token(ctx)).orElseThrow(() -> new Denied(HttpStatus.UNAUTHORIZED,
                    "a valid bearer token is needed; log in at POST /api/login"));
            if (user.mustChange() && !path.equals("/api/password") && !path.equals("/api/logout")) {
                throw new Denied(HttpStatus.FORBIDDEN, "change your one-time password first: POST /api/password "
                        + "with current and password");
            }
            if (!user.role().allows(needed)) {
                throw new Denied(HttpStatus.FORBIDDEN, "this needs the " + needed.label() + " role; you are "
                        + user.role().label());
            }
            ctx.attribute("user", user);
            handler.handle(ctx);
        });
    }

    /** Answers with the JSON of {@code compute}, computed and serialised once per key. */
    private void cached(Context ctx, String key, Supplier<JsonNode> compute) {
        ctx.contentType("application/json").result(cache.computeIfAbsent(key, k -> compute.get().toString()));
    }

    private static String token(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(MAPPER.createObjectNode().put("error", message));
    }

    private static User user(Context ctx) {
        return ctx.attribute("user");
    }

    private void login(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        String name = text(body, "name");
        Optional<String> token = users.login(name, text(body, "password"), ctx.ip());
        if (token.isEmpty()) {
            error(ctx, HttpStatus.UNAUTHORIZED, "wrong name or password");
            return;
        }
        User user = users.userFor(token.get()).orElseThrow();
        ctx.json(MAPPER.createObjectNode().put("token", token.get()).put("name", user.name())
                .put("role", user.role().label()).put("mustChangePassword", user.mustChange()));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = STRICT.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new CasusException("expected a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new CasusException("expected a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A field that must be given, or a 400 naming it. */
    private static String required(JsonNode body, String field, String what) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw new CasusException(field + ": expected " + what);
        }
        return value;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = CasusServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Arrangement arrangementOf(Context ctx) {
        Arrangement a = library.arrangements().get(ctx.pathParam("id"));
        if (a == null) {
            throw new Denied(HttpStatus.NOT_FOUND, "no arrangement '" + ctx.pathParam("id") + "' in the library");
        }
        return a;
    }

    private void libraryList(Context ctx) {
        cached(ctx, "library", this::libraryJson);
    }

    private ArrayNode libraryJson() {
        ArrayNode list = MAPPER.createArrayNode();
        library.arrangements().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(a -> {
            List<Finding> findings = Linter.check(a, library);
            ObjectNode node = list.addObject().put("id", a.id()).put("title", a.title())
                    .put("status", Labels.kebab(a.status()));
            ObjectNode counts = node.putObject("findings");
            for (Severity severity : Severity.values()) {
                counts.put(severity.name().toLowerCase(Locale.ROOT),
                        findings.stream().filter(f -> f.severity() == severity).count());
            }
        });
        return list;
    }

    private void arrangement(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        cached(ctx, "arrangement:" + a.id(), () -> arrangementJson(a));
    }

    private ObjectNode arrangementJson(Arrangement a) {
        ObjectNode node = CheckJson.findings(a.id() + ".yaml", a.id(), Linter.check(a, library));
        node.put("title", a.title()).put("status", Labels.kebab(a.status()))
                .put("provisions", ProvisionsText.render(a));
        Path file = libraryFolder.resolve("arrangements").resolve(a.id() + ".yaml");
        try {
            node.put("yaml", Files.isRegularFile(file) ? Files.readString(file) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return node;
    }

    private void check(Context ctx) {
        Arrangement a = ArrangementReader.read(TreeReader.read("posted.yaml", ctx.body(), false), null,
                library.actors(), library.councils().keySet());
        ctx.json(CheckJson.findings("posted.yaml", a.id(), Linter.check(a, library)));
    }

    private void power(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        if (a.decision().rule() == null) {
            throw new CasusException(a.id() + " has no collective decision rule: each guarantor decides alone");
        }
        String aggressor = ctx.queryParam("against");
        if (aggressor != null && !a.decision().rule().voters().contains(aggressor)) {
            throw new CasusException(aggressor + " has no vote in the rule of " + a.id());
        }
        cached(ctx, "power:" + a.id() + ":" + aggressor, () -> powerJson(a, aggressor));
    }

    private ObjectNode powerJson(Arrangement a, String aggressor) {
        Set<PowerIndex> all = Set.of(PowerIndex.values());
        DecisionRule rule = a.decision().rule();
        CrisisPower power = aggressor == null ? null : CrisisPower.of(a, List.of(aggressor), Set.of(), rule);
        Game game = power == null ? Games.fromRule(a.id(), rule, Set.of(), Set.of(), Set.of()) : power.shown();
        PowerAnalysis.Analysis analysis = PowerAnalysis.analyse(game, Optional.empty(), all, 200_000, 1);
        ObjectNode json = new PowerReport(analysis.result(), all, 10, false).json(a.id(), rule.describe(),
                analysis.reason(), power == null ? null : power.verdict());
        rule.voters().forEach(json.putArray("voters")::add);
        return json;
    }

    private void robustness(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        cached(ctx, "robustness:" + a.id(), () -> RobustnessReport.json(a.id(), Robustness.analyse(a, library, List.of())));
    }

    private void brief(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        ctx.contentType("text/html; charset=utf-8").result(HtmlRenderer.html(new BriefingBuilder(a, library, null,
                List.of(), new SimulationOptions(2000, 1, 2), 0).withRecord(record).build()));
    }

    private void scenarios(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        library.scenarios().values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(s -> list.addObject().put("id", s.id()).put("title", s.title()));
        ctx.json(list);
    }

    private void simulate(Context ctx) {
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
        String id = jobs.start(user(ctx).name(), total, progress -> SimulationReport.json(Comparison.run(arrangements,
                scenario, library, options, tornado ? sensitivityRuns : 0,
                (arrangement, done, all) -> progress.accept((long) order.indexOf(arrangement) * runs + done)), null));
        ctx.status(HttpStatus.ACCEPTED).json(MAPPER.createObjectNode().put("job", id));
    }

    /** Longest candidate list and most candidates one proposal may add, to bound a job's work. */
    private static final int MAX_CANDIDATES = 12;
    private static final int MAX_ADDED = 3;

    /** Starts a design search as a job; its result is the JSON of {@code casus design --json}. */
    private void design(Context ctx) {
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
        String id = jobs.start(user(ctx).name(), 1000, progress -> DesignReport.json(Design.search(request, library,
                (done, total) -> progress.accept(1000L * done / total)), Map.of()));
        ctx.status(HttpStatus.ACCEPTED).json(MAPPER.createObjectNode().put("job", id));
    }

    /** A list of strings, or empty when absent; anything else is refused with the field's name. */
    private static List<String> strings(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    break;
                }
                list.add(item.asText());
            }
            if (list.size() == value.size()) {
                return list;
            }
        }
        throw new CasusException(field + ": expected a list of strings");
    }

    /** A whole number that fits a long, or {@code fallback} when absent. */
    private static long wholeLong(JsonNode body, String field, long fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new CasusException(field + ": expected a whole number, got " + value);
        }
        return value.longValue();
    }

    /** true or false, or {@code fallback} when absent. */
    private static boolean flag(JsonNode body, String field, boolean fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new CasusException(field + ": expected true or false, got " + value);
        }
        return value.booleanValue();
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    private static int whole(JsonNode body, String field, int fallback, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw new CasusException(field + ": expected a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.intValue();
    }

    private void job(Context ctx) {
        User user = user(ctx);
        ctx.json(jobJson(jobs.get(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN)));
    }

    /** Cancels a job of one's own (any job, for an admin); 409 when it has finished already. */
    private void cancelJob(Context ctx) {
        User user = user(ctx);
        Optional<Jobs.Job> before = jobs.get(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN);
        if (before.isPresent() && before.get().finished()) {
            throw new Denied(HttpStatus.CONFLICT, "job " + ctx.pathParam("id") + " has finished already ("
                    + before.get().status() + ")");
        }
        ctx.json(jobJson(jobs.cancel(ctx.pathParam("id"), user.name(), user.role() == Role.ADMIN)));
    }

    /** A job's state; one that is not the caller's to see is not found. */
    private ObjectNode jobJson(Optional<Jobs.Job> found) {
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

    private RecordService recordFor(Context ctx) {
        return new RecordService(record, library, user(ctx).name());
    }

    private void sources(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        for (RecordSource s : record.read(tx -> tx.sources())) {
            list.add(RecordExport.json(s));
        }
        ctx.json(list);
    }

    private void addSource(Context ctx) {
        JsonNode b = body(ctx);
        long id = recordFor(ctx).addSource(text(b, "title"), text(b, "publisher"), text(b, "url"),
                date(text(b, "published")),
                text(b, "reliability"), whole(b, "credibility", 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    /** The statements, each with its claims. */
    private void statements(Context ctx) {
        ctx.json(record.read(tx -> RecordExport.withClaims(tx.statements(), tx.claims())));
    }

    private void addStatement(Context ctx) {
        JsonNode b = body(ctx);
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : b.path("claims")) {
            Modality modality = Modality.of(String.valueOf(text(c, "modality")))
                    .orElseThrow(() -> new RecordException("unknown modality '" + text(c, "modality") + "'"));
            claims.add(new Claim(0, 0, text(c, "arrangement"), text(c, "clause"), modality, text(c, "value"),
                    text(c, "about"), false, 0));
        }
        LocalDate date = date(text(b, "date"));
        long id = recordFor(ctx).addStatement(new Statement(0, text(b, "actor"), text(b, "speaker"), date,
                wholeLong(b, "source", 0), text(b, "quote"), text(b, "paraphrase"), text(b, "cameo"), false, 0), claims);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CasusException("expected a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    private List<Position> allPositions() {
        return record.read(tx -> Positions.of(tx.statements(), tx.claims()));
    }

    private void positions(Context ctx) {
        ctx.json(RecordJson.positions(Positions.matrix(allPositions())));
    }

    private void timeline(Context ctx) {
        String clause = ctx.queryParam("clause");
        if (clause == null) {
            throw new CasusException("name the clause: ?clause=ARRANGEMENT:CLAUSE");
        }
        ctx.json(RecordJson.timeline(Positions.timeline(allPositions(), clause)));
    }

    /** The record as JSON, or with {@code ?format=csv} as CSV. */
    private void export(Context ctx) {
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").result(RecordExport.csv(record));
        } else {
            ctx.json(RecordExport.json(record));
        }
    }

    /** Loads a JSON export, or a CSV one when sent as {@code text/csv}, in one transaction. */
    private void load(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        boolean merge = "true".equals(ctx.queryParam("merge"));
        RecordService.Loaded loaded = type.startsWith("text/csv") ? RecordExport.loadCsv(recordFor(ctx), ctx.body(), merge)
                : RecordExport.load(recordFor(ctx), ctx.body(), merge);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("statements", loaded.statements())
                .put("already", loaded.already()));
    }

    /**
     * Imports the quotations and reported speech of a news text ({@code text}) as unconfirmed statements from
     * {@code source} on {@code date}, with claims on {@code arrangement} when given; one
     * transaction per statement, as {@code casus record import}.
     */
    private void importText(Context ctx) {
        JsonNode b = body(ctx);
        LocalDate day = date(text(b, "date"));
        if (day == null) {
            throw new CasusException("name the date the statements were made");
        }
        RecordService.ImportResult result = recordFor(ctx).importText(String.valueOf(text(b, "text")),
                wholeLong(b, "source", 0), day, text(b, "arrangement"), text(b, "author"));
        ArrayNode imported = MAPPER.createArrayNode();
        result.statements().forEach(imported::add);
        ArrayNode skipped = MAPPER.createArrayNode();
        result.skipped().forEach(skipped::add);
        ObjectNode answer = MAPPER.createObjectNode().put("claims", result.claims());
        answer.set("statements", imported);
        answer.set("skipped", skipped);
        answer.put("already", result.already());
        ctx.status(HttpStatus.CREATED).json(answer);
    }

    /** Confirms a statement or claim, first correcting it when the body gives new values. */
    private void confirm(Context ctx) {
        String kind = ctx.pathParam("kind");
        long id = pathId(ctx);
        JsonNode b = ctx.body().isBlank() ? MAPPER.createObjectNode() : body(ctx);
        RecordService service = recordFor(ctx);
        switch (kind) {
            case "statement" -> service.confirmStatement(id, text(b, "actor"), text(b, "speaker"));
            case "claim" -> {
                String modality = text(b, "modality");
                service.confirmClaim(id, modality == null ? null : Modality.of(modality).orElseThrow(() ->
                        new CasusException("unknown modality '" + modality + "'")), text(b, "value"), text(b, "about"));
            }
            default -> service.confirm(kind, id);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void discard(Context ctx) {
        recordFor(ctx).discard(ctx.pathParam("kind"), pathId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new CasusException("expected a numeric id, got " + ctx.pathParam("id"));
        }
    }

    private void contradictions(Context ctx) {
        ctx.json(RecordJson.contradictions(Contradictions.find(allPositions())));
    }

    private void questions(Context ctx) {
        ctx.json(RecordJson.questions(record.read(tx -> tx.questions())));
    }

    private void questionsFromCheck(Context ctx) {
        String arrangement = required(body(ctx), "arrangement", "the id of an arrangement of the library");
        ArrayNode opened = MAPPER.createArrayNode();
        recordFor(ctx).questionsFromCheck(arrangement).forEach(opened::add);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().set("opened", opened));
    }

    private void actors(Context ctx) {
        cached(ctx, "actors", () -> {
            ArrayNode list = MAPPER.createArrayNode();
            library.actors().all().forEach(a -> {
                ObjectNode node = list.addObject().put("code", a.code()).put("name", a.name())
                        .put("kind", Labels.kebab(a.kind()));
                ArrayNode people = node.putArray("people");
                a.people().forEach(p -> people.addObject().put("name", p.name()).put("role", p.role())
                        .put("from", p.from()).put("to", p.to()));
            });
            return list;
        });
    }

    private void space(Context ctx) {
        ctx.json(RecordJson.space(AgreementSpace.of(allPositions())));
    }

    private void userList(Context ctx) {
        ArrayNode list = MAPPER.createArrayNode();
        users.list().forEach(u -> list.addObject().put("id", u.id()).put("name", u.name()).put("role", u.role().label())
                .put("mustChangePassword", u.mustChange()));
        ctx.json(list);
    }

    private void changePassword(Context ctx) {
        JsonNode b = body(ctx);
        users.changePassword(user(ctx), text(b, "current"), text(b, "password"), token(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void setRole(Context ctx) {
        Role role = Role.of(String.valueOf(text(body(ctx), "role"))).orElseThrow(() ->
                new CasusException("role must be viewer, analyst or admin"));
        users.setRole(ctx.pathParam("name"), role);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void deleteUser(Context ctx) {
        users.delete(ctx.pathParam("name"), user(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void addUser(Context ctx) {
        JsonNode b = body(ctx);
        Role role = Role.of(String.valueOf(text(b, "role"))).orElseThrow(() ->
                new CasusException("role must be viewer, analyst or admin"));
        long id = users.create(text(b, "name"), text(b, "password"), role);
        ctx.status(HttpStatus.CREATED).json(MAPPER.createObjectNode().put("id", id));
    }
}
