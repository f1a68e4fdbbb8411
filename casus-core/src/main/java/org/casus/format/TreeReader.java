package org.casus.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.CasusException;
import org.casus.format.Node.ListNode;
import org.casus.format.Node.MapNode;
import org.casus.format.Node.ScalarNode;
import org.casus.format.Node.ScalarType;

/**
 * Reads a YAML or JSON document into a {@link Node} tree with locations, using Jackson's
 * streaming parsers. JSON is chosen by the {@code .json} extension, YAML otherwise. Duplicate
 * keys and syntax errors are reported with their line and column.
 */
public final class TreeReader {
    /** Jackson's parsers, set up only when a file is parsed: a tree from the {@link TreeCache} needs none. */
    private static final class Parsers {
        static final YAMLFactory YAML = new YAMLFactory();
        static final JsonFactory JSON = new JsonFactory();
    }

    private TreeReader() {
    }

    /** The most characters a file may hold (the YAML parser's own limit, applied to JSON too). */
    public static final int MAX_CHARS = 3_000_000;

    /**
     * Reads the file at {@code path}; a file that is missing, unreadable or larger than
     * {@link #MAX_CHARS} is a {@link CasusException}; bytes that are not UTF-8 are a format error
     * at their line and column. With a {@link TreeCache} configured, an unchanged file's tree comes from it.
     */
    public static Node read(Path path) {
        byte[] bytes = bytes(path);
        Optional<TreeCache> cache = TreeCache.configured();
        Optional<Node> kept = cache.flatMap(c -> c.get(path, bytes, path.toString()));
        if (kept.isPresent()) {
            return kept.get();
        }
        boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        Node tree = read(path.toString(), utf8(path.toString(), bytes), json);
        cache.ifPresent(c -> c.put(path, bytes, tree));
        return tree;
    }

    private static byte[] bytes(Path path) {
        try {
            long size = Files.size(path);
            if (size > 4L * MAX_CHARS) {
                throw new CasusException(path + ": " + size + " bytes; a file holds at most " + MAX_CHARS + " characters");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CasusException(path + ": no such file");
        } catch (IOException e) {
            throw new CasusException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The text of {@code bytes}, or a format error where they stop being UTF-8. */
    private static String utf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new FormatException(List.of(new Problem(new Location(file, line, offset - lineStart + 1), "",
                    "not UTF-8: byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                            + "; save the file as UTF-8")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Reads {@code text}, naming it {@code file} in locations; one document, at most {@link #MAX_CHARS}. */
    public static Node read(String file, String text, boolean json) {
        if (text.length() > MAX_CHARS) {
            throw new FormatException(List.of(new Problem(new Location(file, 1, 1), "", text.length()
                    + " characters; a file holds at most " + MAX_CHARS)));
        }
        try (JsonParser parser = (json ? Parsers.JSON : Parsers.YAML).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FormatException(List.of(new Problem(new Location(file, 1, 1), "",
                        "the file is empty; expected a mapping of fields")));
            }
            Node root = new TreeReader.Builder(file, parser).node();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new FormatException(List.of(new Problem(new Location(file, Math.max(1, at.getLineNr()),
                        Math.max(1, at.getColumnNr())), "", "a file holds one document; another begins here")));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? new Location(file, 1, 1)
                    : new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new FormatException(List.of(new Problem(location, "",
                    (json ? "JSON" : "YAML") + " syntax error: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Walks the token stream; the parser stands on the first token of the node to build. */
    private record Builder(String file, JsonParser parser) {

        Node node() throws IOException {
            Location location = here();
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(location);
                case START_ARRAY -> sequence(location);
                case VALUE_STRING -> new ScalarNode(location, parser.getText(), ScalarType.STRING);
                case VALUE_NUMBER_INT -> new ScalarNode(location, parser.getText(), ScalarType.INTEGER);
                case VALUE_NUMBER_FLOAT -> new ScalarNode(location, parser.getText(), ScalarType.DECIMAL);
                case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(location, parser.getText(), ScalarType.BOOLEAN);
                case VALUE_NULL -> new ScalarNode(location, "", ScalarType.NULL);
                default -> throw new FormatException(List.of(new Problem(location, "",
                        "unexpected " + token + " in the document")));
            };
        }

        private MapNode mapping(Location location) throws IOException {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyLocation = here();
                if (entries.containsKey(key)) {
                    throw new FormatException(List.of(new Problem(keyLocation, key,
                            "duplicate key; it was first given at line " + keys.get(key).line())));
                }
                parser.nextToken();
                keys.put(key, keyLocation);
                entries.put(key, node());
            }
            return new MapNode(location, entries, keys);
        }

        private ListNode sequence(Location location) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node());
            }
            return new ListNode(location, items);
        }

        private Location here() {
            JsonLocation at = parser.currentTokenLocation();
            return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }
    }
}
