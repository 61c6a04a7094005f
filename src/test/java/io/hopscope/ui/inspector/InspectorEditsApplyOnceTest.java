package io.hopscope.ui.inspector;

import static io.hopscope.ui.inspector.InspectorFixture.DB_B_SUBNET;
import static io.hopscope.ui.inspector.InspectorFixture.DB_SUBNET;
import static io.hopscope.ui.inspector.InspectorFixture.WEB_SUBNET;
import static io.hopscope.ui.inspector.InspectorFixture.ec2ToRds;
import static io.hopscope.ui.inspector.InspectorFixture.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.edit.RenameResourceEdit;
import io.hopscope.edit.SetSubnetCidrEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Cidr;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inspector edit is tried while the user types and performed from that same trial: the edit is
 * applied once and the model validated once (counted through the document's validator and an edit
 * that counts its applications), not again by the commit and again by the document's refresh.
 */
class InspectorEditsApplyOnceTest {

    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicInteger applies = new AtomicInteger();
    private DiagramDocument doc;

    /** Delegates to a real edit and counts how often it is applied. */
    private record Counted(Edit inner, AtomicInteger applies) implements Edit {
        @Override
        public String description() {
            return inner.description();
        }

        @Override
        public Diagram apply(Diagram diagram) {
            applies.incrementAndGet();
            return inner.apply(diagram);
        }
    }

    @BeforeEach
    void countingDocument() {
        doc = new DiagramDocument(ec2ToRds(), (NetworkModel m) -> {
            validations.incrementAndGet();
            return ModelValidator.validate(m);
        });
        validations.set(0);
    }

    private PropertyField cidrField(String subnetId) {
        return new PropertyField("cidr", "CIDR", FieldKind.TEXT, "", List.of(),
                text -> new Counted(new SetSubnetCidrEdit(subnetId, false, Cidr.parse(text)), applies), doc,
                java.util.Locale.ROOT);
    }

    @Test
    void aTypedThenCommittedFieldIsAppliedAndValidatedOnce() {
        PropertyField cidr = cidrField(DB_B_SUBNET);
        cidr.textProperty().set("10.0.50.0/24");
        assertEquals("", cidr.getError());

        assertTrue(cidr.commit());

        assertEquals(1, applies.get(), "applications of the edit");
        assertEquals(1, validations.get(), "validations of the model");
        assertEquals("10.0.50.0/24", doc.getDiagram().model().subnet(DB_B_SUBNET).cidr().toString());
        assertTrue(doc.canUndoProperty().get());
    }

    @Test
    void undoAndRedoOfAnInspectorEditRestoreTheDiagramsExactly() {
        Diagram before = doc.getDiagram();
        PropertyField cidr = cidrField(DB_B_SUBNET);
        cidr.textProperty().set("10.0.50.0/24");
        cidr.commit();
        Diagram after = doc.getDiagram();

        doc.undo();
        assertEquals(before, doc.getDiagram());
        doc.redo();
        assertEquals(after, doc.getDiagram());
        assertEquals(1, applies.get(), "undo and redo reuse the recorded diagrams");
    }

    @Test
    void aRefusedFieldIsTriedOnceAndNeverPerformed() {
        String web = doc.getDiagram().model().subnet(WEB_SUBNET).cidr().toString();
        PropertyField cidr = cidrField(DB_SUBNET);
        cidr.textProperty().set(web);
        assertTrue(cidr.getError().contains("overlaps"), cidr.getError());

        assertFalse(cidr.commit());

        assertEquals(1, applies.get());
        assertEquals(1, validations.get());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void aCheckMadeBeforeAnotherChangeIsTriedAgainOnTheNewDiagram() {
        PropertyField cidr = cidrField(DB_B_SUBNET);
        cidr.textProperty().set("10.0.50.0/24");
        doc.perform(new RenameResourceEdit(WEB_SUBNET, "web-renamed"));

        assertTrue(cidr.commit());

        assertEquals("web-renamed", doc.getDiagram().model().subnet(WEB_SUBNET).name());
        assertEquals("10.0.50.0/24", doc.getDiagram().model().subnet(DB_B_SUBNET).cidr().toString());
        assertEquals(2, applies.get(), "the stale trial is not reused");
    }

    @Test
    void aRuleTableEditIsAppliedAndValidatedOnce() {
        var table = new RuleTableViewModel<String>(doc, english()) {
            @Override
            protected List<String> load(NetworkModel model) {
                return List.of();
            }

            @Override
            public int rowOf(io.hopscope.engine.RuleRef ref) {
                return -1;
            }

            boolean change() {
                return perform(() -> new Counted(new SetSubnetCidrEdit(DB_B_SUBNET, false,
                        Cidr.parse("10.0.51.0/24")), applies));
            }
        };

        assertTrue(table.change());

        assertEquals(1, applies.get());
        assertEquals(1, validations.get());
        List<Problem> problems = doc.getProblems();
        assertEquals(ModelValidator.validate(doc.getDiagram().model()), problems);
    }
}
