package org.casus.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casus.format.Node;
import org.casus.format.TreeReader;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Source;
import org.casus.model.SourceKind;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/**
 * The library audit: every file says what kind of instrument it is and how strong each of its
 * sources is, every decision procedure rests on a primary or secondary source or says it is
 * uncertain, and no critical finding rests on a clause without a source, or on weak sources
 * alone without saying so.
 */
class LibraryAuditTest {
    private static final Set<SourceKind> STRONG = Set.of(SourceKind.PRIMARY, SourceKind.SECONDARY);

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(TestLibrary.folder().resolve("arrangements"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Node.MapNode map(Node node) {
        assertThat(node).isInstanceOf(Node.MapNode.class);
        return (Node.MapNode) node;
    }

    @Test
    void the_library_holds_at_least_28_arrangements() {
        assertThat(TestLibrary.get().arrangements()).hasSizeGreaterThanOrEqualTo(28);
    }

    /** Written in the file, not defaulted: a reader sees whether it is a guarantee or an assurance. */
    @Test
    void every_file_names_its_instrument_and_every_source_its_url_what_it_encodes_and_its_kind() throws IOException {
        for (Path file : files()) {
            Node.MapNode root = map(TreeReader.read(file));
            assertThat(root.entries()).as(file + ": instrument").containsKey("instrument");
            Node.MapNode sources = map(root.entries().get("sources"));
            sources.entries().forEach((key, node) -> {
                Node.MapNode source = map(node);
                for (String field : List.of("title", "url", "encodes", "kind")) {
                    assertThat(source.entries()).as(file.getFileName() + ": sources." + key + "." + field)
                            .containsKey(field);
                }
                String url = ((Node.ScalarNode) source.entries().get("url")).text();
                assertThat(url).as(file.getFileName() + ": sources." + key + ".url").matches("https?://\\S+");
            });
        }
    }

    @Test
    void every_decision_procedure_rests_on_a_primary_or_secondary_source_or_says_it_is_uncertain() {
        for (Arrangement a : TestLibrary.get().arrangements().values()) {
            boolean strong = a.decision().cite().sources().stream()
                    .map(a.sources()::get).map(Source::kind).anyMatch(STRONG::contains);
            assertThat(strong || a.decision().cite().isUncertain()).as(a.id() + ": decision").isTrue();
        }
    }

    @Test
    void no_critical_finding_rests_on_a_clause_without_a_source_or_on_weak_sources_unflagged() {
        Library library = TestLibrary.get();
        for (Arrangement a : library.arrangements().values()) {
            for (Finding f : Linter.check(a, library)) {
                if (f.severity() != Severity.CRITICAL) {
                    continue;
                }
                assertThat(f.sources()).as(a.id() + ": " + f.rule() + " on " + f.clause()).isNotEmpty();
                boolean strong = f.sources().stream().map(a.sources()::get).map(Source::kind).anyMatch(STRONG::contains);
                assertThat(strong || f.uncertain() != null)
                        .as(a.id() + ": " + f.rule() + " rests only on partisan or aggregator sources").isTrue();
            }
        }
    }
}
