package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, reporting every missing field, wrong type and bad value
 * with its path, and at {@link #finish()} every field nobody asked for (unknown fields are errors,
 * never dropped silently). Getters return null on a problem; {@link #ok()} tells whether any
 * field of this object failed, so the caller builds the record only from a clean object.
 *
 * <p>Every problem is a keyed text ({@code field.*} in the engine bundle): the open dialog and the
 * Problems panel say it in the UI's language, the command line prints its English, which is the
 * wording these messages always had.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private boolean failed;

    JsonFields(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Null (and an error) when {@code node} is not an object. */
    public static JsonFields of(JsonNode node, String path, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(keyed(path, Text.of("field.expected", Text.of("field.json.object"), describeText(node))));
            return null;
        }
        return new JsonFields(node, path, problems);
    }

    public String path() {
        return path;
    }

    public String pathOf(String field) {
        return JsonPaths.field(path, field);
    }

    public boolean ok() {
        return !failed;
    }

    List<Problem> problems() {
        return problems;
    }

    void markFailed() {
        failed = true;
    }

    /** The raw node of a field, null when absent. */
    public JsonNode raw(String field) {
        return value(field);
    }

    boolean rawIsNumber(String field) {
        JsonNode v = value(field);
        return v != null && v.isNumber();
    }

    public boolean has(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public void error(String field, String message) {
        failed = true;
        problems.add(Problem.error(field == null ? path : pathOf(field), message));
    }

    /** A problem with {@code field} (the object itself when null), said in the UI's language in the app. */
    public void error(String field, Text text) {
        failed = true;
        problems.add(keyed(field == null ? path : pathOf(field), text));
    }

    /** An error whose English message is {@code text}'s English. */
    public static Problem keyed(String location, Text text) {
        return new Problem(Severity.ERROR, location, text, null);
    }

    public String requiredText(String field) {
        String v = text(field);
        if (v == null) {
            // Present but not text has already been reported as a wrong type.
            if (!has(field)) {
                error(field, Text.of("field.missing"));
            }
            return null;
        }
        if (v.isBlank()) {
            error(field, Text.of("field.empty"));
            return null;
        }
        return v;
    }

    /** The text, "" when absent (the records treat "" as "none"). */
    public String optionalText(String field) {
        String v = text(field);
        return v == null ? "" : v;
    }

    /** The text or null when absent, for optional references. */
    String optionalRef(String field) {
        String v = text(field);
        return v == null || v.isEmpty() ? null : v;
    }

    public boolean flag(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            wrongType(field, "field.json.trueOrFalse", v);
            return false;
        }
        return v.booleanValue();
    }

    /** A whole number in {@code min..max}; null when absent (reported if {@code required}); {@code what} names it. */
    public Integer integer(String field, int min, int max, boolean required, Text what) {
        JsonNode v = value(field);
        if (v == null) {
            if (required) {
                error(field, Text.of("field.missing"));
            }
            return null;
        }
        if (!v.isIntegralNumber()) {
            wrongType(field, "field.json.wholeNumber", v);
            return null;
        }
        if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            error(field, Text.of("field.outOfRange", what, v.asText(), min, max));
            return null;
        }
        return v.intValue();
    }

    /** A finite number; null when absent (reported as missing) or invalid. */
    Double finite(String field) {
        JsonNode v = value(field);
        if (v == null) {
            error(field, Text.of("field.missing"));
            return null;
        }
        if (!v.isNumber()) {
            wrongType(field, "field.json.number", v);
            return null;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            error(field, Text.of("field.notFinite", v.asText()));
            return null;
        }
        return d;
    }

    Cidr cidr(String field, boolean required) {
        String v = required ? requiredText(field) : optionalRef(field);
        return v == null ? null : parse(field, v, StrictAddresses::cidr, FieldValueTexts::cidr);
    }

    IpAddress ip(String field) {
        String v = optionalRef(field);
        return v == null ? null : parse(field, v, StrictAddresses::ip, FieldValueTexts::ip);
    }

    public List<String> textList(String field) {
        return list(field, (item, itemPath) -> item);
    }

    List<Cidr> cidrList(String field) {
        return list(field, (item, itemPath) -> parseAt(itemPath, item, StrictAddresses::cidr, FieldValueTexts::cidr));
    }

    List<IpAddress> ipList(String field) {
        return list(field, (item, itemPath) -> parseAt(itemPath, item, StrictAddresses::ip, FieldValueTexts::ip));
    }

    /** The elements of an array field, empty when absent; null and an error when it is not an array. */
    public List<JsonNode> array(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            wrongType(field, "field.json.array", v);
            return null;
        }
        if (v.size() > DiagramFormat.MAX_ITEMS) {
            error(field, Text.of("field.tooManyItems", v.size(), DiagramFormat.MAX_ITEMS));
            return null;
        }
        List<JsonNode> items = new ArrayList<>(v.size());
        v.forEach(items::add);
        return items;
    }

    /**
     * Parses text with a model parser, turning its IllegalArgumentException into a problem: its
     * message is the English, {@code why} the same reason as a keyed text.
     */
    <T> T parse(String field, String text, Function<String, T> parser, Function<String, Text> why) {
        return parseAt(() -> pathOf(field), text, parser, why);
    }

    /** Reports every field of the object that no getter asked for. */
    public void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, Text.of("field.unknown", shorten(name), List.copyOf(known)));
            }
        }
    }

    /** What a node is, in English: "an object", "a string", "nothing"... */
    public static String describe(JsonNode v) {
        return describeText(v).toString();
    }

    /** What a node is, as a keyed text for a sentence said in the UI's language. */
    public static Text describeText(JsonNode v) {
        String kind;
        if (v == null || v.isMissingNode()) {
            kind = "nothing";
        } else if (v.isObject()) {
            kind = "object";
        } else if (v.isArray()) {
            kind = "array";
        } else if (v.isTextual()) {
            kind = "string";
        } else if (v.isBoolean()) {
            kind = "boolean";
        } else if (v.isNumber()) {
            kind = "number";
        } else {
            kind = "null";
        }
        return Text.of("field.json." + kind);
    }

    private interface ItemReader<T> {
        T read(String text, java.util.function.Supplier<String> itemPath);
    }

    private <T> List<T> list(String field, ItemReader<T> reader) {
        List<JsonNode> items = array(field);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        boolean good = true;
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            // The path is only built when a problem needs it: lists of addresses can be long.
            java.util.function.Supplier<String> itemPath = () -> JsonPaths.index(pathOf(field), index);
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                problems.add(keyed(itemPath.get(), Text.of("field.expected", Text.of("field.json.string"), describeText(item))));
                failed = true;
                good = false;
                continue;
            }
            T value = reader.read(item.textValue(), itemPath);
            if (value == null) {
                good = false;
            } else {
                out.add(value);
            }
        }
        return good ? out : null;
    }

    private <T> T parseAt(java.util.function.Supplier<String> at, String text, Function<String, T> parser,
                          Function<String, Text> why) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            failed = true;
            problems.add(new Problem(Severity.ERROR, at.get(), e.getMessage(), null, why.apply(text)));
            return null;
        }
    }

    private String text(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrongType(field, "field.json.string", v);
            return null;
        }
        return v.textValue();
    }

    private JsonNode value(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private void wrongType(String field, String expectedKey, JsonNode found) {
        error(field, Text.of("field.expected", Text.of(expectedKey), describeText(found)));
    }

    private static String shorten(String name) {
        return name.length() > 80 ? name.substring(0, 80) + "..." : name;
    }
}
