package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casus.CasusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeReaderTest {
    private static Problem only(FormatException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aSecondYamlDocument_isRefusedWhereItBegins() {
        FormatException e = org.junit.jupiter.api.Assertions.assertThrows(FormatException.class,
                () -> TreeReader.read("two.yaml", "id: a\ntitle: A\n---\nid: b\n", false));
        assertThat(only(e).location().line()).isEqualTo(4);
        assertThat(only(e).message()).contains("a file holds one document");
    }

    @Test
    void textAfterTheJsonValue_isRefused() {
        assertThatThrownBy(() -> TreeReader.read("two.json", "{\"id\": \"a\"} {\"id\": \"b\"}", true))
                .isInstanceOf(FormatException.class).hasMessageContaining("a file holds one document");
    }

    @Test
    void bytesThatAreNotUtf8_areRefusedAtTheirLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'i', 'd', ':', ' ', 'a', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', 'C', 'a', 'f',
            (byte) 0xE9, '\n'});
        FormatException e = org.junit.jupiter.api.Assertions.assertThrows(FormatException.class, () -> TreeReader.read(file));
        assertThat(only(e).location().line()).isEqualTo(2);
        assertThat(only(e).location().column()).isEqualTo(11);
        assertThat(only(e).message()).contains("not UTF-8: byte 0xE9");
    }

    @Test
    void aJsonFileAboveTheSizeCap_isRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"notes\": \"" + "x".repeat(TreeReader.MAX_CHARS) + "\"}");
        assertThatThrownBy(() -> TreeReader.read(file)).isInstanceOf(FormatException.class)
                .hasMessageContaining("a file holds at most 3000000");
        Path larger = dir.resolve("larger.json");
        Files.write(larger, new byte[4 * TreeReader.MAX_CHARS + 1]);
        assertThatThrownBy(() -> TreeReader.read(larger)).isInstanceOf(CasusException.class)
                .hasMessageContaining("bytes; a file holds at most");
    }
}
