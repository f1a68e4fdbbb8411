package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casus.format.Node.ListNode;
import org.casus.format.Node.MapNode;
import org.casus.format.Node.ScalarNode;
import org.casus.format.Node.ScalarType;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCacheTest {
    @TempDir
    Path temp;

    @Test
    void every_library_file_read_through_the_cache_is_the_tree_the_parser_reads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestLibrary.folder())) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        withCache(() -> {
            for (Path file : files) {
                Node parsed = TreeReader.read(file.toString(), Files.readString(file), false);
                assertThat(TreeReader.read(file)).as("%s, first read", file).isEqualTo(parsed);
                assertThat(TreeReader.read(file)).as("%s, from the cache", file).isEqualTo(parsed);
            }
        });
        try (Stream<Path> kept = Files.list(temp.resolve("trees"))) {
            assertThat(kept.count()).isEqualTo(files.size());
        }
    }

    @Test
    void a_changed_file_is_parsed_again_and_a_broken_one_is_never_kept() throws IOException {
        TreeCache cache = new TreeCache(temp.resolve("trees"));
        Path file = temp.resolve("a.yaml");
        byte[] first = "id: first\n".getBytes(StandardCharsets.UTF_8);
        cache.put(file, first, TreeReader.read(file.toString(), "id: first\n", false));
        byte[] second = "id: other\n".getBytes(StandardCharsets.UTF_8);
        assertThat(cache.get(file, second, file.toString())).isEmpty();
        assertThat(cache.get(file, first, file.toString())).isPresent();

        Files.writeString(file, "id: [unclosed\n");
        withCache(() -> {
            assertThatThrownBy(() -> TreeReader.read(file)).isInstanceOf(FormatException.class);
            assertThat(cache.get(file, Files.readAllBytes(file), file.toString())).isEmpty();
            assertThatThrownBy(() -> TreeReader.read(file)).isInstanceOf(FormatException.class)
                    .hasMessageContaining("YAML syntax error");
        });
    }

    @Test
    void a_damaged_entry_is_passed_over() throws IOException {
        TreeCache cache = new TreeCache(temp.resolve("trees"));
        Path file = temp.resolve("a.yaml");
        byte[] bytes = "items: [1, 2, 3]\n".getBytes(StandardCharsets.UTF_8);
        cache.put(file, bytes, TreeReader.read(file.toString(), "items: [1, 2, 3]\n", false));
        try (Stream<Path> kept = Files.list(temp.resolve("trees"))) {
            Path entry = kept.findFirst().orElseThrow();
            byte[] whole = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 3));
        }
        assertThat(cache.get(file, bytes, file.toString())).isEmpty();
    }

    @Property(tries = 200)
    void any_tree_comes_back_equal_with_its_locations_named_anew(@ForAll("trees") Node tree) throws IOException {
        Path folder = Files.createTempDirectory("tree-cache");
        TreeCache cache = new TreeCache(folder.resolve("trees"));
        Path file = folder.resolve("t.yaml");
        byte[] bytes = tree.toString().getBytes(StandardCharsets.UTF_8);
        cache.put(file, bytes, tree);
        assertThat(cache.get(file, bytes, "f")).contains(tree);
        assertThat(cache.get(file, bytes, "elsewhere").orElseThrow().location().file()).isEqualTo("elsewhere");
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Node> trees() {
        return node(3);
    }

    private static Arbitrary<Node> node(int depth) {
        Arbitrary<Location> at = Arbitraries.integers().between(1, 100_000).tuple2()
                .map(t -> new Location("f", t.get1(), t.get2()));
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('\n', '\t').ofMaxLength(40);
        Arbitrary<Node> scalar = net.jqwik.api.Combinators.combine(at, text, Arbitraries.of(ScalarType.class))
                .as(ScalarNode::new);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Node> list = net.jqwik.api.Combinators.combine(at, node(depth - 1).list().ofMaxSize(4))
                .as(ListNode::new);
        Arbitrary<Node> map = net.jqwik.api.Combinators.combine(at, text.list().uniqueElements().ofMaxSize(4),
                node(depth - 1).list().ofSize(4), at.list().ofSize(4)).as(TreeCacheTest::mapping);
        return Arbitraries.oneOf(scalar, list, map);
    }

    private static Node mapping(Location location, List<String> keys, List<Node> values, List<Location> keyAt) {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keyLocations = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), values.get(i));
            keyLocations.put(keys.get(i), keyAt.get(i));
        }
        return new MapNode(location, entries, keyLocations);
    }

    private interface Reads {
        void run() throws IOException;
    }

    /** Runs {@code reads} with the cache folder {@code trees} configured, as the launcher configures it. */
    private void withCache(Reads reads) throws IOException {
        String before = System.getProperty(TreeCache.PROPERTY);
        System.setProperty(TreeCache.PROPERTY, temp.resolve("trees").toString());
        try {
            reads.run();
        } finally {
            if (before == null) {
                System.clearProperty(TreeCache.PROPERTY);
            } else {
                System.setProperty(TreeCache.PROPERTY, before);
            }
        }
    }
}
