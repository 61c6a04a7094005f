package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the optional {@code "traces"} list: the trace questions kept with a diagram, each
 * {@code {"from", "to", "protocol"?, "port"?, "sourcePort"?}}. Unknown fields are errors, as
 * everywhere in the file. Null when anything failed.
 */
final class TraceDecoder {

    private TraceDecoder() {
    }

    static List<SavedTrace> decode(JsonFields root, List<Problem> problems) {
        List<JsonNode> items = root.array("traces");
        if (items == null) {
            return root.ok() ? List.of() : null;
        }
        List<SavedTrace> traces = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(root.pathOf("traces"), i), problems);
            SavedTrace t = f == null ? null : trace(f);
            if (t == null) {
                failed = true;
            } else {
                traces.add(t);
            }
        }
        return failed ? null : traces;
    }

    private static SavedTrace trace(JsonFields f) {
        String from = f.requiredText("from");
        String to = f.requiredText("to");
        Protocol protocol = null;
        String text = f.optionalRef("protocol");
        if (text != null) {
            try {
                protocol = Protocol.parse(text);
            } catch (IllegalArgumentException e) {
                f.error("protocol", FieldValueTexts.protocol(text));
            }
        }
        Integer port = f.integer("port", 0, 65535, false, Text.of("field.what.port"));
        Integer sourcePort = f.integer("sourcePort", 0, 65535, false, Text.of("field.what.port"));
        f.finish();
        return f.ok() ? new SavedTrace(from, to, protocol, port, sourcePort) : null;
    }
}
