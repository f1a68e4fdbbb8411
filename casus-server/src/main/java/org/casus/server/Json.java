package org.casus.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.casus.CasusException;

/**
 * Request bodies and their fields, read strictly: a field of the wrong type is refused with its
 * name (a 400 through {@link CasusException}), never coerced.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Bodies are one JSON value: text after it is refused, not ignored. */
    private static final ObjectReader STRICT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** The body as a JSON object. */
    static JsonNode body(Context ctx) {
        try {
            JsonNode node = STRICT.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new CasusException("expected a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new CasusException("expected a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A field's text, or null when absent. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A field that must be given, or a 400 naming it. */
    static String required(JsonNode body, String field, String what) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw new CasusException(field + ": expected " + what);
        }
        return value;
    }

    /** A list of strings, or empty when absent; anything else is refused with the field's name. */
    static List<String> strings(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    break;
                }
                list.add(item.asText());
            }
            if (list.size() == value.size()) {
                return list;
            }
        }
        throw new CasusException(field + ": expected a list of strings");
    }

    /** A whole number that must be given, or a 400 naming the field and what it should be. */
    static long requiredLong(JsonNode body, String field, String what) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new CasusException(field + ": expected " + what);
        }
        return wholeLong(body, field, 0);
    }

    /** A whole number that fits a long, or {@code fallback} when absent. */
    static long wholeLong(JsonNode body, String field, long fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new CasusException(field + ": expected a whole number, got " + value);
        }
        return value.longValue();
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    static int whole(JsonNode body, String field, int fallback, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw new CasusException(field + ": expected a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.intValue();
    }

    /** true or false, or {@code fallback} when absent. */
    static boolean flag(JsonNode body, String field, boolean fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new CasusException(field + ": expected true or false, got " + value);
        }
        return value.booleanValue();
    }
}
