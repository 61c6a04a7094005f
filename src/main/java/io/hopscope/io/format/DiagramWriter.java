package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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

    private static final ObjectWriter JSON = DiagramFormat.mapper().writer(prettyPrinter());

    private DiagramWriter() {
    }

    /** The file text of {@code diagram}. */
    public static String toJson(Diagram diagram) {
        return toJson(diagram, null, null);
    }

    /**
     * The file text of {@code diagram} with one more top-level section after the diagram's own
     * fields (a lab's {@code "lab"}), written as given.
     */
    public static String toJson(Diagram diagram, String sectionKey, JsonNode section) {
        StringWriter text = new StringWriter();
        try {
            write(text, diagram, sectionKey, section, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory failed", e);
        }
        return text.toString();
    }

    /** The JSON tree of {@code diagram}, header included, as the file holds it (to nest it in another). */
    public static ObjectNode tree(Diagram diagram) {
        return toTree(diagram);
    }

    /**
     * Saves atomically: the file at {@code path} is either the old one or the complete new one.
     * The text is streamed into the temporary file, never held whole in memory.
     */
    public static void save(Diagram diagram, Path path) throws IOException {
        save(diagram, path, SectionsAhead.MIN_ENTRIES);
    }

    /** As {@link #save}; a diagram with {@code minAhead} placeholders and shapes has them written on a second thread. */
    static void save(Diagram diagram, Path path, int minAhead) throws IOException {
        SectionsAhead ahead = SectionsAhead.startIfWorthIt(JSON, diagram, minAhead);
        AtomicFileWriter.write(path, out -> {
            // The same writer and encoding as toJson(...).getBytes(UTF_8), so the bytes are the same.
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(text, diagram, null, null, ahead == null ? null : ahead.into(out));
            text.flush();
        });
    }

    /** Like {@link #save} for callers that cannot handle checked exceptions (tests, tools). */
    public static void saveUnchecked(Diagram diagram, Path path) {
        try {
            save(diagram, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of what {@link #write} streams, so the file and the tree can never disagree. */
    static ObjectNode toTree(Diagram diagram) {
        TokenBuffer tokens = new TokenBuffer(DiagramFormat.mapper(), false);
        try {
            write(tokens, diagram, null, null, DiagramFormat.mapper().getSerializerProviderInstance(), null);
            return (ObjectNode) DiagramFormat.mapper().readTree(tokens.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("a diagram written into memory could not be read back", e);
        }
    }

    private static void write(Writer text, Diagram diagram, String sectionKey, JsonNode section, SectionsAhead ahead)
            throws IOException {
        try (JsonGenerator g = JSON.createGenerator(text)) {
            // The caller's stream stays open: a file's channel must be forced before it closes.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A serializer provider per call: an autosave may run while the user saves.
            write(g, diagram, sectionKey, section, DiagramFormat.mapper().getSerializerProviderInstance(), ahead);
            g.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator g, Diagram diagram, String sectionKey, JsonNode section,
                              SerializerProvider serializers, SectionsAhead ahead) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", DiagramFormat.FORMAT_NAME);
        g.writeNumberField("version", DiagramFormat.VERSION);
        if (!diagram.title().isEmpty()) {
            g.writeStringField("title", diagram.title());
        }
        if (!diagram.description().isEmpty()) {
            g.writeStringField("description", diagram.description());
        }
        g.writeFieldName("model");
        model(g, diagram.model(), serializers, ahead);
        g.writeFieldName("layout");
        if (ahead != null) {
            ahead.writeLayout(g);
        } else {
            layout(g, diagram.layout());
        }
        if (!diagram.traces().isEmpty()) {
            g.writeFieldName("traces");
            traces(g, diagram.traces());
        }
        if (sectionKey != null) {
            g.writeFieldName(sectionKey);
            section.serialize(g, serializers);
        }
        g.writeEndObject();
    }

    /** A stable sort by id; one comparison is one call, not an extractor's two (10,000 resources, C1 code). */
    private static final Comparator<Resource> BY_ID = (a, b) -> a.id().compareTo(b.id());

    /** Each resource is encoded as a small tree and written at once; the model is never one tree. */
    private static void model(JsonGenerator g, NetworkModel model, SerializerProvider serializers, SectionsAhead ahead)
            throws IOException {
        g.writeStartObject();
        for (ModelSection section : ModelSection.values()) {
            List<? extends Resource> resources = section.resourcesOf(model);
            if (resources.isEmpty()) {
                continue;
            }
            g.writeArrayFieldStart(section.key());
            Resource[] sorted = resources.toArray(new Resource[0]);
            Arrays.sort(sorted, BY_ID);
            for (Resource r : sorted) {
                resource(g, r, serializers);
            }
            g.writeEndArray();
        }
        if (!model.unknowns().isEmpty()) {
            g.writeFieldName(UnknownsCodec.KEY);
            if (ahead != null) {
                ahead.writeUnknowns(g);
            } else {
                UnknownsCodec.write(g, model.unknowns());
            }
        }
        g.writeEndObject();
    }

    /** Per resource, not in the section's loop: C1 compiles a method after a few hundred calls, a loop run once after 60,000 turns. */
    private static void resource(JsonGenerator g, Resource r, SerializerProvider serializers) throws IOException {
        ResourceEncoder.encode(r).serialize(g, serializers);
    }

    static void layout(JsonGenerator g, Layout layout) throws IOException {
        g.writeStartObject();
        if (!layout.shapes().isEmpty()) {
            g.writeObjectFieldStart("shapes");
            // Layout keeps its shapes in a TreeMap, so they come out sorted by resource id.
            for (Map.Entry<String, Shape> e : layout.shapes().entrySet()) {
                Shape s = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                coordinate(g, "x", s.x());
                coordinate(g, "y", s.y());
                coordinate(g, "width", s.width());
                coordinate(g, "height", s.height());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (!layout.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (Note n : layout.notes()) {
                g.writeStartObject();
                g.writeStringField("id", n.id());
                if (!n.text().isEmpty()) {
                    g.writeStringField("text", n.text());
                }
                coordinate(g, "x", n.x());
                coordinate(g, "y", n.y());
                coordinate(g, "width", n.width());
                coordinate(g, "height", n.height());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Kept in the diagram's order (most recent first): the order is the user's, not a sort. */
    private static void traces(JsonGenerator g, List<SavedTrace> traces) throws IOException {
        g.writeStartArray();
        for (SavedTrace t : traces) {
            g.writeStartObject();
            g.writeStringField("from", t.from());
            g.writeStringField("to", t.to());
            if (t.protocol() != null) {
                g.writeStringField("protocol", t.protocol().label());
            }
            if (t.port() != null) {
                g.writeNumberField("port", t.port());
            }
            if (t.sourcePort() != null) {
                g.writeNumberField("sourcePort", t.sourcePort());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Whole values as integers so hand-edited files and diffs stay clean; others as shortest doubles. */
    private static void coordinate(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
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
