package org.casus.record.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Question;
import org.casus.record.RecordException;
import org.casus.record.RecordSource;
import org.casus.record.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The record's rows within one transaction. Every change writes an audit row beside it; updates
 * check the row's version (optimistic locking), so two writers never silently overwrite each
 * other.
 */
public final class RecordTransaction {
    private final Handle handle;

    RecordTransaction(Handle handle) {
        this.handle = handle;
    }

    public long insertSource(RecordSource s, String who) {
        long id = handle.createUpdate("insert into source (title, publisher, url, published, reliability, credibility) "
                        + "values (:title, :publisher, :url, :published, :reliability, :credibility)")
                .bind("title", s.title()).bind("publisher", s.publisher()).bind("url", s.url())
                .bind("published", s.published()).bind("reliability", s.reliability())
                .bind("credibility", s.credibility())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit(who, "insert", "source", id, s.title());
        return id;
    }

    public long insertStatement(Statement s, String who) {
        long id = handle.createUpdate("insert into statement (actor, speaker, said_on, source_id, quote, paraphrase, "
                        + "cameo, confirmed) values (:actor, :speaker, :saidOn, :sourceId, :quote, :paraphrase, :cameo, "
                        + ":confirmed)")
                .bind("actor", s.actor()).bind("speaker", s.speaker()).bind("saidOn", s.saidOn())
                .bind("sourceId", s.sourceId()).bind("quote", s.quote()).bind("paraphrase", s.paraphrase())
                .bind("cameo", s.cameo()).bind("confirmed", s.confirmed())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit(who, "insert", "statement", id, s.actor() + ": " + abbreviate(s.cited()));
        return id;
    }

    public long insertClaim(Claim c, String who) {
        long id = handle.createUpdate("insert into claim (statement_id, arrangement, clause, modality, claim_value, "
                        + "about_actor, confirmed) values (:statementId, :arrangement, :clause, :modality, :value, "
                        + ":aboutActor, :confirmed)")
                .bind("statementId", c.statementId()).bind("arrangement", c.arrangement()).bind("clause", c.clause())
                .bind("modality", c.modality().label()).bind("value", c.value()).bind("aboutActor", c.aboutActor())
                .bind("confirmed", c.confirmed())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit(who, "insert", "claim", id, c.arrangement() + " " + c.clause() + " " + c.modality().label());
        return id;
    }

    public long insertQuestion(Question q, String who) {
        long id = handle.createUpdate("insert into question (arrangement, clause, addressed_to, rule_id, text, status) "
                        + "values (:arrangement, :clause, :addressedTo, :ruleId, :text, 'open')")
                .bind("arrangement", q.arrangement()).bind("clause", q.clause()).bind("addressedTo", q.addressedTo())
                .bind("ruleId", q.ruleId()).bind("text", q.text())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit(who, "insert", "question", id, q.clause());
        return id;
    }

    /**
     * Marks a statement or claim confirmed, if it is still at {@code version}; otherwise someone
     * changed it meanwhile and nothing is written.
     */
    public void confirm(String table, long id, int version, String who) {
        if (!table.equals("statement") && !table.equals("claim")) {
            throw new IllegalArgumentException("only statements and claims are confirmed, not " + table);
        }
        int changed = handle.createUpdate("update " + table + " set confirmed = true, version = version + 1 "
                        + "where id = :id and version = :version")
                .bind("id", id).bind("version", version).execute();
        requireOneChanged(changed, table, id, version);
        audit(who, "confirm", table, id, null);
    }

    /** Corrects who made a statement, if it is still at {@code version}. */
    public void correctStatement(long id, String actor, String speaker, int version, String who) {
        int changed = handle.createUpdate("update statement set actor = :actor, speaker = :speaker, "
                        + "version = version + 1 where id = :id and version = :version")
                .bind("actor", actor).bind("speaker", speaker).bind("id", id).bind("version", version).execute();
        requireOneChanged(changed, "statement", id, version);
        audit(who, "correct", "statement", id, actor + (speaker == null ? "" : ", " + speaker));
    }

    /** Corrects what a claim says, if it is still at {@code version}. */
    public void correctClaim(long id, Modality modality, String value, String about, int version, String who) {
        int changed = handle.createUpdate("update claim set modality = :modality, claim_value = :value, "
                        + "about_actor = :about, version = version + 1 where id = :id and version = :version")
                .bind("modality", modality.label()).bind("value", value).bind("about", about).bind("id", id)
                .bind("version", version).execute();
        requireOneChanged(changed, "claim", id, version);
        audit(who, "correct", "claim", id, modality.label() + (value == null ? "" : " " + value));
    }

    /** Removes a claim, if it is still at {@code version}; the audit log keeps what it said. */
    public void discardClaim(Claim c, String who) {
        int changed = handle.createUpdate("delete from claim where id = :id and version = :version")
                .bind("id", c.id()).bind("version", c.version()).execute();
        requireOneChanged(changed, "claim", c.id(), c.version());
        audit(who, "discard", "claim", c.id(), c.arrangement() + ":" + c.clause() + " " + c.modality().label()
                + (c.value() == null ? "" : " " + c.value()));
    }

