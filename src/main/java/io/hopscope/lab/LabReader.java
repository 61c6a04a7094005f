package io.hopscope.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.JsonFields;
import io.hopscope.io.format.JsonPaths;
import io.hopscope.io.format.SectionedLoad;
import io.hopscope.text.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lab file: the diagram through the diagram reader (same limits, same strictness), then
 * the {@code lab} section, reporting every problem with its JSON path as the diagram reader does:
 * a missing Korean text, an unknown constraint, a newer lab version, an assertion the policy reader
 * refuses. A file with any error gives no lab.
 */
public final class LabReader {

    private LabReader() {
    }

    public static LabLoad read(Path file) {
        return finish(DiagramReader.readWithSection(file, LabFormat.SECTION));
    }

    /** Reads file text; {@code sourceName} names it in problems about the text as a whole. */
    public static LabLoad read(String json, String sourceName) {
        return finish(DiagramReader.readWithSection(json, sourceName, LabFormat.SECTION));
    }

    private static LabLoad finish(SectionedLoad s) {
        List<Problem> problems = new ArrayList<>(s.load().problems());
        Diagram diagram = s.load().diagram();
        if (diagram == null) {
            return new LabLoad(null, problems);
        }
        String path = JsonPaths.field(JsonPaths.ROOT, LabFormat.SECTION);
        if (s.section() == null) {
            problems.add(JsonFields.keyed(path, Text.of("field.lab.notALab")));
            return new LabLoad(null, problems);
        }
        JsonFields f = JsonFields.of(s.section(), path, problems);
        if (f == null || !version(f)) {
            return new LabLoad(null, problems);
        }
        LabSectionDecoder decoder = new LabSectionDecoder(problems);
        Lab lab = decoder.lab(f);
        Diagram start = diagram;
        if (f.has("start")) {
            DiagramLoad startLoad = DiagramReader.readNested(f.raw("start"), f.pathOf("start"));
            // The start's warnings are the lab's puzzle, already reported when it was opened: only errors count.
            problems.addAll(startLoad.errors());
            start = startLoad.diagram();
        }
        f.finish();
        boolean clean = problems.stream().noneMatch(Problem::isError);
        return new LabLoad(clean && lab != null && start != null ? new LabFile(lab, diagram, start) : null, problems);
    }

    private static boolean version(JsonFields f) {
        Integer v = f.integer("version", 1, Integer.MAX_VALUE, true, Text.of("field.what.labVersion"));
        if (v != null && v > LabFormat.VERSION) {
            f.error("version", Text.of("field.lab.newerVersion", v, LabFormat.VERSION));
        }
        return f.ok();
    }

    /** The assertion objects of the section with their labels taken out: what the policy reader reads. */
    static ObjectNode policyOf(JsonNode assertion) {
        ObjectNode copy = ((ObjectNode) assertion).deepCopy();
        copy.remove("label");
        return copy;
    }
}
