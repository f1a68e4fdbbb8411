package org.casus.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.casus.format.LibraryLoader;
import org.casus.lint.Linter;
import org.casus.model.Library;
import org.casus.record.analysis.AgreementSpace;
import org.casus.record.analysis.Contradiction;
import org.casus.record.analysis.Contradictions;
import org.casus.record.analysis.Position;
import org.casus.record.analysis.Positions;
import org.casus.record.store.RecordStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The record's commands and analyses, on H2 and on PostgreSQL alike. */
class RecordServiceTest {
    private static final Library LIBRARY = LibraryLoader.load(Path.of(System.getProperty("casus.library")));
    private static final String ARR = "istanbul-2022-draft-ru";

    static Stream<String> databases() {
        return Databases.kinds();
    }

    private static RecordService service(String kind) throws Exception {
        return new RecordService(RecordStore.open(Databases.fresh(kind)), LIBRARY, "analyst");
    }

    private static List<Statement> statements(RecordService r) {
        return r.store().read(tx -> tx.statements());
    }

    private static List<Claim> claims(RecordService r) {
        return r.store().read(tx -> tx.claims());
    }

    private static List<String> audit(RecordService r) {
        return r.store().read(tx -> tx.audit());
    }

    private static List<Question> questions(RecordService r) {
        return r.store().read(tx -> tx.questions());
    }

    private static int version(RecordService r, long id) {
        Statement s = r.store().read(tx -> tx.statement(id).orElseThrow());
        return s.version();
    }

    private static Statement said(String actor, String speaker, String date, long source, String quote) {
        return new Statement(0, actor, speaker, LocalDate.parse(date), source, quote, null, null, false, 0);
    }

