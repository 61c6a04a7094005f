package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the JSON tree of the value at the parser's current token, the same nodes
 * {@code ObjectMapper.readTree} gives, without its per-call deserialization context: a plan binds
 * some 300,000 small values (one call per attribute), and that set-up was a fifth of reading one.
 * The parser's limits (nesting depth, string and number length, duplicate keys) still apply, since
 * every token comes from it.
 */
final class TfTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TfTree() {
    }

    /** The value starting at the current token; the parser is left on its last token. */
    static JsonNode read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return TfJsonReader.MAPPER.readTree(p);
        }
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT -> integer(p);
            case VALUE_NUMBER_FLOAT -> decimal(p);
            default -> TfJsonReader.MAPPER.readTree(p);
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            o.set(name, read(p));
        }
        return o;
    }

    private static ArrayNode array(JsonParser p) throws IOException {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(read(p));
        }
        return a;
    }

    /** As databind: int when it fits, else long; the rare big integer goes through databind itself. */
    private static JsonNode integer(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> TfJsonReader.MAPPER.readTree(p);
        };
    }

    /** A textual float is a double for databind (no big-decimal feature is set); other kinds go through it. */
    private static JsonNode decimal(JsonParser p) throws IOException {
        JsonParser.NumberTypeFP kind = p.getNumberTypeFP();
        if (kind == JsonParser.NumberTypeFP.UNKNOWN || kind == JsonParser.NumberTypeFP.DOUBLE64) {
            return NODES.numberNode(p.getDoubleValue());
        }
        return TfJsonReader.MAPPER.readTree(p);
    }

    /** A value's kind for a message ("a string", "an object"; "nothing" when absent). */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return v.isNull() ? "null" : v.isTextual() ? "a string" : v.isNumber() ? "a number" : v.isBoolean() ? "a boolean"
                : v.isArray() ? "an array" : "an object";
    }

    static String kind(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
