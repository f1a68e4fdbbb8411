package org.casus.record.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads claim values: a number ({@code 85000}), a range ({@code 85000..250000}, {@code <= 85000},
 * {@code >= 100000}), a set, alone or after a word ({@code {RU, CN}}, {@code veto {RU, CN}},
 * {@code withdrawal {UA}}), yes/no, or free text; and says whether two values can both hold.
 */
public final class Values {
    private static final Pattern RANGE = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern BOUND = Pattern.compile("\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    /** A set, after the word it qualifies when there is one: {@code {RU, CN}}, {@code veto {RU, CN}}. */
    private static final Pattern SET = Pattern.compile("\\s*([\\p{L}][\\p{L} -]*?)?\\s*\\{(.*)}\\s*");

    /** A range as the agreement space writes a zone, either end open: {@code 85000..}, {@code ..250000}. */
    private static final Pattern OPEN_RANGE = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)?\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)?\\s*");
    private static final Map<String, String> BOUND_WORDS = Map.of(">=", "at least", "<=", "at most", ">", "more than",
            "<", "less than");

    private Values() {
    }

    /**
     * A value as a reader reads it rather than as it is typed: {@code >= 250000} is "at least 250000",
     * {@code 85000..250000} "85000 to 250000", {@code veto {RU, CN}} "veto: RU, CN"; other values as written.
     */
    public static String words(String value) {
        if (value == null) {
            return "";
        }
        Matcher m = BOUND.matcher(value);
        if (m.matches()) {
            return BOUND_WORDS.get(m.group(1)) + " " + m.group(2);
        }
        m = OPEN_RANGE.matcher(value);
        if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
            return m.group(2) == null ? "at least " + m.group(1) : m.group(1) == null ? "at most " + m.group(2)
                    : m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + " to " + m.group(2);
        }
        m = SET.matcher(value);
        if (m.matches()) {
            String members = m.group(2).isBlank() ? "none" : String.join(", ", m.group(2).strip().split("\\s*,\\s*"));
            return m.group(1) == null ? members : m.group(1) + ": " + members;
        }
        return value;
    }

    /** A closed interval, possibly unbounded. */
    record Interval(double low, double high) {
        boolean overlaps(Interval other) {
            return Math.max(low, other.low) <= Math.min(high, other.high);
        }

        Interval intersect(Interval other) {
            return new Interval(Math.max(low, other.low), Math.min(high, other.high));
        }

        @Override
        public String toString() {
            return (low == Double.NEGATIVE_INFINITY ? "" : format(low)) + ".."
                    + (high == Double.POSITIVE_INFINITY ? "" : format(high));
        }

        private static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    static Optional<Interval> interval(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(value);
        if (m.matches()) {
            return Optional.of(new Interval(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
        }
        m = BOUND.matcher(value);
        if (m.matches()) {
            double x = Double.parseDouble(m.group(2));
            return Optional.of(m.group(1).startsWith("<") ? new Interval(Double.NEGATIVE_INFINITY, x)
                    : new Interval(x, Double.POSITIVE_INFINITY));
        }
        m = NUMBER.matcher(value);
        if (m.matches()) {
            double x = Double.parseDouble(m.group(1));
            return Optional.of(new Interval(x, x));
        }
        return Optional.empty();
    }

    static Optional<Set<String>> set(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = SET.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<String> members = new TreeSet<>();
        Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(members::add);
        return Optional.of(members);
    }

    /** The word before a set ({@code veto} in {@code veto {RU}}), or empty. */
    private static String qualifier(String value) {
        Matcher m = SET.matcher(value);
        return m.matches() && m.group(1) != null ? m.group(1) : "";
    }

    static String normal(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Whether both values can hold at once: overlapping numbers, equal sets after the same word, or the same words. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        Optional<Interval> x = interval(a);
        Optional<Interval> y = interval(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().overlaps(y.get());
        }
        Optional<Set<String>> s = set(a);
        Optional<Set<String>> t = set(b);
        if (s.isPresent() && t.isPresent()) {
            return s.get().equals(t.get()) && normal(qualifier(a)).equals(normal(qualifier(b)));
        }
        return normal(a).equals(normal(b));
    }
}
