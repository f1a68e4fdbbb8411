package org.casus.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private TreeReader() {
    }

    /** Reads the file at {@code path}; a file that is missing or unreadable is a {@link CasusException}. */
    public static Node read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new CasusException(path + ": no such file");
        } catch (IOException e) {
            throw new CasusException(path + ": cannot read: " + e.getMessage(), e);
        }
        boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return read(path.toString(), text, json);
    }

    /** Reads {@code text}, naming it {@code file} in locations. */
    public static Node read(String file, String text, boolean json) {
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FormatException(List.of(new Problem(new Location(file, 1, 1), "",
                        "the file is empty; expected a mapping of fields")));
            }
            return new TreeReader.Builder(file, parser).node();
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
