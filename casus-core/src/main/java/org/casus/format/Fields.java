package org.casus.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casus.format.Node.ListNode;
import org.casus.format.Node.MapNode;
import org.casus.format.Node.ScalarNode;
import org.casus.format.Node.ScalarType;
import org.casus.model.Labels;

/**
 * Reads the fields of one mapping, checking each against what it should hold and recording a
 * {@link Problem} (location, field path, what was expected) for each that does not. A failed
 * field reads as empty so that reading goes on and every problem is reported. {@link #finish()}
 * reports the keys no one asked for, with "did you mean ...?".
 */
final class Fields {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final MapNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    Fields(MapNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, or empty (with a problem recorded) when it is not a mapping. */
    static Optional<Fields> of(Node node, String path, Problems problems) {
        if (node instanceof MapNode map) {
            return Optional.of(new Fields(map, path, problems));
        }
        problems.add(node, path, "expected a mapping of fields, got " + node.kindName());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        known.add(key);
        Node value = node.entries().get(key);
        return value != null && !(value instanceof ScalarNode s && s.type() == ScalarType.NULL);
    }

    /** The node under {@code key}, absent when missing or null. */
    Optional<Node> get(String key) {
        return has(key) ? Optional.of(node.entries().get(key)) : Optional.empty();
    }

    /** The node under {@code key}; records "missing field" when absent. */
    Optional<Node> require(String key, String expected) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            problems.add(node.keyLocations().getOrDefault(key, node.location()), pathOf(key),
                    "missing field; expected " + expected);
        }
        return value;
    }

    /** Records a problem with the field: at its value when a scalar, else at its key. */
    void problem(String key, String message) {
        Node value = node.entries().get(key);
        Location at = value instanceof ScalarNode ? value.location()
                : node.keyLocations().getOrDefault(key, node.location());
        problems.add(at, pathOf(key), message);
    }

    String text(String key) {
        return get(key).map(value -> text(value, pathOf(key))).orElse(null);
    }

    String requiredText(String key, String expected) {
        return require(key, expected).map(value -> text(value, pathOf(key))).orElse(null);
    }

    private String text(Node value, String at) {
        if (value instanceof ScalarNode scalar) {
            return scalar.text();
        }
        problems.add(value, at, "expected text, got " + value.kindName());
        return null;
    }

    boolean bool(String key) {
        return get(key).map(value -> {
            if (value instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            problems.add(value, pathOf(key), "expected true or false, got " + value.kindName());
            return false;
        }).orElse(false);
    }

    /** A whole number of at least {@code min}, or null when absent. */
    Long whole(String key, long min, String expected) {
        return get(key).map(value -> whole(value, pathOf(key), min, expected)).orElse(null);
    }

    Long whole(Node value, String at, long min, String expected) {
        if (value instanceof ScalarNode s && s.type() == ScalarType.INTEGER) {
            try {
                long number = Long.parseLong(s.text());
                if (number >= min) {
                    return number;
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
        }
        problems.add(value, at, "expected " + expected + ", got " + value.kindName());
        return null;
    }

    /** A positive number of days (or months), or null when absent. */
    Integer positive(String key, String unit) {
        Long value = whole(key, 1, "a positive whole number of " + unit);
        if (value != null && value > Integer.MAX_VALUE) {
            problem(key, "expected a positive whole number of " + unit + " of at most " + Integer.MAX_VALUE
                    + ", got " + value);
            return null;
        }
        return value == null ? null : Math.toIntExact(value);
    }

    /** An ISO date ({@code 1949-04-04}, {@code 1994-12} or {@code 1960}), or null when absent. */
    String date(String key) {
        return get(key).map(value -> {
            String text = value instanceof ScalarNode s ? s.text() : null;
            if (text != null && DATE.matcher(text).matches() && isCalendarDate(text)) {
                return text;
            }
            problems.add(value, pathOf(key), "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got " + value.kindName());
            return (String) null;
        }).orElse(null);
    }

    private static boolean isCalendarDate(String text) {
        String[] parts = text.split("-");
        try {
            LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** One of an enum's constants, written in kebab case ({@code in-force}); {@code absent} when missing. */
    <E extends Enum<E>> E choice(String key, Class<E> type, E absent) {
        return get(key).map(value -> choice(value, pathOf(key), type)).orElse(absent);
    }

    <E extends Enum<E>> E choice(Node value, String at, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Labels::kebab).toList();
        if (value instanceof ScalarNode s && s.type() != ScalarType.NULL) {
            int index = names.indexOf(s.text().toLowerCase(Locale.ROOT));
            if (index >= 0) {
                return type.getEnumConstants()[index];
            }
        }
        String got = value instanceof ScalarNode s ? s.text() : "";
        problems.add(value, at, "expected one of " + String.join(", ", names) + "; got " + value.kindName()
                + Suggestions.closest(got, names).map(n -> " (did you mean " + n + "?)").orElse(""));
        return null;
    }

    /** The items of the list under {@code key}, each read by {@code reader(node, path)}; failed items are dropped. */
    <T> List<T> list(String key, BiFunction<Node, String, T> reader) {
        List<T> result = new ArrayList<>();
        get(key).ifPresent(value -> {
            if (value instanceof ListNode list) {
                for (int i = 0; i < list.items().size(); i++) {
                    T item = reader.apply(list.items().get(i), pathOf(key) + "[" + i + "]");
                    if (item != null) {
                        result.add(item);
                    }
                }
            } else {
                problems.add(value, pathOf(key), "expected a list, got " + value.kindName());
            }
        });
        return result;
    }

    /** Texts of a list of scalars. */
    List<String> texts(String key) {
        return list(key, (item, at) -> text(item, at));
    }

    /** The nested mapping under {@code key}, if present and a mapping. */
    Optional<Fields> nested(String key) {
        return get(key).flatMap(value -> of(value, pathOf(key), problems));
    }

    /** Records a problem for each key no reader asked for, suggesting the closest known key. */
    void finish() {
        for (var entry : node.keyLocations().entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                String hint = Suggestions.closest(key, known).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; expected one of " + known.stream().sorted().collect(Collectors.joining(", ")));
                problems.add(entry.getValue(), pathOf(key), "unknown field '" + key + "'" + hint);
            }
        }
    }

    /** Declares keys as known without reading them (read elsewhere). */
    void accept(String... keys) {
        known.addAll(Arrays.asList(keys));
    }
}
