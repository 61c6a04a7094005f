package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of a diagram object: the problems so far and where each resource id was found. The
 * object is usually the file's root; a lab attempt also carries its start diagram nested at
 * {@code $.lab.start}, read by the same rules with paths under that place.
 */
final class DiagramPass {
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> pathById = new LinkedHashMap<>();
    private final String sectionKey;
    private final String rootPath;

    /** {@code sectionKey}: one more top-level field handed back unread (null: none is allowed). */
    DiagramPass(String sectionKey) {
        this(sectionKey, JsonPaths.ROOT);
    }

    DiagramPass(String sectionKey, String rootPath) {
        this.sectionKey = sectionKey;
        this.rootPath = rootPath;
    }

    SectionedLoad read(JsonNode rootNode) {
        JsonFields root = JsonFields.of(rootNode, rootPath, problems);
        if (root == null || !header(root)) {
            return new SectionedLoad(new DiagramLoad(null, problems), null);
        }
        JsonNode section = sectionKey == null ? null : root.raw(sectionKey);
        String title = root.optionalText("title");
        String description = root.optionalText("description");
        NetworkModel model = null;
        if (root.has("model")) {
            model = model(JsonFields.of(root.raw("model"), root.pathOf("model"), problems));
        } else {
            root.error("model", Text.of("field.missing"));
        }
        Layout layout = Layout.EMPTY;
        if (root.has("layout")) {
            layout = LayoutDecoder.decode(JsonFields.of(root.raw("layout"), root.pathOf("layout"), problems), problems);
        }
        List<SavedTrace> traces = TraceDecoder.decode(root, problems);
        root.finish();
        boolean structurallySound = problems.stream().noneMatch(Problem::isError);
        if (!structurallySound || model == null || layout == null || traces == null) {
            return new SectionedLoad(new DiagramLoad(null, problems), section);
        }
        Diagram diagram = new Diagram(title, description, model, layout, traces);
        problems.addAll(DiagramChecks.check(diagram, pathById));
        return new SectionedLoad(new DiagramLoad(diagram, problems), section);
    }

    /** False when the file is not a v1 diagram at all: then nothing else is worth reporting. */
    private boolean header(JsonFields root) {
        String format = root.requiredText("format");
        if (format != null && !format.equals(DiagramFormat.FORMAT_NAME)) {
            root.error("format", Text.of("field.diagram.notHopscope", format, DiagramFormat.FORMAT_NAME));
        }
        if (!root.ok()) {
            return false;
        }
        JsonNode version = root.raw("version");
        if (version == null) {
            root.error("version", Text.of("field.diagram.noVersion", DiagramFormat.VERSION));
        } else if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            root.error("version", Text.of("field.expected", Text.of("field.json.wholeNumber"), JsonFields.describeText(version)));
        } else if (version.intValue() > DiagramFormat.VERSION) {
            root.error("version", Text.of("field.diagram.newerVersion", version.intValue(), DiagramFormat.VERSION));
        } else if (version.intValue() < DiagramFormat.VERSION) {
            root.error("version", Text.of("field.diagram.unknownVersion", version.intValue(), DiagramFormat.VERSION));
        }
        return root.ok();
    }

    private NetworkModel model(JsonFields f) {
        if (f == null) {
            return null;
        }
        NetworkModel.Builder builder = NetworkModel.builder();
        for (ModelSection section : ModelSection.values()) {
            List<JsonNode> items = f.array(section.key());
            if (items == null) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                String path = JsonPaths.index(f.pathOf(section.key()), i);
                JsonFields item = JsonFields.of(items.get(i), path, problems);
                Resource r = item == null ? null : ResourceDecoder.decode(section, item, problems);
                if (r != null) {
                    add(builder, r, path);
                }
            }
        }
        builder.unknowns(UnknownsCodec.decode(f, problems));
        f.finish();
        return f.ok() ? builder.build() : null;
    }

    private void add(NetworkModel.Builder builder, Resource r, String path) {
        String first = pathById.putIfAbsent(r.id(), path);
        if (first != null) {
            problems.add(JsonFields.keyed(JsonPaths.field(path, "id"), Text.of("field.duplicateId", r.id(), first)).about(r.id()));
            return;
        }
        builder.add(r);
    }
}
