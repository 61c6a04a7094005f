package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a diagram as format v1 JSON, deterministically: the same diagram always gives the same
 * bytes. Resources are sorted by id within their section, fields come in a fixed order, fields at
 * their default are omitted, indentation is two spaces, lines end with {@code \n} and the file
 * ends with one; whole coordinates are written as integers ({@code 120}, not {@code 120.0}).
 */
public final class DiagramWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter JSON = DiagramFormat.mapper().writer(prettyPrinter());

    private DiagramWriter() {
    }

    /** The file text of {@code diagram}. */
    public static String toJson(Diagram diagram) {
        try {
            return JSON.writeValueAsString(toTree(diagram)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialize", e);
        }
    }

    /**
     * The file text of {@code diagram} with one more top-level section after the diagram's own
     * fields (a lab's {@code "lab"}), written as given.
     */
    public static String toJson(Diagram diagram, String sectionKey, JsonNode section) {
        ObjectNode root = toTree(diagram);
        root.set(sectionKey, section);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialize", e);
        }
    }

    /** The JSON tree of {@code diagram}, header included, as the file holds it (to nest it in another). */
    public static ObjectNode tree(Diagram diagram) {
        return toTree(diagram);
    }

    /** Saves atomically: the file at {@code path} is either the old one or the complete new one. */
    public static void save(Diagram diagram, Path path) throws IOException {
        AtomicFileWriter.write(path, toJson(diagram).getBytes(StandardCharsets.UTF_8));
    }

    /** Like {@link #save} for callers that cannot handle checked exceptions (tests, tools). */
    public static void saveUnchecked(Diagram diagram, Path path) {
        try {
            save(diagram, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toTree(Diagram diagram) {
        ObjectNode root = NODES.objectNode();
        root.put("format", DiagramFormat.FORMAT_NAME);
        root.put("version", DiagramFormat.VERSION);
        if (!diagram.title().isEmpty()) {
            root.put("title", diagram.title());
        }
        if (!diagram.description().isEmpty()) {
            root.put("description", diagram.description());
        }
        root.set("model", model(diagram.model()));
        root.set("layout", layout(diagram.layout()));
        if (!diagram.traces().isEmpty()) {
            root.set("traces", traces(diagram.traces()));
        }
        return root;
    }

    private static ObjectNode model(NetworkModel model) {
        ObjectNode o = NODES.objectNode();
        for (ModelSection section : ModelSection.values()) {
            List<? extends Resource> resources = section.resourcesOf(model);
            if (resources.isEmpty()) {
                continue;
            }
            ArrayNode array = o.putArray(section.key());
            resources.stream().sorted(Comparator.comparing(Resource::id))
                    .forEach(r -> array.add(ResourceEncoder.encode(r)));
        }
        if (!model.unknowns().isEmpty()) {
            o.set(UnknownsCodec.KEY, UnknownsCodec.encode(model.unknowns()));
        }
        return o;
    }

    private static ObjectNode layout(Layout layout) {
        ObjectNode o = NODES.objectNode();
        if (!layout.shapes().isEmpty()) {
            ObjectNode shapes = o.putObject("shapes");
            // Layout keeps its shapes in a TreeMap, so they come out sorted by resource id.
            for (Map.Entry<String, Shape> e : layout.shapes().entrySet()) {
                Shape s = e.getValue();
                ObjectNode box = shapes.putObject(e.getKey());
                coordinate(box, "x", s.x());
                coordinate(box, "y", s.y());
                coordinate(box, "width", s.width());
                coordinate(box, "height", s.height());
            }
        }
        if (!layout.notes().isEmpty()) {
            ArrayNode notes = o.putArray("notes");
            for (Note n : layout.notes()) {
                ObjectNode note = notes.addObject();
                note.put("id", n.id());
                if (!n.text().isEmpty()) {
                    note.put("text", n.text());
                }
                coordinate(note, "x", n.x());
                coordinate(note, "y", n.y());
                coordinate(note, "width", n.width());
                coordinate(note, "height", n.height());
            }
        }
        return o;
    }

    /** Kept in the diagram's order (most recent first): the order is the user's, not a sort. */
    private static ArrayNode traces(List<SavedTrace> traces) {
        ArrayNode array = NODES.arrayNode();
        for (SavedTrace t : traces) {
            ObjectNode o = array.addObject();
            o.put("from", t.from());
            o.put("to", t.to());
            if (t.protocol() != null) {
                o.put("protocol", t.protocol().label());
            }
            if (t.port() != null) {
                o.put("port", t.port());
            }
            if (t.sourcePort() != null) {
                o.put("sourcePort", t.sourcePort());
            }
        }
        return array;
    }

    /** Whole values as integers so hand-edited files and diffs stay clean; others as shortest doubles. */
    private static void coordinate(ObjectNode o, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(field, (long) value);
        } else {
            o.put(field, value);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
