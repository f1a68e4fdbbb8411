package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Precision and recall of speaker attribution against hand annotation. A quotation is found as a quotation
 * proposed on its own, or inside the reported statement it is a fragment of (which may hold several; its
 * attribution counts for each). An attribution is correct when it
 * names the annotated person, or, where the annotation gives an actor code, that actor and no person.
 * Precision: correct attributions among all attributions made (an attributed quotation annotated
 * {@code unknown}, or not annotated at all, counts against it). Recall: correct attributions among
 * quotations annotated with a speaker (a quotation the importer does not find counts against it). The
 * lenient actor scores count an attribution correct when its actor is right.
 */
record AttributionScore(int attributed, int correct, int actorCorrect, int annotated, int quotations,
                        int found, List<String> errors) {

    double precision() {
        return attributed == 0 ? 1 : (double) correct / attributed;
    }

    double recall() {
        return annotated == 0 ? 1 : (double) correct / annotated;
    }

    double actorPrecision() {
        return attributed == 0 ? 1 : (double) actorCorrect / attributed;
    }

    double actorRecall() {
        return annotated == 0 ? 1 : (double) actorCorrect / annotated;
    }

    static AttributionScore of(List<AnnotatedText> texts, Function<AnnotatedText, List<ProposedStatement>> reader,
                               Map<String, String> actorOfPerson) {
        int attributed = 0;
        int correct = 0;
        int actorCorrect = 0;
        int annotated = 0;
        int quotations = 0;
        int found = 0;
        List<String> errors = new ArrayList<>();
        for (AnnotatedText text : texts) {
            List<ProposedStatement> statements = reader.apply(text);
            boolean[] given = new boolean[statements.size()];
            int next = 0;
            for (AnnotatedText.Expected expected : text.expected()) {
                quotations++;
                if (expected.known()) {
                    annotated++;
                }
                int at = next;
                while (at < statements.size() && !holds(statements.get(at), expected.opening())) {
                    at++;
                }
                if (at == statements.size()) {
                    errors.add(text.name() + ": quotation not found: " + expected.opening());
                    continue;
                }
                for (int extra = next; extra < at; extra++) {
                    attributed += given[extra] ? 0 : unexpected(text, statements.get(extra), errors);
                }
                ProposedStatement s = statements.get(at);
                next = s.quoted() ? at + 1 : at;
                found++;
                String expectedActor = expected.isActor() ? expected.speaker() : actorOfPerson.get(expected.speaker());
                if (s.attributed()) {
                    attributed++;
                }
                given[at] = true;
                boolean right = expected.isActor()
                        ? s.person() == null && expected.speaker().equals(s.actor())
                        : expected.speaker().equals(s.person());
                if (right && expected.known()) {
                    correct++;
                }
                if (s.attributed() && expected.known() && expectedActor != null && expectedActor.equals(s.actor())) {
                    actorCorrect++;
                }
                if (!(right && expected.known()) && (s.attributed() || expected.known())) {
                    errors.add(String.format(Locale.ROOT, "%s: \"%s\": expected %s, got %s (%s)", text.name(),
                            expected.opening(), expected.speaker(), speaker(s), s.cue()));
                }
            }
            for (int extra = next; extra < statements.size(); extra++) {
                attributed += given[extra] ? 0 : unexpected(text, statements.get(extra), errors);
            }
        }
        return new AttributionScore(attributed, correct, actorCorrect, annotated, quotations, found, errors);
    }

    /**
     * Whether a proposal gives the quotation that opens with {@code opening}: a quotation proposed as such
     * starts with it; a reported statement holds it when the quotation is a fragment of what it reports
     * ({@code everyone sees that "the only obstacle is..."}).
     */
    private static boolean holds(ProposedStatement s, String opening) {
        return s.quoted() ? s.words().strip().startsWith(opening) : s.words().contains(opening);
    }

    private static int unexpected(AnnotatedText text, ProposedStatement s, List<String> errors) {
        errors.add(text.name() + ": quotation not annotated: " + s.words() + " -> " + speaker(s));
        return s.attributed() ? 1 : 0;
    }

    private static String speaker(ProposedStatement s) {
        return s.person() != null ? s.person() : s.actor() != null ? s.actor() : "unknown";
    }

    String summary(String label) {
        return String.format(Locale.ROOT,
                "%s: %d quotations (%d found), %d with a known speaker; %d attributed, %d correctly:"
                        + " precision %.3f, recall %.3f (actor level: precision %.3f, recall %.3f)",
                label, quotations, found, annotated, attributed, correct, precision(), recall(), actorPrecision(),
                actorRecall());
    }
}