    private static Claim claim(String clause, Modality modality, String value, String about) {
        return new Claim(0, 0, ARR, clause, modality, value, about, false, 0);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void statement_with_claims_is_stored_and_audited(String kind) throws Exception {
        RecordService record = service(kind);
        long source = record.addSource("Report", "Agency", "https://example.org/a", LocalDate.parse("2022-04-16"), "B", 2);
        long id = record.addStatement(said("RU", "Sergey Lavrov", "2022-04-15", source, "All guarantors must agree."),
                List.of(claim("decision.rule", Modality.DEMAND, "{GB, CN, RU, US, FR}", null)));
        List<Statement> statements = statements(record);
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.speaker()).isEqualTo("Sergey Lavrov");
            assertThat(s.confirmed()).isFalse();
        });
        assertThat(claims(record)).singleElement()
                .satisfies(c -> assertThat(c.modality()).isEqualTo(Modality.DEMAND));
        assertThat(audit(record)).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("analyst insert"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bad_input_is_refused_and_changes_nothing(String kind) throws Exception {
        RecordService record = service(kind);
        long source = record.addSource("Report", null, null, null, "C", 3);
        assertThatThrownBy(() -> record.addStatement(said("XX", null, "2022-04-15", source, "q"), List.of()))
                .isInstanceOf(RecordException.class).hasMessageContaining("unknown actor code 'XX'");
        assertThatThrownBy(() -> record.addStatement(said("RU", "Sergey Lavrov", "2003-01-01", source, "q"), List.of()))
                .isInstanceOf(RecordException.class).hasMessageContaining("is outside that period");
        assertThatThrownBy(() -> record.addStatement(said("RU", null, "2022-04-15", source, "q"),
                List.of(claim("decision.rules", Modality.DEMAND, "x", null))))
                .isInstanceOf(RecordException.class).hasMessageContaining("no clause 'decision.rules'")
                .hasMessageContaining("did you mean 'decision.rule'?");
        assertThatThrownBy(() -> record.addStatement(said("RU", null, "2022-04-15", 999, "q"), List.of()))
                .isInstanceOf(RecordException.class).hasMessageContaining("no source with id 999");
        assertThat(statements(record)).isEmpty();
        assertThat(claims(record)).isEmpty();
        assertThat(audit(record)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrent_confirmations_do_not_lose_each_other(String kind) throws Exception {
        RecordService record = service(kind);
        long source = record.addSource("Report", null, null, null, "B", 2);
        long id = record.addStatement(said("UA", null, "2022-03-29", source, "Guarantors must act within three days."),
                List.of());
        int version = version(record, id);
        // Two writers read the same version; the second update must fail, not overwrite silently.
        record.store().write(tx -> {
            tx.confirm("statement", id, version, "first");
            return null;
        });
        assertThatThrownBy(() -> record.store().write(tx -> {
            tx.confirm("statement", id, version, "second");
            return null;
        })).isInstanceOf(RecordException.class).hasMessageContaining("was changed by someone else since version 0");
        assertThat(version(record, id)).isEqualTo(1);
        // Many writers at once: every confirmation of a distinct row lands.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(record.addStatement(said("UA", null, "2022-03-29", source, "Statement " + i), List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (long s : ids) {
            futures.add(pool.submit(() -> {
                start.await();
                record.confirm("statement", s);
                return null;
            }));
        }
        start.countDown();
        for (Future<Object> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(statements(record)).filteredOn(Statement::confirmed).hasSize(9);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void contradictions_of_every_kind_are_found_and_explained(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, null, "B", 2);
        // (a) and (d): UA's envoy says RU agreed to guarantees without a veto; RU demands unanimity.
        record.addStatement(said("UA", null, "2022-03-30", src, "Credible guarantees are on the table; Russia agreed."),
                List.of(claim("decision.rule", Modality.CLAIMS_AGREEMENT, "individual", "RU")));
        record.addStatement(said("RU", "Sergey Lavrov", "2022-04-15", src, "Only with the consent of all guarantors."),
                List.of(claim("decision.rule", Modality.CONDITION, "unanimity", null)));
        // (b) misreading of the carve-out.
        record.addStatement(said("UA", null, "2022-04-01", src, "The exclusion is temporary."),
                List.of(claim("trigger.excluded", Modality.INTERPRETATION, "temporary", null)));
        record.addStatement(said("RU", null, "2022-04-02", src, "The exclusion is permanent."),
                List.of(claim("trigger.excluded", Modality.INTERPRETATION, "permanent", null)));
        // (c) reversal and (e) divided side on the troop cap.
        record.addStatement(said("RU", "Sergey Lavrov", "2022-04-05", src, "85,000 troops at most."),
                List.of(claim("restrictions.force-caps.troops", Modality.DEMAND, "<= 85000", null)));
        record.addStatement(said("RU", "Vladimir Medinsky", "2022-04-10", src, "250,000 is acceptable."),
                List.of(claim("restrictions.force-caps.troops", Modality.ACCEPT, "250000", null)));
        List<Position> positions = Positions.of(statements(record), claims(record));
        List<Contradiction> found = Contradictions.find(positions);
        assertThat(found).extracting(Contradiction::kind).contains("agreement-excluded", "misreading", "reversal",
                "unconfirmed-agreement", "divided-side");
        assertThat(found).filteredOn(c -> c.kind().equals("agreement-excluded")).singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("UA claims agreement on \"individual\"")
                        .contains("RU makes it a condition: \"unanimity\"").contains("Sergey Lavrov"));
        assertThat(Positions.matrix(positions).get("RU")).containsKey(ARR + ":restrictions.force-caps.troops");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void agreement_space_intersects_caps_and_says_when_there_is_none(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, null, "B", 2);
        record.addStatement(said("RU", null, "2022-04-05", src, "At most 85,000."),
                List.of(claim("restrictions.force-caps.troops", Modality.DEMAND, "<= 85000", null),
                        claim("restrictions.force-caps.tanks", Modality.DEMAND, "<= 400", null)));
        record.addStatement(said("UA", null, "2022-04-06", src, "At least 250,000."),
                List.of(claim("restrictions.force-caps.troops", Modality.DEMAND, ">= 250000", null),
                        claim("restrictions.force-caps.tanks", Modality.DEMAND, "300..800", null)));
        List<AgreementSpace.Space> spaces = AgreementSpace.of(Positions.of(statements(record), claims(record)));
        assertThat(spaces).filteredOn(s -> s.clause().endsWith("troops")).singleElement()
                .satisfies(s -> assertThat(s.zone()).isEmpty());
        assertThat(spaces).filteredOn(s -> s.clause().endsWith("tanks")).singleElement()
                .satisfies(s -> assertThat(s.zone()).contains("300..400"))
                .satisfies(s -> assertThat(s.verdict()).isEqualTo("agreement possible: 300..400 (rests on unconfirmed "
                        + "statements)"));
    }

    /** A condition one party sets and the other rejects is no zone, not one party speaking alone. */
    @ParameterizedTest
    @MethodSource("databases")
    void a_rejection_closes_the_zone_and_one_party_alone_is_said(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, null, "B", 2);
        record.addStatement(new Statement(0, "RU", null, LocalDate.parse("2025-08-20"), src, "Only with our veto.",
                null, null, true, 0), List.of(new Claim(0, 0, ARR, "decision.rule", Modality.CONDITION, "veto {RU}",
                null, true, 0), new Claim(0, 0, ARR, "restrictions.neutrality", Modality.DEMAND, "yes", null, true, 0)));
        record.addStatement(new Statement(0, "UA", null, LocalDate.parse("2025-08-21"), src, "No Russian veto.",
                null, null, true, 0), List.of(new Claim(0, 0, ARR, "decision.rule", Modality.REJECT, "veto {RU}",
                null, true, 0)));
        List<AgreementSpace.Space> spaces = AgreementSpace.of(Positions.of(statements(record), claims(record)));
        assertThat(spaces).filteredOn(s -> s.clause().endsWith("decision.rule")).singleElement().satisfies(s -> {
            assertThat(s.zone()).isEmpty();
            assertThat(s.verdict()).isEqualTo("NO zone of possible agreement");
            assertThat(s.described()).isEqualTo("RU: veto {RU}; UA rejects: veto {RU}");
        });
        assertThat(spaces).filteredOn(s -> s.clause().endsWith("neutrality")).singleElement()
                .satisfies(s -> assertThat(s.verdict()).isEqualTo("only RU has stated a position"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void questions_come_from_the_check_and_are_answered(String kind) throws Exception {
        RecordService record = service(kind);
        List<Long> opened = record.questionsFromCheck(ARR);
        int findings = Linter.check(LIBRARY.arrangements().get(ARR), LIBRARY).size();
        assertThat(findings).as("the Russian draft has findings").isGreaterThan(5);
        assertThat(opened).as("one question per finding of casus check").hasSize(findings);
        assertThat(record.questionsFromCheck(ARR)).isEmpty();
        long src = record.addSource("Report", null, null, null, "B", 2);
        long answer = record.addStatement(said("RU", null, "2022-04-15", src, "No."), List.of());
        record.answer(opened.get(0), answer);
        assertThat(questions(record).get(0).status()).isEqualTo("answered");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void export_and_load_keep_every_row_and_link(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", "Agency", "https://example.org", LocalDate.parse("2022-04-16"), "A", 1);
        record.addStatement(said("RU", "Sergey Lavrov", "2022-04-15", src, "Quote, with a comma"),
                List.of(claim("decision.rule", Modality.DEMAND, "unanimity", null)));
        List<Long> asked = record.questionsFromCheck(ARR);
        record.answer(asked.getFirst(), 1);
        String json = RecordExport.json(record.store()).toString();
        assertThat(json).contains("\"status\":\"answered\"").contains("\"answeredBy\":1");
        RecordService copy = service(kind);
        assertThat(RecordExport.load(copy, json, false).statements()).isEqualTo(1);
        assertThat(RecordExport.json(copy.store()).toString()).as("ids, question states and answers kept")
                .isEqualTo(json);

        String csv = RecordExport.csv(copy.store());
        assertThat(csv).startsWith("casus,statement,date,").contains("\"Quote, with a comma\"");
        RecordService fromCsv = service(kind);
        assertThat(RecordExport.loadCsv(fromCsv, csv, false).statements()).isEqualTo(1);
        var original = RecordExport.json(record.store());
        var reloaded = RecordExport.json(fromCsv.store());
        for (String part : List.of("sources", "statements", "claims")) {
            assertThat(reloaded.get(part)).as(part).isEqualTo(original.get(part));
        }
        assertThatThrownBy(() -> RecordExport.load(copy, json, false)).isInstanceOf(RecordException.class)
                .hasMessageContaining("the record is not empty (1 statement(s))");
        record.addStatement(said("UA", null, "2022-04-20", src, "A new statement."), List.of());
        RecordService.Loaded merged = RecordExport.load(copy, RecordExport.json(record.store()).toString(), true);
        assertThat(merged).isEqualTo(new RecordService.Loaded(1, 1));
        assertThat(statements(copy)).hasSize(2);
        List<Question> questions = copy.store().read(tx -> tx.questions());
        List<RecordSource> sources = copy.store().read(tx -> tx.sources());
        assertThat(questions).hasSameSizeAs(asked);
        assertThat(sources).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reported_speech_is_kept_as_the_reporters_sentence_and_survives_export_and_load(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Readout", null, null, LocalDate.parse("2025-05-20"), "B", 2);
        String sentence = "Lavrov insisted that any guarantee needs a veto for Russia.";
        var result = record.importText("Talks resumed in Istanbul. " + sentence + " “We are ready,” Rubio said.", src,
                LocalDate.parse("2025-05-20"), ARR, null);
        assertThat(result.statements()).hasSize(2);
        List<Statement> stored = statements(record);
        Statement reported = stored.stream().filter(Statement::reported).findFirst().orElseThrow();
        assertThat(reported.speaker()).isEqualTo("Sergey Lavrov");
        assertThat(reported.quote()).isNull();
        assertThat(reported.paraphrase()).isEqualTo(sentence);
        assertThat(reported.cited()).isEqualTo("reported: " + sentence);
        assertThat(stored).filteredOn(s -> !s.reported()).extracting(Statement::quote).containsExactly("We are ready");
        String json = RecordExport.json(record.store()).toString();
        RecordService copy = service(kind);
        RecordExport.load(copy, json, false);
        assertThat(RecordExport.json(copy.store()).toString()).isEqualTo(json);
        RecordService fromCsv = service(kind);
        RecordExport.loadCsv(fromCsv, RecordExport.csv(record.store()), false);
        assertThat(RecordExport.json(fromCsv.store()).get("statements")).isEqualTo(RecordExport.json(record.store())
                .get("statements"));
    }

    /** The case, from a text alone: a claim of agreement that the other side's condition excludes. */
    @ParameterizedTest
    @MethodSource("databases")
    void an_imported_report_yields_the_contradiction_once_confirmed(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, LocalDate.parse("2025-08-20"), "B", 2);
        record.importText("Lavrov told reporters that Moscow would accept guarantees only if Russia and China had a "
                + "veto. Witkoff said that Russia had agreed to guarantees decided by a majority vote.", src,
                LocalDate.parse("2025-08-20"), "alaska-2025-article-5-like", null);
        List<Claim> claims = record.store().read(tx -> tx.claims());
        assertThat(claims).extracting(Claim::clause, Claim::modality, Claim::value).containsExactly(
                tuple("decision.rule", Modality.CONDITION, "veto {RU, CN}"),
                tuple("decision.rule", Modality.CLAIMS_AGREEMENT, "majority"));
        for (Statement s : statements(record)) {
            record.confirm("statement", s.id());
        }
        claims.forEach(c -> record.confirm("claim", c.id()));
        List<Contradiction> found = record.store().read(tx -> Contradictions.find(Positions.of(tx.statements(),
                tx.claims())));
        assertThat(found).filteredOn(c -> c.kind().equals("agreement-excluded")).singleElement()
                .satisfies(c -> assertThat(c.statements()).hasSize(2));
    }

    /**
     * The report, in words of our own ({@code import/examples}): the envoy's claim that guarantees are
     * agreed against the other side's veto condition, and the envoy's account of whose forces withdraw against the other side's own
     * demand; found from the text and the library alone, once the proposals are confirmed as proposed.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void an_imported_report_on_the_alaska_offer_yields_the_contradiction_and_the_misreading(String kind)
            throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, LocalDate.parse("2025-08-21"), "B", 2);
        String report = new String(RecordServiceTest.class.getResourceAsStream("/import/examples/alaska-2025-report.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        RecordService.ImportResult result = record.importText(report, src, LocalDate.parse("2025-08-21"),
                "alaska-2025-article-5-like", null);
        assertThat(result.statements()).hasSize(4);
        List<Claim> claims = record.store().read(tx -> tx.claims());
        assertThat(claims).extracting(Claim::clause, Claim::modality, Claim::value, Claim::aboutActor).containsExactly(
                tuple("decision.rule", Modality.CLAIMS_AGREEMENT, "individual", null),
                tuple("parties.guarantors", Modality.CONDITION, null, null),
                tuple("decision.rule", Modality.CONDITION, "veto {RU, CN}", null),
                tuple("territory", Modality.INTERPRETATION, "withdrawal {RU}", "RU"),
                tuple("territory", Modality.DEMAND, "withdrawal {UA}", null));
        statements(record).forEach(s -> record.confirm("statement", s.id()));
        claims.forEach(c -> record.confirm("claim", c.id()));
        List<Statement> said = statements(record);
        List<Contradiction> found = record.store().read(tx -> Contradictions.find(Positions.of(tx.statements(),
                tx.claims())));
        assertThat(found).filteredOn(c -> c.kind().equals("agreement-excluded")).singleElement()
                .satisfies(c -> assertThat(c.statements()).containsExactly(said.get(0).id(), said.get(1).id()));
        assertThat(found).filteredOn(c -> c.kind().equals("misreading")).singleElement()
                .satisfies(c -> {
                    assertThat(c.statements()).containsExactly(said.get(2).id(), said.get(3).id());
                    assertThat(c.actors()).containsExactly("US", "RU");
                });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_statement_needs_a_quote_or_a_paraphrase(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, null, "B", 2);
        assertThatThrownBy(() -> record.addStatement(new Statement(0, "RU", null, LocalDate.parse("2022-04-15"), src,
                null, null, null, false, 0), List.of())).isInstanceOf(RecordException.class)
                .hasMessageContaining("quote, or for reported speech the paraphrase");
        assertThatThrownBy(() -> record.addStatement(new Statement(0, "RU", null, LocalDate.parse("2022-04-15"), src,
                " ", "Lavrov said so.", null, false, 0), List.of())).isInstanceOf(RecordException.class)
                .hasMessageContaining("must not be blank");
        assertThat(statements(record)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_load_with_a_bad_row_changes_nothing(String kind) throws Exception {
        RecordService record = service(kind);
        long src = record.addSource("Report", null, null, null, "B", 2);
        record.addStatement(said("RU", null, "2022-04-15", src, "q"), List.of(claim("decision.rule", Modality.DEMAND,
                "unanimity", null)));
        String csv = RecordExport.csv(record.store()).replace("decision.rule", "decision.rules");
        RecordService copy = service(kind);
        assertThatThrownBy(() -> RecordExport.loadCsv(copy, csv, false)).isInstanceOf(RecordException.class)
                .hasMessageContaining("no clause 'decision.rules'");
        assertThat(statements(copy)).isEmpty();
        assertThat(audit(copy)).isEmpty();
    }
}
