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
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration SESSION = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();
    /**
     * Recently checked tokens, for {@link #TOKEN_CACHE}: most requests then need no database
     * round trip. A logout clears its token here at once; on other server instances a token stays
     * usable for at most that long after its logout.
     */
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    private record Cached(User user, Instant until) {
    }

    static final Duration TOKEN_CACHE = Duration.ofSeconds(30);

    public Users(String url) {
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

    /** When no user exists yet, creates {@code admin} with a random one-time password and returns it. */
    public Optional<String> ensureAdmin() {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from app_user").mapTo(Integer.class).one() > 0) {
                return Optional.<String>empty();
            }
            String password = token(18);
            insert(h, "admin", password, Role.ADMIN);
            return Optional.of(password);
        });
    }

    public long create(String name, String password, Role role) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new CasusException("a user name is 1 to 100 letters, digits, dots, dashes or underscores");
        }
        if (password == null || password.length() < 12) {
            throw new CasusException("a password needs at least 12 characters");
        }
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from app_user where name = :name").bind("name", name)
                    .mapTo(Integer.class).one() > 0) {
                throw new CasusException("the user " + name + " exists already");
            }
            return insert(h, name, password, role);
        });
    }

    private long insert(Handle h, String name, String password, Role role) {
        return h.createUpdate("insert into app_user (name, password_hash, role, created) values (:n, :p, :r, :c)")
                .bind("n", name).bind("p", encoder.encode(password)).bind("r", role.label())
                .bind("c", Timestamp.from(Instant.now()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("select id, name, role from app_user order by id")
                .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("name"),
                        Role.of(rs.getString("role")).orElseThrow())).list());
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
     */
    public Optional<String> login(String name, String password) {
        String who = String.valueOf(name);
        Instant now = Instant.now();
        long attempt = jdbi.withHandle(h -> h.createUpdate(
                        "insert into login_attempt (name, at, ok) values (:n, :at, false)").bind("n", who).bind("at", Timestamp.from(now)).executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one());
        int failures = jdbi.withHandle(h -> h.createQuery("select count(*) from login_attempt where name = :n "
                        + "and at > :since and not ok")
                .bind("n", who).bind("since", Timestamp.from(now.minus(WINDOW))).mapTo(Integer.class).one());
        if (failures > MAX_FAILURES) {
            throw new TooManyAttempts(name);
        }
        Optional<Long> id = jdbi.withHandle(h -> h.createQuery("select id, password_hash from app_user where name = :n")
                .bind("n", who)
                .map((rs, ctx) -> password != null && encoder.matches(password, rs.getString("password_hash"))
                        ? rs.getLong("id") : null)
                .findFirst().filter(x -> x != null));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbi.inTransaction(h -> {
            h.createUpdate("update login_attempt set ok = true where id = :id").bind("id", attempt).execute();
            String token = token(32);
            h.createUpdate("insert into app_session (token_hash, user_id, expires) values (:t, :u, :e)")
                    .bind("t", hash(token)).bind("u", id.get()).bind("e", Timestamp.from(Instant.now().plus(SESSION)))
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
        user.ifPresentOrElse(u -> recent.put(key, new Cached(u, now.plus(TOKEN_CACHE))), () -> recent.remove(key));
        return user;
    }

    private Optional<User> lookup(String token) {
        return jdbi.withHandle(h -> h.createQuery("select u.id, u.name, u.role from app_session s join app_user u "
                        + "on u.id = s.user_id where s.token_hash = :t and s.expires > :now")
                .bind("t", hash(token)).bind("now", Timestamp.from(Instant.now()))
                .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("name"),
                        Role.of(rs.getString("role")).orElseThrow())).findFirst());
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
