package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists in attribute values: strings and nested blocks, a wrong type refusing the file with its JSON path. */
final class TfValues {
    private TfValues() {
    }

    /** A resource's list of strings; its JSON path is only built for a refusal (10,000s of reads in a large plan). */
    static List<String> texts(TfResource r, String attribute) throws TfInputException {
        JsonNode v = r.values().get(attribute);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                if (e.isTextual()) {
                    out.add(e.textValue());
                } else if (!e.isNull()) {
                    return texts(r.values(), attribute, r.path() + ".values");
                }
            }
            return out;
        }
        return texts(r.values(), attribute, r.path() + ".values");
    }

    static List<String> texts(JsonNode o, String attribute, String path) throws TfInputException {
        JsonNode v = o.get(attribute);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw TfContext.wrong(path + "." + attribute, "a list of strings", v);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e.isNull()) {
                continue;
            }
            if (!e.isTextual()) {
                throw TfContext.wrong(path + "." + attribute + "[" + i + "]", "a string", e);
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** A resource's nested blocks; no path is built for the usual absent ones. */
    static List<Map.Entry<String, JsonNode>> blocks(TfResource r, String attribute) throws TfInputException {
        JsonNode v = r.values().get(attribute);
        return v == null || v.isNull() ? List.of() : blocks(r.values(), attribute, r.path() + ".values");
    }

    /** The objects of a nested block list ({@code ingress}), each with its JSON path. */
    static List<Map.Entry<String, JsonNode>> blocks(JsonNode o, String attribute, String path) throws TfInputException {
        JsonNode v = o.get(attribute);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw TfContext.wrong(path + "." + attribute, "a list of objects", v);
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw TfContext.wrong(path + "." + attribute + "[" + i + "]", "an object", v.get(i));
            }
            out.add(Map.entry(path + "." + attribute + "[" + i + "]", v.get(i)));
        }
        return out;
    }
}
