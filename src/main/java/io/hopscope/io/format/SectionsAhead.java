package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.hopscope.diagram.Diagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A large diagram's plan unknowns and layout written to bytes on a second thread while the saving
 * thread writes its resources: for a 10,000-resource plan they are a third of the file (tens of
 * thousands of placeholders, a shape per resource). Each section is written by the same code, with
 * the same pretty printer at the same depth and the same encoder as in one pass, so the file's
 * bytes are the same; the saving thread writes the field's separator through its generator and
 * then the section's bytes straight to the file.
 */
final class SectionsAhead {

    /** Below this many placeholders and shapes a thread costs more than it saves (an autosave of a hand-drawn diagram). */
    static final int MIN_ENTRIES = 4000;
    /** Only a field's name and value separator may precede a section; anything else is a bug, not a file. */
    private static final String FIELD = "s";

    private final ObjectWriter json;
    private final FutureTask<byte[]> unknowns;
    private final FutureTask<byte[]> layout;
    private OutputStream out;

    private SectionsAhead(ObjectWriter json, Diagram diagram) {
        this.json = json;
        this.unknowns = new FutureTask<>(() -> diagram.model().unknowns().isEmpty() ? null
                : section(2, g -> UnknownsCodec.write(g, diagram.model().unknowns())));
        this.layout = new FutureTask<>(() -> section(1, g -> DiagramWriter.layout(g, diagram.layout())));
    }

    /** Starts writing the two sections when the diagram has at least {@code minEntries} of their entries. */
    static SectionsAhead startIfWorthIt(ObjectWriter json, Diagram diagram, int minEntries) {
        long entries = (long) diagram.model().unknowns().placeholders().size() + diagram.layout().shapes().size();
        if (entries < minEntries || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        SectionsAhead ahead = new SectionsAhead(json, diagram);
        Thread worker = new Thread(() -> {
            // In the order the saving thread needs them: the unknowns end the model, the layout follows.
            ahead.unknowns.run();
            ahead.layout.run();
        }, "diagram-sections");
        worker.setDaemon(true);
        worker.start();
        return ahead;
    }

    /** The file's stream, under the saving thread's writer: the sections' bytes go straight into it. */
    SectionsAhead into(OutputStream file) {
        this.out = file;
        return this;
    }

    /** The unknowns' value after its field name. */
    void writeUnknowns(JsonGenerator g) throws IOException {
        write(g, unknowns);
    }

    /** The layout's value after its field name. */
    void writeLayout(JsonGenerator g) throws IOException {
        write(g, layout);
    }

    private void write(JsonGenerator g, FutureTask<byte[]> section) throws IOException {
        byte[] bytes;
        try {
            bytes = section.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("writing a diagram section failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a diagram section", e);
        }
        // The separator (": ") goes through the generator, which then counts the value as written.
        g.writeRawValue("");
        g.flush();
        out.write(bytes);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * The bytes of a value written at {@code depth} objects deep, after its field's separator: the
     * pretty printer indents by depth, so the value is written inside that many objects and cut out.
     */
    private byte[] section(int depth, Body body) throws IOException {
        byte[] separator = separator();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (JsonGenerator g = json.createGenerator(text)) {
            for (int i = 0; i < depth; i++) {
                g.writeStartObject();
                g.writeFieldName(FIELD);
            }
            g.flush();
            int start = bytes.size() + separator.length;
            body.write(g);
            g.flush();
            byte[] all = bytes.toByteArray();
            if (!Arrays.equals(all, start - separator.length, start, separator, 0, separator.length)) {
                throw new IllegalStateException("a diagram section did not start with its field's separator");
            }
            return Arrays.copyOfRange(all, start, all.length);
        }
    }

    /** What the generator writes between a field's name and its value. */
    private byte[] separator() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (JsonGenerator g = json.createGenerator(text)) {
            g.writeStartObject();
            g.writeFieldName(FIELD);
            g.flush();
            int start = bytes.size();
            g.writeRawValue("");
            g.flush();
            return Arrays.copyOfRange(bytes.toByteArray(), start, bytes.size());
        }
    }
}
