package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of statements found and attributed, against hand annotation of real texts. Each
 * annotated statement sits where its first words occur in the text (searched in order); a proposed
 * statement covers it when its words span that place. Only attributed proposals count, as only they are
 * imported. Precision: attributed proposals covering an annotated statement with the same speaker (the
 * person; or, where the annotation is an actor code, that actor and no person) among all attributed
 * proposals. Recall: annotated statements with a known speaker covered by such a proposal, among all of them.
 * The "found" figures ignore the speaker.
 */
record StatementScore(int proposed, int correct, int foundProposals, int annotated, int covered, int coveredRight,
                      List<String> errors) {

    double precision() {
        return proposed == 0 ? 1 : (double) correct / proposed;
    }

    double recall() {
        return annotated == 0 ? 1 : (double) coveredRight / annotated;
    }

    double foundPrecision() {
        return proposed == 0 ? 1 : (double) foundProposals / proposed;
    }

    double foundRecall() {
        return annotated == 0 ? 1 : (double) covered / annotated;
    }

    static StatementScore of(List<AnnotatedText> texts, java.util.function.Function<AnnotatedText, List<ProposedStatement>> reader) {
        int proposed = 0;
        int correct = 0;
        int foundProposals = 0;
        int annotated = 0;
        int covered = 0;
        int coveredRight = 0;
        List<String> errors = new ArrayList<>();
        for (AnnotatedText text : texts) {
            List<ProposedStatement> statements = reader.apply(text).stream().filter(ProposedStatement::attributed)
                    .toList();
            List<Integer> places = places(text, errors);
            for (ProposedStatement s : statements) {
                proposed++;
                boolean any = false;
                boolean right = false;
                for (int i = 0; i < places.size(); i++) {
                    if (places.get(i) >= s.start() && places.get(i) < s.end()) {
                        any = true;
                        right |= same(text.expected().get(i), s);
                    }
                }
                foundProposals += any ? 1 : 0;
                correct += right ? 1 : 0;
                if (!right) {
                    errors.add(String.format(Locale.ROOT, "%s: proposed %s for \"%s\"%s", text.name(), speaker(s),
                            abbreviate(s.words()), any ? " (a statement by someone else)" : " (not a statement)"));
                }
            }
            for (int i = 0; i < places.size(); i++) {
                AnnotatedText.Expected e = text.expected().get(i);
                if (!e.known() || places.get(i) < 0) {
                    continue;
                }
                annotated++;
                int at = places.get(i);
                List<ProposedStatement> over = statements.stream().filter(s -> at >= s.start() && at < s.end()).toList();
                covered += over.isEmpty() ? 0 : 1;
                if (over.stream().anyMatch(s -> same(e, s))) {
                    coveredRight++;
                } else {
                    errors.add(String.format(Locale.ROOT, "%s: missed \"%s\" by %s%s", text.name(), e.opening(),
                            e.speaker(), over.isEmpty() ? "" : ", proposed for " + speaker(over.getFirst())));
                }
            }
        }
        return new StatementScore(proposed, correct, foundProposals, annotated, covered, coveredRight, errors);
    }

    /** Where each annotated statement's first words are, searched in order; -1 (and an error) when absent. */
    private static List<Integer> places(AnnotatedText text, List<String> errors) {
        List<Integer> places = new ArrayList<>();
        int from = 0;
        for (AnnotatedText.Expected e : text.expected()) {
            int at = text.text().indexOf(e.opening(), from);
            if (at < 0) {
                errors.add(text.name() + ": annotation not in the text: " + e.opening());
            } else {
                from = at;
            }
            places.add(at);
        }
        return places;
    }

    private static boolean same(AnnotatedText.Expected e, ProposedStatement s) {
        return e.isActor() ? s.person() == null && e.speaker().equals(s.actor()) : e.speaker().equals(s.person());
    }

    private static String speaker(ProposedStatement s) {
        return s.person() != null ? s.person() : s.actor();
    }

    private static String abbreviate(String words) {
        String line = words.replaceAll("\\s+", " ");
        return line.length() <= 70 ? line : line.substring(0, 67) + "...";
    }

    String summary(String label) {
        return String.format(Locale.ROOT, "statements, %s: %d annotated with a known speaker, %d proposed;"
                        + " found: precision %.3f, recall %.3f; found and attributed right: precision %.3f (%d/%d),"
                        + " recall %.3f (%d/%d)", label, annotated, proposed, foundPrecision(), foundRecall(),
                precision(), correct, proposed, recall(), coveredRight, annotated);
    }
}
