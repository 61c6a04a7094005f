package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The resources of a plan's {@code planned_values}, a state's {@code values} or a plan's prior
 * state: modules at any depth, each resource object bound on its own, so memory grows with the
 * resources kept, not with a tree of the file. Every refusal names the JSON path.
 */
final class TfResourceReader {

    /**
     * Attributes of a resource's values that no mapper reads (see {@link #values(JsonParser)}): user
     * data, and {@code tags_all}, the provider's union of its default tags with {@code tags} (the model's
     * names and tag selectors read {@code tags}).
     */
    private static final Set<String> UNREAD_VALUES = Set.of("user_data", "user_data_base64", "tags_all");
    /** The fields of a resource object a {@link TfResource} keeps; mode, name, index and sensitive_values are skipped unread. */
    private static final Set<String> RESOURCE_FIELDS = Set.of("address", "type", "values", "provider_name");

    private TfResourceReader() {
    }

    /** {@code {"root_module": {...}, "outputs": ...}}. */
    static void values(JsonParser p, JsonToken t, String path, List<TfResource> into) throws IOException, TfInputException {
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        TfJsonReader.expect(t, JsonToken.START_OBJECT, path, "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("root_module")) {
                module(p, v, path + ".root_module", into);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void module(JsonParser p, JsonToken t, String path, List<TfResource> into) throws IOException, TfInputException {
        TfJsonReader.expect(t, JsonToken.START_OBJECT, path, "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("resources")) {
                TfJsonReader.expect(v, JsonToken.START_ARRAY, path + ".resources", "an array");
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    resource(p, path, i++, into);
                }
            } else if (name.equals("child_modules")) {
                TfJsonReader.expect(v, JsonToken.START_ARRAY, path + ".child_modules", "an array");
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    module(p, p.currentToken(), path + ".child_modules[" + i++ + "]", into);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The path is built here, in a method called per resource that C1 compiles early, not in the module's loop. */
    private static void resource(JsonParser p, String module, int index, List<TfResource> into)
            throws IOException, TfInputException {
        resource(p, module + ".resources[" + index + "]", into);
    }

    private static void resource(JsonParser p, String path, List<TfResource> into) throws IOException, TfInputException {
        TfJsonReader.expect(p.currentToken(), JsonToken.START_OBJECT, path, "an object");
        ObjectNode r = TfJsonReader.MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!RESOURCE_FIELDS.contains(name)) {
                p.skipChildren();
            } else {
                r.set(name, v == JsonToken.START_OBJECT && name.equals("values") ? values(p) : TfTree.read(p));
            }
        }
        String address = field(r, "address", path);
        TfAddress parsed;
        try {
            parsed = TfAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new TfInputException(path + ".address: " + e.getMessage());
        }
        String type = field(r, "type", path);
        if (!type.equals(parsed.type())) {
            throw new TfInputException(path + ".type: '" + type + "' does not match address " + address);
        }
        JsonNode values = r.get("values");
        if (values != null && !values.isObject() && !values.isNull()) {
            throw new TfInputException(path + ".values: expected an object, found " + TfTree.kind(values));
        }
        JsonNode provider = r.get("provider_name");
        into.add(new TfResource(parsed, address, values == null || values.isNull() ? TfJsonReader.MAPPER.createObjectNode() : values,
                null, path, provider != null && provider.isTextual() ? provider.textValue() : null));
    }

    /**
     * A resource's values without the attributes no mapper reads and that can be most of a plan's
     * bytes: an instance's user data, often kilobytes of script each, is skipped unread.
     */
    private static ObjectNode values(JsonParser p) throws IOException {
        ObjectNode values = TfJsonReader.MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (UNREAD_VALUES.contains(name)) {
                p.skipChildren();
            } else {
                values.set(name, TfTree.read(p));
            }
        }
        return values;
    }

    private static String field(JsonNode o, String name, String path) throws TfInputException {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual()) {
            throw new TfInputException(path + "." + name + ": expected a string, found " + TfTree.kind(v));
        }
        return v.textValue();
    }

}
