package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import java.util.function.Consumer;

/** The rich diagram as an editable JSON tree, and assertions on the problems a read reports. */
final class ReaderFixture {

    private ReaderFixture() {
    }

    /** Reads the rich diagram's file after {@code change} edited its JSON tree. */
    static DiagramLoad readChanged(Consumer<ObjectNode> change) {
        ObjectNode root = DiagramWriter.toTree(RichDiagram.diagram());
        change.accept(root);
        return DiagramReader.read(root.toPrettyString(), "changed.json");
    }

    static ObjectNode at(ObjectNode root, String section, int index) {
        return (ObjectNode) root.get("model").get(section).get(index);
    }

    static ObjectNode item(JsonNode array, int index) {
        return (ObjectNode) array.get(index);
    }

    /** Asserts that an error sits exactly at {@code path} and its message contains {@code fragment}. */
    static Problem assertError(DiagramLoad load, String path, String fragment) {
        for (Problem p : load.problems()) {
            if (p.isError() && p.location().equals(path) && p.message().contains(fragment)) {
                return p;
            }
        }
        throw new AssertionError("no error at " + path + " containing '" + fragment + "'; got " + load.problems());
    }

    static Problem assertWarning(DiagramLoad load, String path, String fragment) {
        for (Problem p : load.problems()) {
            if (!p.isError() && p.location().equals(path) && p.message().contains(fragment)) {
                return p;
            }
        }
        throw new AssertionError("no warning at " + path + " containing '" + fragment + "'; got " + load.problems());
    }

    static void assertStructuralFailure(DiagramLoad load) {
        assertTrue(load.hasErrors(), "expected errors");
        assertTrue(load.diagram() == null, "a structurally broken file gives no diagram");
    }
}
