package org.casus.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.casus.CasusException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Users, sessions and login attempts, in the database so that several server instances share
 * them. Passwords are hashed with BCrypt; session tokens are random and stored as SHA-256 hashes;
 * more than {@value #MAX_FAILURES} failed logins for a name within {@link #WINDOW} are refused.
 */
public final class Users {
    /** Failures allowed per name and client address in the window. */
    static final int MAX_FAILURES = 5;
    /** Failures allowed per name from all addresses together in the window: bounds distributed guessing. */
    static final int MAX_FAILURES_ALL = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration SESSION = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the name is unknown, so that a login takes as long either way. */
    private final String unknownUserHash = encoder.encode("no user has this password");
    /**
     * Recently checked tokens, for {@link #TOKEN_CACHE}: most requests then need no database
     * round trip. A logout clears its token here at once; on other server instances a token stays
     * usable for at most that long after its logout.
     */
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    private record Cached(User user, Instant until) {
    }

    /** How long a checked token is trusted without the database by default (and so how late a logout reaches another instance). */
    static final Duration TOKEN_CACHE = Duration.ofSeconds(30);
    private final Duration tokenCache;

    public Users(String url) {
        this(url, TOKEN_CACHE);
    }

    /** @param tokenCache how long a checked token is trusted without asking the database */
    public Users(String url, Duration tokenCache) {
        this.tokenCache = tokenCache;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/server").table("flyway_server_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        this.jdbi = Jdbi.create(url);
    }

    /** Login refused: too many failures for this name lately. */
    public static final class TooManyAttempts extends CasusException {
        TooManyAttempts(String name) {
            super("too many failed logins for " + name + "; wait " + WINDOW.toMinutes() + " minutes");
        }
    }

    /**
     * When no user exists yet, creates {@code admin} with a random one-time password and returns
     * it; the password must be changed at the first login.
     */
    public Optional<String> ensureAdmin() {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from app_user").mapTo(Integer.class).one() > 0) {
                return Optional.<String>empty();
            }
            String password = token(18);
            insert(h, "admin", password, Role.ADMIN, true);
            return Optional.of(password);
        });
    }

    public long create(String name, String password, Role role) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new CasusException("a user name is 1 to 100 letters, digits, dots, dashes or underscores");
        }
        PasswordPolicy.check(name, password);
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from app_user where name_key = :key").bind("key", key(name))
                    .mapTo(Integer.class).one() > 0) {
                throw new CasusException("a user " + name + " exists already (names are unique regardless of case)");
            }
            return insert(h, name, password, role, false);
        });
    }

    private long insert(Handle h, String name, String password, Role role, boolean mustChange) {
        return h.createUpdate("insert into app_user (name, name_key, password_hash, role, created, must_change) "
                        + "values (:n, :k, :p, :r, :c, :m)")
                .bind("n", name).bind("k", key(name)).bind("p", encoder.encode(password)).bind("r", role.label())
                .bind("c", Timestamp.from(Instant.now())).bind("m", mustChange)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("select id, name, role, must_change from app_user order by id")
                .map((rs, ctx) -> user(rs)).list());
    }

    /**
     * Changes {@code user}'s password after checking the current one; ends the user's other
     * sessions, and clears a one-time password's duty to change.
     */
    public void changePassword(User user, String current, String replacement, String keptToken) {
        String stored = jdbi.withHandle(h -> h.createQuery("select password_hash from app_user where id = :id")
                .bind("id", user.id()).mapTo(String.class).one());
        if (current == null || !encoder.matches(current, stored)) {
            throw new CasusException("current: the current password is wrong");
        }
        if (current.equals(replacement)) {
            throw new CasusException("password: the new password must differ from the current one");
        }
        PasswordPolicy.check(user.name(), replacement);
        jdbi.useTransaction(h -> {
            h.createUpdate("update app_user set password_hash = :p, must_change = false where id = :id")
                    .bind("p", encoder.encode(replacement)).bind("id", user.id()).execute();
            h.createUpdate("delete from app_session where user_id = :id and token_hash <> :kept")
                    .bind("id", user.id()).bind("kept", hash(String.valueOf(keptToken))).execute();
        });
        recent.clear();
    }

    /**
     * Gives {@code name} a one-time {@code password}, set by {@code by}, an admin: it must be
     * changed at the next login, and the user's sessions end. Not one's own: that change needs
     * the current password ({@link #changePassword}), which a stolen session does not know.
     */
    public void resetPassword(String name, String password, User by) {
        jdbi.useTransaction(h -> {
            User target = find(h, name);
            if (target.id() == by.id()) {
                throw new CasusException("an admin changes their own password with POST /api/password");
            }
            PasswordPolicy.check(target.name(), password);
            h.createUpdate("update app_user set password_hash = :p, must_change = true where id = :id")
                    .bind("p", encoder.encode(password)).bind("id", target.id()).execute();
            h.createUpdate("delete from app_session where user_id = :id").bind("id", target.id()).execute();
        });
        recent.clear();
    }

    /** Gives {@code name} another role; the last admin keeps the role. */
    public void setRole(String name, Role role) {
        jdbi.useTransaction(h -> {
            User target = find(h, name);
            if (target.role() == Role.ADMIN && role != Role.ADMIN && admins(h) == 1) {
                throw new CasusException("role: " + name + " is the last admin");
            }
            h.createUpdate("update app_user set role = :r where id = :id").bind("r", role.label())
                    .bind("id", target.id()).execute();
        });
        recent.clear();
    }

    /** Deletes {@code name} and its sessions; not oneself, not the last admin. */
    public void delete(String name, User by) {
        jdbi.useTransaction(h -> {
            User target = find(h, name);
            if (target.id() == by.id()) {
                throw new CasusException("an admin cannot delete their own account");
            }
            if (target.role() == Role.ADMIN && admins(h) == 1) {
                throw new CasusException(name + " is the last admin");
            }
            h.createUpdate("delete from app_session where user_id = :id").bind("id", target.id()).execute();
            h.createUpdate("delete from app_user where id = :id").bind("id", target.id()).execute();
        });
        recent.clear();
    }

    private static User find(Handle h, String name) {
        return h.createQuery("select id, name, role, must_change from app_user where name_key = :k")
                .bind("k", key(String.valueOf(name))).map((rs, ctx) -> user(rs)).findFirst()
                .orElseThrow(() -> new CasusException("no user " + name));
    }

    private static int admins(Handle h) {
        return h.createQuery("select count(*) from app_user where role = 'admin'").mapTo(Integer.class).one();
    }

    private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), Role.of(rs.getString("role")).orElseThrow(),
                rs.getBoolean("must_change"));
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A session token for {@code name} and {@code password}, or empty when they do not match.
     *
     * <p>The attempt is recorded, as a failure, and committed before the failures are counted and
     * the password is checked. Of attempts made in parallel, each one checked sees every checked
     * one counted before it (their records were committed first), so a burst cannot have more than
     * {@value #MAX_FAILURES} passwords checked while BCrypt runs. Counting only the records with a
     * lower id would not do: an id is drawn before its record commits. A match turns the attempt
     * into a success.
     *
     * <p>Failures are counted per name and client address ({@value #MAX_FAILURES}), so that wrong
     * passwords sent from one address do not lock the account out for its owner elsewhere, and per
     * name from every address ({@value #MAX_FAILURES_ALL}). Names are matched regardless of case.
     * An unknown name costs the same BCrypt check as a known one, so the time taken does not tell
     * which names exist. Attempts older than the window are deleted as new ones come.
     */
    public Optional<String> login(String name, String password, String client) {
        if (name == null || name.isEmpty() || name.length() > 100) {
            throw new CasusException("name: a user name is 1 to 100 characters");
        }
        if (password != null && password.length() > PasswordPolicy.MAX_LENGTH) {
            throw new CasusException("password: at most " + PasswordPolicy.MAX_LENGTH + " characters");
        }
        String who = key(name);
        String from = client == null ? "" : client.length() > 64 ? client.substring(0, 64) : client;
        Instant now = Instant.now();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        long attempt = jdbi.withHandle(h -> {
            h.createUpdate("delete from login_attempt where at < :since").bind("since", since).execute();
            return h.createUpdate("insert into login_attempt (name, client, at, ok) values (:n, :c, :at, false)")
                    .bind("n", who).bind("c", from).bind("at", Timestamp.from(now)).executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
        });
        int fromHere = jdbi.withHandle(h -> h.createQuery("select count(*) from login_attempt where name = :n "
                        + "and client = :c and at > :since and not ok")
                .bind("n", who).bind("c", from).bind("since", since).mapTo(Integer.class).one());
        int fromAll = jdbi.withHandle(h -> h.createQuery("select count(*) from login_attempt where name = :n "
                        + "and at > :since and not ok")
                .bind("n", who).bind("since", since).mapTo(Integer.class).one());
        if (fromHere > MAX_FAILURES || fromAll > MAX_FAILURES_ALL) {
            throw new TooManyAttempts(name);
        }
        Optional<String[]> row = jdbi.withHandle(h -> h.createQuery("select id, password_hash from app_user "
                        + "where name_key = :n").bind("n", who)
                .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("password_hash")}).findFirst());
        boolean matches = password != null && encoder.matches(password, row.map(r -> r[1]).orElse(unknownUserHash));
        if (row.isEmpty() || !matches) {
            return Optional.empty();
        }
        long id = Long.parseLong(row.get()[0]);
        return Optional.of(jdbi.inTransaction(h -> {
            h.createUpdate("update login_attempt set ok = true where id = :id").bind("id", attempt).execute();
            String token = token(32);
            h.createUpdate("insert into app_session (token_hash, user_id, expires) values (:t, :u, :e)")
                    .bind("t", hash(token)).bind("u", id).bind("e", Timestamp.from(Instant.now().plus(SESSION)))
                    .execute();
            return token;
        }));
    }

    /** The user a bearer token belongs to, while its session lasts. */
    public Optional<User> userFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String key = hash(token);
        Cached hit = recent.get(key);
        Instant now = Instant.now();
        if (hit != null && hit.until().isAfter(now)) {
            return Optional.of(hit.user());
        }
        Optional<User> user = lookup(token);
        user.ifPresentOrElse(u -> recent.put(key, new Cached(u, now.plus(tokenCache))), () -> recent.remove(key));
        return user;
    }

    private Optional<User> lookup(String token) {
        return jdbi.withHandle(h -> h.createQuery("select u.id, u.name, u.role, u.must_change from app_session s "
                        + "join app_user u on u.id = s.user_id where s.token_hash = :t and s.expires > :now")
                .bind("t", hash(token)).bind("now", Timestamp.from(Instant.now()))
                .map((rs, ctx) -> user(rs)).findFirst());
    }

    public void logout(String token) {
        recent.remove(hash(token));
        jdbi.useHandle(h -> h.createUpdate("delete from app_session where token_hash = :t").bind("t", hash(token)).execute());
    }

    private String token(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
