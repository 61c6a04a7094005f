package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a diagram drawn by hand with a sample file, ids aside: the editor hands out fresh ids,
 * so every sample resource is matched to the drawn one of the same kind and name, the sample is
 * rewritten with the drawn ids, and then everything else (CIDRs, rules, routes, associations,
 * attachments, boxes) must be equal.
 */
final class SampleComparison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("name", "description", "title");

    private final Diagram sample;
    private final Diagram drawn;
    private final Map<String, String> ids;

    SampleComparison(Diagram sample, Diagram drawn) {
        this.sample = sample;
        this.drawn = drawn;
        this.ids = idsByKindAndName(sample.model(), drawn.model());
    }

    /** Sample id to drawn id, for every sample resource; fails when one has no unique twin. */
    static Map<String, String> idsByKindAndName(NetworkModel sample, NetworkModel drawn) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Resource r : sample.allResources()) {
            List<Resource> twins = drawn.allResources().stream()
                    .filter(d -> d.kind() == r.kind() && d.name().equals(r.name())).toList();
            if (twins.size() == 1) {
                out.put(r.id(), twins.get(0).id());
            } else {
                missing.add(r.kind().wireName() + " '" + r.name() + "' (" + twins.size() + " drawn)");
            }
        }
        assertTrue(missing.isEmpty(), "sample resources without exactly one drawn twin: " + missing);
        assertEquals(sample.allResources().size(), drawn.allResources().size(),
                "the drawn diagram has resources the sample does not: " + drawn.allResources().stream()
                        .filter(d -> !out.containsValue(d.id())).map(Resource::label).toList());
        return out;
    }

    Map<String, String> ids() {
        return ids;
    }

    /** The sample as it would read with the drawn ids (the writer sorts by id, so it is read back once). */
    Diagram sampleWithDrawnIds() {
        JsonNode tree = tree(sample);
        rewriteIds(tree, null);
        try {
            return DiagramReader.read(JSON.writeValueAsString(tree), "sample with drawn ids").diagram();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Replaces ids wherever they are values or shape keys; names and descriptions stay as written. */
    private void rewriteIds(JsonNode node, String field) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual() && !TEXT_FIELDS.contains(name) && ids.containsKey(child.asText())) {
                    object.put(name, ids.get(child.asText()));
                } else {
                    rewriteIds(child, name);
                }
                if ("shapes".equals(field) && ids.containsKey(name)) {
                    object.set(ids.get(name), object.remove(name));
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isTextual() && ids.containsKey(child.asText())) {
                    array.set(i, ids.get(child.asText()));
                } else {
                    rewriteIds(child, field);
                }
            }
        }
    }

    /** The model part of both files, as JSON trees, equal field by field. */
    void assertModelsEqual() {
        JsonNode expected = tree(sampleWithDrawnIds()).get("model");
        JsonNode actual = tree(drawn).get("model");
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
    }

    /** Every sample box, at the same place and size on the drawn diagram, and no other box. */
    void assertLayoutsEqual() {
        Map<String, Shape> expected = new LinkedHashMap<>();
        for (Shape s : sample.layout().shapes().values()) {
            String id = ids.get(s.resourceId());
            expected.put(id, new Shape(id, s.x(), s.y(), s.width(), s.height()));
        }
        assertEquals(expected.keySet(), drawn.layout().shapes().keySet());
        expected.forEach((id, shape) -> assertEquals(shape, drawn.layout().shape(id), "box of " + id));
    }

    /** The whole file: model, boxes, title and description, byte for byte once the ids are swapped. */
    void assertFilesEqual() {
        assertEquals(DiagramWriter.toJson(sampleWithDrawnIds()), DiagramWriter.toJson(drawn));
    }

    /** A text naming sample resources by id, with the drawn ids instead (names are left alone). */
    String withDrawnIds(String text) {
        String out = text;
        List<String> keys = new ArrayList<>(ids.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        for (String id : keys) {
            boolean alsoAName = sample.model().allResources().stream().anyMatch(r -> r.name().equals(id));
            if (!alsoAName) {
                out = out.replace(id, ids.get(id));
            }
        }
        return out;
    }

    private static JsonNode tree(Diagram d) {
        try {
            return JSON.readTree(DiagramWriter.toJson(d));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
