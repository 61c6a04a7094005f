package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.model.NetworkModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReimportEditTest {

    private static final Path NAT = Path.of("..", "shared", "aws-samples", "batfish-test-nat-gateway");
    private static final Path PEERING = Path.of("..", "shared", "aws-samples", "batfish-test-vpc-peering");

    @Test
    void keepsMovedShapeTitleAndNotesWhileTakingTheNewNetwork() {
        Diagram first = AwsDiagramImporter.importDirectory(NAT, "prod").diagram();
        String vpcId = first.model().vpcs().get(0).id();
        Shape moved = first.layout().shape(vpcId).movedBy(300, 120);
        Diagram edited = new Diagram("mine", "notes kept", first.model(),
                first.layout().with(moved).withNotes(List.of(new Note("n1", "look here", 0, 0, 100, 40))));
        NetworkModel snapshot = AwsImporter.importDirectory(NAT).model();

        Diagram after = new ReimportEdit(snapshot, "nat").apply(edited);

        assertSame(snapshot, after.model());
        assertEquals(moved, after.layout().shape(vpcId));
        assertEquals("mine", after.title());
        assertEquals(edited.layout().notes(), after.layout().notes());
    }

    @Test
    void newResourcesGetShapesAndVanishedOnesLoseThem() {
        Diagram nat = AwsDiagramImporter.importDirectory(NAT, "nat").diagram();
        NetworkModel peering = AwsImporter.importDirectory(PEERING).model();

        Diagram after = new ReimportEdit(peering, "peering").apply(nat);

        peering.vpcs().forEach(v -> assertTrue(after.layout().shapes().containsKey(v.id()), v.id() + " drawn"));
        nat.model().vpcs().stream().filter(v -> peering.vpc(v.id()) == null)
                .forEach(v -> assertTrue(!after.layout().shapes().containsKey(v.id()), v.id() + " gone"));
    }

    @Test
    void undoingAReimportRestoresTheDiagramBeforeIt() {
        Diagram first = AwsDiagramImporter.importDirectory(NAT, "prod").diagram();
        EditHistory history = new EditHistory(first);
        history.perform(new ReimportEdit(AwsImporter.importDirectory(PEERING).model(), "peering"));

        history.undo();

        assertSame(first, history.current());
        assertEquals("Re-import AWS JSON from peering", history.redoDescription().orElseThrow());
    }

    @Test
    void importEditReplacesWhateverWasThere() {
        Diagram imported = AwsDiagramImporter.importDirectory(NAT, "prod").diagram();

        assertSame(imported, new ImportDiagramEdit(imported, "nat").apply(Diagram.EMPTY));
        assertEquals("Import AWS JSON from nat", new ImportDiagramEdit(imported, "nat").description());
    }
}
