package io.hopscope.lab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.io.format.AtomicFileWriter;
import io.hopscope.io.format.DiagramWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a lab file deterministically: the diagram as the diagram writer writes it, then the lab
 * section in a fixed field order; an attempt that differs from its start carries the start at
 * {@code $.lab.start}.
 */
public final class LabWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LabWriter() {
    }

    public static String toJson(LabFile file) {
        return DiagramWriter.toJson(file.diagram(), LabFormat.SECTION, section(file));
    }

    public static void save(LabFile file, Path path) throws IOException {
        AtomicFileWriter.write(path, toJson(file).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode section(LabFile file) {
        Lab lab = file.lab();
        ObjectNode o = NODES.objectNode();
        o.put("version", LabFormat.VERSION);
        o.put("id", lab.id());
        o.set("title", text(lab.title()));
        o.set("goal", text(lab.goal()));
        o.set("topic", text(lab.topic()));
        o.put("difficulty", lab.difficulty().wireName());
        o.put("minutes", lab.minutes());
        ArrayNode assertions = o.putArray("assertions");
        for (LabAssertion a : lab.assertions()) {
            ObjectNode item = assertions.addObject();
            item.set("label", text(a.label()));
            item.setAll(a.policy());
        }
        ArrayNode hints = o.putArray("hints");
        lab.hints().forEach(h -> hints.add(text(h)));
        ArrayNode constraints = o.putArray("constraints");
        for (LabConstraint c : lab.constraints()) {
            ObjectNode item = constraints.addObject();
            item.put("kind", c.wireName());
            if (c instanceof LabConstraint.NoNewResources n) {
                item.put("resourceKind", n.resourceKind().wireName());
            } else if (c instanceof LabConstraint.MaxRuleChanges m) {
                item.put("limit", m.limit());
            }
        }
        o.set("explanation", text(lab.explanation()));
        if (file.changed()) {
            o.set("start", DiagramWriter.tree(file.start()));
        }
        return o;
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode o = NODES.objectNode();
        o.put("en", t.en());
        o.put("ko", t.ko());
        return o;
    }
}
