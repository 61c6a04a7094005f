package io.hopscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramDocumentTest {

    private static final Vpc VPC = new Vpc("vpc-1", "prod", "us-east-1", List.of(Cidr.parse("10.0.0.0/16")), List.of());

    private record AddSubnet(String id, String cidr) implements Edit {
        @Override
        public String description() {
            return "Add subnet " + id;
        }

        @Override
        public Diagram apply(Diagram d) {
            return d.withModel(d.model().with(new Subnet(id, id, "vpc-1", Cidr.parse(cidr), null, "us-east-1a")));
        }
    }

    private static DiagramDocument document() {
        return new DiagramDocument(Diagram.EMPTY.withModel(NetworkModel.builder().add(VPC).build()));
    }

    @Test
    void performUndoRedoUpdateTheDiagramAndMenuTexts() {
        DiagramDocument doc = document();
        doc.perform(new AddSubnet("subnet-a", "10.0.1.0/24"));
        assertEquals(1, doc.getDiagram().model().subnets().size());
        assertTrue(doc.canUndoProperty().get());
        assertEquals("Add subnet subnet-a", doc.undoTextProperty().get());
        doc.undo();
        assertEquals(0, doc.getDiagram().model().subnets().size());
        assertEquals("Add subnet subnet-a", doc.redoTextProperty().get());
        doc.redo();
        assertEquals(1, doc.getDiagram().model().subnets().size());
    }

    @Test
    void dirtyFollowsTheSavedStep() {
        DiagramDocument doc = document();
        assertFalse(doc.isDirty());
        doc.perform(new AddSubnet("subnet-a", "10.0.1.0/24"));
        assertTrue(doc.isDirty());
        doc.markSaved(Path.of("x.json"));
        assertFalse(doc.isDirty());
        doc.undo();
        assertTrue(doc.isDirty());
    }

    @Test
    void problemsAppearAndDisappearWithTheModel() {
        DiagramDocument doc = document();
        assertTrue(doc.getProblems().stream().noneMatch(p -> p.isError()));
        doc.perform(new AddSubnet("subnet-out", "192.168.1.0/24"));
        assertTrue(doc.getProblems().stream().anyMatch(p -> p.isError() && "subnet-out".equals(p.resourceId())),
                doc.getProblems().toString());
        doc.undo();
        assertTrue(doc.getProblems().stream().noneMatch(p -> p.isError()));
    }

    @Test
    void selectionForgetsIdsThatNoLongerExist() {
        DiagramDocument doc = document();
        doc.perform(new AddSubnet("subnet-a", "10.0.1.0/24"));
        doc.getSelection().add("subnet-a");
        doc.undo();
        assertFalse(doc.getSelection().contains("subnet-a"));
    }
}
