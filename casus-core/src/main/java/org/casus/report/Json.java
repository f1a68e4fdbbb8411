package org.casus.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casus.Version;

/** The JSON every report writes: objects that carry the Casus version, pretty-printed. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new object with {@code version} already set. */
    static ObjectNode object() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("version", Version.get());
        return node;
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
