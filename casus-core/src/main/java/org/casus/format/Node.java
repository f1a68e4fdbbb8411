package org.casus.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document as a tree whose every node knows where it stands in its file, so that
 * the readers can name the line and column of any field they reject.
 */
public sealed interface Node {

    Location location();

    /** What a person would call this kind of node in an error message. */
    String kindName();

    /** A mapping; keys keep their file order and their own locations. */
    record MapNode(Location location, Map<String, Node> entries, Map<String, Location> keyLocations)
            implements Node {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
            keyLocations = new LinkedHashMap<>(keyLocations);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A scalar, with the type the parser gave it. */
    record ScalarNode(Location location, String text, ScalarType type) implements Node {
        @Override
        public String kindName() {
            return switch (type) {
                case NULL -> "nothing";
                case STRING -> "\"" + text + "\"";
                default -> text;
            };
        }
    }

    /** The type a parser assigns a scalar. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
