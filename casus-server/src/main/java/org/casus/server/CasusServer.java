package org.casus.server;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static org.casus.server.Access.ADMIN;
import static org.casus.server.Access.ANALYST;
import static org.casus.server.Access.ONE_TIME;
import static org.casus.server.Access.OPEN;
import static org.casus.server.Access.VIEWER;
import static org.casus.server.Json.MAPPER;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.casus.CasusException;
import org.casus.format.FormatException;
import org.casus.model.Library;
import org.casus.record.store.RecordStore;
import org.casus.report.CheckJson;

/**
 * The web workbench: the JSON API under {@code /api} (described at {@code /api/openapi.json}),
 * the browser UI, and access control. Every endpoint but {@code /health}, {@code /api/login} and
 * the static UI needs a bearer token; each declares the least role it needs in the one route
 * table ({@link #routes()}). All state is in the database. The endpoints themselves are in one
 * class per capability: {@link Accounts}, {@link UserAdmin}, {@link Analyses}, {@link Simulations},
 * {@link NegotiationRecord}.
 */
public final class CasusServer {
    private static final long MAX_REQUEST_BYTES = 2_000_000;
    private static final System.Logger LOG = System.getLogger("org.casus.server");
    private static final RandomGenerator REQUEST_IDS = new SecureRandom();

    private final Jobs jobs;
    private final List<Route> routes;
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
        Accounts accounts = new Accounts(users);
        this.routes = table(accounts, new UserAdmin(users), new Analyses(library, libraryFolder, record),
                new Simulations(library, jobs), new NegotiationRecord(record, library));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        app.before(CasusServer::headers);
        app.exception(CasusException.class, (e, ctx) -> error(ctx, e instanceof Users.TooManyAttempts
                ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(FormatException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .json(CheckJson.errors(e.problems().get(0).location().file(), e.problems())));
        app.exception(Denied.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(Exception.class, CasusServer::internalError);
        app.exception(Jobs.Busy.class, (e, ctx) -> error(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
        for (Route route : routes) {
            app.addHttpHandler(route.method(), route.path(), accounts.guard(route));
        }
    }

    /** Every route of the API, with who may call it: what is registered, documented and tested. */
    private static List<Route> table(Accounts accounts, UserAdmin users, Analyses analyses, Simulations simulations,
                                     NegotiationRecord record) {
        return List.of(
                new Route(GET, "/health", OPEN, ctx -> ctx.json(MAPPER.createObjectNode().put("status", "ok"))),
                new Route(GET, "/api/openapi.json", VIEWER, CasusServer::openapi),
                new Route(POST, "/api/login", OPEN, accounts::login),
                new Route(POST, "/api/logout", ONE_TIME, accounts::logout),
                new Route(POST, "/api/password", ONE_TIME, accounts::changePassword),
                new Route(GET, "/api/users", ADMIN, users::list),
                new Route(POST, "/api/users", ADMIN, users::add),
                new Route(POST, "/api/users/{name}/role", ADMIN, users::setRole),
                new Route(POST, "/api/users/{name}/password", ADMIN, users::resetPassword),
                new Route(DELETE, "/api/users/{name}", ADMIN, users::delete),
                new Route(GET, "/api/library", VIEWER, analyses::library),
                new Route(GET, "/api/actors", VIEWER, analyses::actors),
                new Route(GET, "/api/arrangements/{id}", VIEWER, analyses::arrangement),
                new Route(GET, "/api/arrangements/{id}/power", VIEWER, analyses::power),
                new Route(GET, "/api/arrangements/{id}/robustness", VIEWER, analyses::robustness),
                new Route(GET, "/api/arrangements/{id}/brief", VIEWER, analyses::brief),
                new Route(GET, "/api/councils", VIEWER, analyses::councils),
                new Route(GET, "/api/councils/{id}/power", VIEWER, analyses::councilPower),
                new Route(POST, "/api/check", ANALYST, analyses::check),
                new Route(POST, "/api/check/power", ANALYST, analyses::postedPower),
                new Route(POST, "/api/check/robustness", ANALYST, analyses::postedRobustness),
                new Route(POST, "/api/check/brief", ANALYST, analyses::postedBrief),
                new Route(GET, "/api/scenarios", VIEWER, simulations::scenarios),
                new Route(POST, "/api/simulations", ANALYST, simulations::simulate),
                new Route(POST, "/api/design", ANALYST, simulations::design),
                new Route(GET, "/api/jobs/{id}", VIEWER, simulations::job),
                new Route(POST, "/api/jobs/{id}/cancel", VIEWER, simulations::cancel),
                new Route(GET, "/api/record/sources", VIEWER, record::sources),
                new Route(POST, "/api/record/sources", ANALYST, record::addSource),
                new Route(GET, "/api/record/statements", VIEWER, record::statements),
                new Route(POST, "/api/record/statements", ANALYST, record::addStatement),
                new Route(POST, "/api/record/claims", ANALYST, record::addClaim),
                new Route(POST, "/api/record/import", ANALYST, record::importText),
                new Route(POST, "/api/record/{kind}/{id}/confirm", ANALYST, record::confirm),
                new Route(POST, "/api/record/{kind}/{id}/discard", ANALYST, record::discard),
                new Route(GET, "/api/record/export", VIEWER, record::export),
                new Route(POST, "/api/record/load", ANALYST, record::load),
                new Route(GET, "/api/record/positions", VIEWER, record::positions),
                new Route(GET, "/api/record/timeline", VIEWER, record::timeline),
                new Route(GET, "/api/record/contradictions", VIEWER, record::contradictions),
                new Route(GET, "/api/record/questions", VIEWER, record::questions),
                new Route(POST, "/api/record/questions", ANALYST, record::questionsFromCheck),
                new Route(POST, "/api/record/questions/{id}/answer", ANALYST, record::answer),
                new Route(GET, "/api/record/space", VIEWER, record::space));
    }

    /** The route table, for the tests that check every route's access and its OpenAPI description. */
    List<Route> routes() {
        return routes;
    }

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

    /** Names the request (X-Request-Id), refuses an unmeasured body, and sets the security headers. */
    private static void headers(Context ctx) {
        String requestId = Long.toHexString(REQUEST_IDS.nextLong());
        ctx.attribute("requestId", requestId);
        ctx.header("X-Request-Id", requestId);
        refuseUnmeasuredBody(ctx);
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
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

    /** A failure nobody foresaw: logged with the request's id, which the answer names instead of the details. */
    private static void internalError(Exception e, Context ctx) {
        String requestId = ctx.attribute("requestId");
        LOG.log(System.Logger.Level.ERROR, "request " + requestId + " " + ctx.method() + " " + ctx.path()
                + " failed", e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(MAPPER.createObjectNode()
                .put("error", "internal error; the server log names it request " + requestId)
                .put("requestId", requestId));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(MAPPER.createObjectNode().put("error", message));
    }

    private static void openapi(Context ctx) throws IOException {
        try (InputStream in = CasusServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
