package io.hopscope.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.InternetGateway;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsDiagramImporterTest {

    private static final Path NAT = Path.of("..", "shared", "aws-samples", "batfish-test-nat-gateway");

    @Test
    void reimportKeepsTitleNotesAndTheShapesAPersonMoved() {
        Diagram first = AwsDiagramImporter.importDirectory(NAT, "prod").diagram();
        String vpcId = first.model().vpcs().get(0).id();
        Shape vpc = first.layout().shape(vpcId);
        Diagram edited = new Diagram("prod (edited)", "ours", first.model(), first.layout()
                .with(vpc.movedBy(400, 200))
                .withNotes(List.of(new Note("n1", "check the NAT", 0, 0, 120, 40))));

        AwsDiagramImport again = AwsDiagramImporter.reimport(edited, NAT);

        Diagram d = again.diagram();
        assertEquals("prod (edited)", d.title());
        assertEquals("ours", d.description());
        assertEquals(edited.layout().notes(), d.layout().notes());
        assertEquals(vpc.movedBy(400, 200), d.layout().shape(vpcId));
        // The VPC moved without its contents, so they no longer fit and are placed again inside it.
        first.model().subnetsOf(vpcId).forEach(s ->
                assertTrue(d.layout().shape(vpcId).contains(d.layout().shape(s.id())), s.id() + " inside the moved VPC"));
    }

    @Test
    void gatewayMovedOffItsVpcEdgeIsPutBackOnIt() {
        Diagram first = AwsDiagramImporter.importDirectory(NAT, "prod").diagram();
        InternetGateway igw = first.model().internetGateways().get(0);
        Diagram edited = first.withLayout(first.layout().with(first.layout().shape(igw.id()).movedBy(0, 400)));

        Diagram d = AwsDiagramImporter.reimport(edited, NAT).diagram();

        Shape vpc = d.layout().shape(igw.vpcId());
        Shape g = d.layout().shape(igw.id());
        assertTrue(g.y() < vpc.y() && g.y() + g.height() > vpc.y(), g + " on the edge of " + vpc);
    }

    @Test
    void summaryCountsWhatWasImported() {
        // Counted in the sample's files: 2 NetworkAclIds, 3 RouteTableIds, 3 security groups.
        AwsDiagramImport result = AwsDiagramImporter.importDirectory(NAT, "prod");
        assertEquals("1 VPC, 3 subnets, 3 workloads, 4 network interfaces, 3 route tables, 2 network ACLs, "
                + "3 security groups, 2 gateways", result.summary());
    }
}
