package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code "layout"}: shapes keyed by resource id, and notes. Null when anything failed. */
final class LayoutDecoder {

    private LayoutDecoder() {
    }

    static Layout decode(JsonFields f, List<Problem> problems) {
        if (f == null) {
            return null;
        }
        Map<String, Shape> shapes = new TreeMap<>();
        if (f.has("shapes")) {
            JsonNode node = f.raw("shapes");
            if (!node.isObject()) {
                f.error("shapes", Text.of("field.layout.shapesNotObject", JsonFields.describeText(node)));
            } else if (node.size() > DiagramFormat.MAX_ITEMS) {
                f.error("shapes", Text.of("field.layout.tooManyShapes", node.size(), DiagramFormat.MAX_ITEMS));
            } else {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonFields box = JsonFields.of(e.getValue(), JsonPaths.field(f.pathOf("shapes"), e.getKey()), problems);
                    Shape shape = box == null ? null : shape(e.getKey(), box);
                    if (shape == null) {
                        f.markFailed();
                    } else {
                        shapes.put(shape.resourceId(), shape);
                    }
                }
            }
        }
        List<Note> notes = new ArrayList<>();
        List<JsonNode> items = f.array("notes");
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                JsonFields n = JsonFields.of(items.get(i), JsonPaths.index(f.pathOf("notes"), i), problems);
                Note note = n == null ? null : note(n);
                if (note == null) {
                    f.markFailed();
                } else {
                    notes.add(note);
                }
            }
        }
        f.finish();
        return f.ok() ? new Layout(shapes, notes) : null;
    }

    private static Shape shape(String resourceId, JsonFields f) {
        double[] box = box(f);
        f.finish();
        return f.ok() ? new Shape(resourceId, box[0], box[1], box[2], box[3]) : null;
    }

    private static Note note(JsonFields f) {
        String id = f.requiredText("id");
        String text = f.optionalText("text");
        double[] box = box(f);
        f.finish();
        return f.ok() ? new Note(id, text, box[0], box[1], box[2], box[3]) : null;
    }

    /** x, y, width, height: finite, and sizes not negative. */
    private static double[] box(JsonFields f) {
        Double x = f.finite("x");
        Double y = f.finite("y");
        Double width = size(f, "width");
        Double height = size(f, "height");
        if (x == null || y == null || width == null || height == null) {
            return null;
        }
        return new double[] {x, y, width, height};
    }

    private static Double size(JsonFields f, String field) {
        Double v = f.finite(field);
        if (v != null && v < 0) {
            f.error(field, Text.of("field.layout.negativeSize", field, v));
            return null;
        }
        return v;
    }
}
