package org.casus.format;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Actor;
import org.casus.model.ActorRegistry;
import org.casus.model.ActorSet;
import org.casus.model.Citation;
import org.casus.model.Source;
import org.casus.model.SourceKind;
import org.casus.model.Threshold;

/**
 * What the readers of one document share: the problems found so far, the known actors, the
 * document's sources (for checking citations) and its named actor sets.
 */
final class DocumentContext {
    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)(?:\\.(\\d+))?\\s*%");

    final Problems problems = new Problems();
    final ActorRegistry actors;
    final Map<String, Source> sources = new LinkedHashMap<>();
    final Map<String, ActorSet> sets = new LinkedHashMap<>();
    /** Whether an actor code was rejected: sets may then be short, and quota checks on them would mislead. */
    boolean unknownActors;

    DocumentContext(ActorRegistry actors) {
        this.actors = actors;
    }

    /** The fields of the document's root mapping; a root that is not a mapping is reported at once. */
    Fields document(Node root) {
        Fields doc = Fields.of(root, "", problems).orElse(null);
        if (doc == null) {
            problems.throwIfAny();
        }
        return doc;
    }

    /** The file name without its extension: what the document's {@code id} must be. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** Reads the required {@code id}, which must equal {@code expected} (the file name) when that is given. */
    String readId(Fields document, String expected, String example) {
        String id = document.requiredText("id", "an identifier, such as " + example);
        if (id != null && expected != null && !id.equals(expected)) {
            document.problem("id", "the id '" + id + "' does not match the file name; expected '" + expected + "'");
        }
        return id;
    }

    /** Reads the {@code sources} mapping: key to title, publisher, URL, date, article encoded, kind, note. */
    void readSources(Fields document) {
        document.require("sources", "a mapping from source key to its title, url, ...")
                .flatMap(node -> Fields.of(node, "sources", problems))
                .ifPresent(all -> {
                    for (String key : all.node() instanceof Node.MapNode map ? map.entries().keySet() : List.<String>of()) {
                        all.nested(key).ifPresent(f -> {
                            Source source = new Source(key,
                                    f.requiredText("title", "the title of the text"),
                                    f.text("publisher"),
                                    f.requiredText("url", "the address the text can be read at"),
                                    f.date("date"),
                                    f.text("encodes"),
                                    f.choice("kind", SourceKind.class, SourceKind.SECONDARY),
                                    f.text("note"),
                                    f.bool("title-is-description"));
                            f.finish();
                            sources.put(key, source);
                        });
                    }
                    if (sources.isEmpty()) {
                        problems.add(all.node(), "sources", "at least one source is required: every provision cites one");
                    }
                });
    }

    /** The {@code cite} and {@code uncertain} fields of a provision; {@code cite} is required. */
    Citation citation(Fields provision) {
        List<String> keys = new ArrayList<>();
        provision.require("cite", "the keys of the sources this provision is encoded from").ifPresent(node -> {
            List<Node> items = node instanceof Node.ListNode list ? list.items() : List.of(node);
            for (Node item : items) {
                if (item instanceof Node.ScalarNode scalar && sources.containsKey(scalar.text())) {
                    keys.add(scalar.text());
                } else {
                    String got = item instanceof Node.ScalarNode scalar ? scalar.text() : item.kindName();
                    problems.add(item, provision.pathOf("cite"), "unknown source '" + got + "'"
                            + Suggestions.closest(got, sources.keySet()).map(k -> "; did you mean '" + k + "'?")
                                    .orElse("; the sources section defines " + String.join(", ", sources.keySet())));
                }
            }
        });
        return new Citation(keys, provision.text("uncertain"));
    }

    /** An actor code known to the registry, or null with a problem naming the closest known actor. */
    String code(Node node, String path) {
        // A YAML 1.1 parser reads the code NO (Norway) as a boolean; its text is still the code.
        if (!(node instanceof Node.ScalarNode scalar)
                || (scalar.type() != Node.ScalarType.STRING && scalar.type() != Node.ScalarType.BOOLEAN)) {
            problems.add(node, path, "expected an actor code such as UA, got " + node.kindName());
            return null;
        }
        String code = scalar.text();
        if (actors.contains(code)) {
            return code;
        }
        unknownActors = true;
        problems.add(node, path, Suggestions.unknownActor(code, actors));
        return null;
    }

    /** A list of distinct actor codes under {@code key}. */
    List<String> codes(Fields fields, String key) {
        List<String> codes = new ArrayList<>();
        fields.get(key).ifPresent(node -> codes.addAll(codeList(node, fields.pathOf(key))));
        return codes;
    }

    private List<String> codeList(Node node, String path) {
        List<String> codes = new ArrayList<>();
        if (!(node instanceof Node.ListNode list)) {
            problems.add(node, path, "expected a list of actor codes, got " + node.kindName());
            return codes;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String code = code(item, path + "[" + i + "]");
            if (code != null && codes.contains(code)) {
                problems.add(item, path + "[" + i + "]", "actor " + code + " is listed twice");
            } else if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * A set of actors: the name of a set ({@code guarantors}, or one defined under {@code sets}),
     * a single actor code, or a list of codes.
     */
    ActorSet actorSet(Node node, String path) {
        if (node instanceof Node.ListNode) {
            return ActorSet.of(codeList(node, path));
        }
        if (node instanceof Node.ScalarNode scalar
                && (scalar.type() == Node.ScalarType.STRING || scalar.type() == Node.ScalarType.BOOLEAN)) {
            ActorSet named = sets.get(scalar.text());
            if (named != null) {
                return named;
            }
            if (actors.contains(scalar.text())) {
                return ActorSet.of(List.of(scalar.text()));
            }
            problems.add(node, path, "unknown set or actor '" + scalar.text() + "'"
                    + Suggestions.closest(scalar.text(), sets.keySet()).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; expected one of the sets " + String.join(", ", sets.keySet())
                                    + ", an actor code or a list of actor codes"));
            return null;
        }
        problems.add(node, path, "expected a set name, an actor code or a list of actor codes, got " + node.kindName());
        return null;
    }

    /** Reads user-defined sets; their names may not hide the sets the format provides. */
    void readSets(Fields document) {
        document.nested("sets").ifPresent(defined -> {
            var names = defined.node() instanceof Node.MapNode map ? map.entries().keySet() : Set.<String>of();
            for (String name : names) {
                defined.get(name).ifPresent(node -> {
                    if (sets.containsKey(name)) {
                        problems.add(node, defined.pathOf(name), "the set '" + name
                                + "' is provided by the format and cannot be redefined");
                        return;
                    }
                    ActorSet set = actorSet(node, defined.pathOf(name));
                    if (set != null) {
                        sets.put(name, new ActorSet(name, set.codes()));
                    }
                });
            }
        });
    }

    /** The most decimal places a fraction quota may have: 10^18 still fits a long. */
    static final int MAX_DECIMALS = 18;

    /**
     * A quota: a whole count ({@code 9}), a fraction ({@code "2/3"}, {@code "55%"}, {@code 0.55})
     * or {@code majority} (more than half).
     */
    Threshold threshold(Node node, String path) {
        String expected = "a count such as 9, a fraction such as \"2/3\", \"55%\" or 0.55, or majority";
        if (node instanceof Node.ScalarNode scalar) {
            String text = scalar.text().strip();
            try {
                switch (scalar.type()) {
                    case INTEGER -> {
                        long count = Long.parseLong(text);
                        if (count >= 1) {
                            return new Threshold.Count(count);
                        }
                        problems.add(node, path, "impossible quota " + count + ": at least one vote is needed");
                        return null;
                    }
                    case DECIMAL -> {
                        return fraction(node, path, new BigDecimal(text));
                    }
                    case STRING -> {
                        if (text.equals("majority")) {
                            return new Threshold.Fraction(1, 2, true);
                        }
                        Matcher fraction = FRACTION.matcher(text);
                        if (fraction.matches()) {
                            return fraction(node, path, Long.parseLong(fraction.group(1)), Long.parseLong(fraction.group(2)));
                        }
                        Matcher percent = PERCENT.matcher(text);
                        if (percent.matches()) {
                            String decimals = Objects.requireNonNullElse(percent.group(2), "");
                            return fraction(node, path, percent.group(1) + decimals, decimals.length() + 2, text);
                        }
                    }
                    default -> {
                    }
                }
            } catch (NumberFormatException | ArithmeticException tooLarge) {
                // reported below
            }
        }
        problems.add(node, path, "expected " + expected + ", got " + node.kindName());
        return null;
    }

    /**
     * A decimal fraction made exact as numerator / 10^scale. The digits are bounded before any
     * arithmetic: {@code 1e-100000000} would otherwise ask for a power of ten with a hundred million
     * digits and pin a core.
     */
    private Threshold fraction(Node node, String path, BigDecimal decimal) {
        return fraction(node, path, decimal.unscaledValue().toString(), decimal.scale(),
                decimal.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The fraction {@code digits} / 10^{@code scale}, exact, from the digits of a decimal (a percentage is
     * read this way without {@link BigDecimal}, whose class takes about 15 ms to set up in a fresh process).
     * A value that needs more than {@link #MAX_DECIMALS} digits on either side of the point is refused as
     * {@code shown}.
     */
    private Threshold fraction(Node node, String path, String digits, int scale, String shown) {
        String significant = digits.replaceFirst("^[-+]?0+(?=\\d)", "");
        int zeros = 0;
        while (zeros < significant.length() - 1 && significant.charAt(significant.length() - 1 - zeros) == '0') {
            zeros++;
        }
        significant = significant.substring(0, significant.length() - zeros);
        long exponent = significant.matches("[-+]?0") ? 0 : (long) scale - zeros;
        long precision = significant.length() - (Character.isDigit(significant.charAt(0)) ? 0 : 1);
        if (exponent > MAX_DECIMALS || precision - exponent > MAX_DECIMALS) {
            problems.add(node, path, "impossible quota " + shown + ": a fraction must be more than 0 and at most 1,"
                    + " with at most " + MAX_DECIMALS + " decimal places");
            return null;
        }
        long numerator = Long.parseLong(significant);
        for (long e = exponent; e < 0; e++) {
            numerator = Math.multiplyExact(numerator, 10);
        }
        long denominator = 1;
        for (long e = 0; e < exponent; e++) {
            denominator *= 10;
        }
        return fraction(node, path, numerator, denominator);
    }

    private Threshold fraction(Node node, String path, long numerator, long denominator) {
        if (denominator == 0 || numerator <= 0 || numerator > denominator) {
            problems.add(node, path, "impossible quota " + numerator + "/" + denominator
                    + ": a fraction must be more than 0 and at most 1");
            return null;
        }
        return new Threshold.Fraction(numerator, denominator, false);
    }
}