    /** Removes a statement and its claims, if it is still at {@code version}; the audit log keeps its words. */
    public void discardStatement(Statement s, String who) {
        for (Claim c : claims()) {
            if (c.statementId() == s.id()) {
                discardClaim(c, who);
            }
        }
        int changed = handle.createUpdate("delete from statement where id = :id and version = :version")
                .bind("id", s.id()).bind("version", s.version()).execute();
        requireOneChanged(changed, "statement", s.id(), s.version());
        audit(who, "discard", "statement", s.id(), s.actor() + ": " + abbreviate(s.cited()));
    }

    /** Records that {@code statement} answered the question, if the question is still at {@code version}. */
    public void answer(long question, long statement, int version, String who) {
        int changed = handle.createUpdate("update question set status = 'answered', answered_by = :statement, "
                        + "version = version + 1 where id = :id and version = :version")
                .bind("statement", statement).bind("id", question).bind("version", version).execute();
        requireOneChanged(changed, "question", question, version);
        audit(who, "answer", "question", question, "statement " + statement);
    }

    /** Withdraws the question, if it is still at {@code version}. */
    public void withdraw(long question, int version, String who) {
        int changed = handle.createUpdate("update question set status = 'withdrawn', version = version + 1 "
                        + "where id = :id and version = :version")
                .bind("id", question).bind("version", version).execute();
        requireOneChanged(changed, "question", question, version);
        audit(who, "withdraw", "question", question, null);
    }

    private void requireOneChanged(int changed, String table, long id, int version) {
        if (changed == 1) {
            return;
        }
        boolean exists = handle.createQuery("select count(*) from " + table + " where id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
        throw new RecordException(exists ? table + " " + id + " was changed by someone else since version " + version
                + "; nothing was written, read it again and retry" : "no " + table + " with id " + id);
    }

    private static final RowMapper<RecordSource> SOURCE = (rs, ctx) -> new RecordSource(rs.getLong("id"),
            rs.getString("title"), rs.getString("publisher"), rs.getString("url"), date(rs.getDate("published")),
            rs.getString("reliability"), rs.getInt("credibility"), rs.getInt("version"));

    public Optional<RecordSource> source(long id) {
        return handle.createQuery("select * from source where id = :id").bind("id", id).map(SOURCE).findOne();
    }

    public List<RecordSource> sources() {
        return handle.createQuery("select * from source order by id").map(SOURCE).list();
    }

    private static final RowMapper<Statement> STATEMENT = (rs, ctx) -> new Statement(rs.getLong("id"),
            rs.getString("actor"), rs.getString("speaker"), date(rs.getDate("said_on")), rs.getLong("source_id"),
            rs.getString("quote"), rs.getString("paraphrase"), rs.getString("cameo"), rs.getBoolean("confirmed"),
            rs.getInt("version"));

    private static final RowMapper<Claim> CLAIM = (rs, ctx) -> new Claim(rs.getLong("id"), rs.getLong("statement_id"),
            rs.getString("arrangement"), rs.getString("clause"), Modality.of(rs.getString("modality")).orElseThrow(),
            rs.getString("claim_value"), rs.getString("about_actor"), rs.getBoolean("confirmed"), rs.getInt("version"));

    public List<Statement> statements() {
        return handle.createQuery("select * from statement order by said_on, id").map(STATEMENT).list();
    }

    public Optional<Statement> statement(long id) {
        return handle.createQuery("select * from statement where id = :id").bind("id", id).map(STATEMENT).findOne();
    }

    public List<Claim> claims() {
        return handle.createQuery("select * from claim order by id").map(CLAIM).list();
    }

    public Optional<Claim> claim(long id) {
        return handle.createQuery("select * from claim where id = :id").bind("id", id).map(CLAIM).findOne();
    }

    public List<Question> questions() {
        return handle.createQuery("select * from question order by id").map((rs, ctx) -> new Question(
                rs.getLong("id"), rs.getString("arrangement"), rs.getString("clause"), rs.getString("addressed_to"),
                rs.getString("rule_id"), rs.getString("text"), rs.getString("status"),
                (Long) rs.getObject("answered_by", Long.class), rs.getInt("version"))).list();
    }

    /** The audit log, oldest first: who, when, what. */
    public List<String> audit() {
        return handle.createQuery("select * from audit order by id").map((rs, ctx) -> rs.getTimestamp("at").toInstant()
                + " " + rs.getString("who") + " " + rs.getString("action") + " " + rs.getString("entity") + " "
                + rs.getLong("entity_id") + (rs.getString("detail") == null ? "" : ": " + rs.getString("detail"))).list();
    }

    private void audit(String who, String action, String entity, long id, String detail) {
        handle.createUpdate("insert into audit (at, who, action, entity, entity_id, detail) "
                        + "values (:at, :who, :action, :entity, :id, :detail)")
                .bind("at", Timestamp.from(Instant.now())).bind("who", who).bind("action", action)
                .bind("entity", entity).bind("id", id).bind("detail", detail).execute();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
