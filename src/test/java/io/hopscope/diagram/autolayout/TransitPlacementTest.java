package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Auto-layout puts a transit gateway between the VPCs it joins, on free canvas, never on a VPC. */
class TransitPlacementTest {

    static List<Path> transitSnapshots() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "shared", "aws-samples-v2"))) {
            List<Path> dirs = s.filter(p -> p.getFileName().toString().startsWith("batfish-test-transit-gateway"))
                    .sorted().toList();
            assertFalse(dirs.isEmpty(), "the shared transit gateway snapshots");
            return dirs;
        }
    }

    @ParameterizedTest
    @MethodSource("transitSnapshots")
    void everyImportedGatewaySitsBetweenItsVpcsOnFreeCanvas(Path dir) {
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        assertBetweenItsVpcs(model, AutoLayout.layout(model), dir.toString());
    }

    @Test
    void theHubAndSpokeSampleReLaidOutKeepsItsGatewayBetweenTheThreeVpcs() throws Exception {
        NetworkModel model = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram().model();
        assertBetweenItsVpcs(model, AutoLayout.layout(model), "tgw-hub-spoke");
    }

    private static void assertBetweenItsVpcs(NetworkModel model, Layout layout, String where) {
        assertFalse(model.transitGateways().isEmpty(), where + " has a transit gateway");
        for (TransitGateway g : model.transitGateways()) {
            Shape hub = layout.shape(g.id());
            assertNotNull(hub, where + ": " + g.id() + " is laid out");
            // The size BoxSizes gives every gateway, the one a palette drop gets too (TransitCreation.boxOf).
            assertEquals(BoxSizes.leafWidth(g), hub.width(), where);
            assertEquals(BoxSizes.leafHeight(g), hub.height(), where);
            List<Shape> joined = model.transitAttachments().stream()
                    .filter(a -> a.transitGatewayId().equals(g.id()) && a.type() == TransitGatewayAttachment.Type.VPC)
                    .map(a -> layout.shape(a.resourceId())).filter(s -> s != null).distinct().toList();
            for (Vpc v : model.vpcs()) {
                Shape box = layout.shape(v.id());
                assertFalse(box != null && overlaps(box, hub), where + ": " + g.id() + " lies on " + v.id());
            }
            if (joined.size() < 2) {
                continue;
            }
            double minX = joined.stream().mapToDouble(Shape::centerX).min().orElseThrow();
            double maxX = joined.stream().mapToDouble(Shape::centerX).max().orElseThrow();
            double minY = joined.stream().mapToDouble(Shape::y).min().orElseThrow();
            double maxY = joined.stream().mapToDouble(s -> s.y() + s.height()).max().orElseThrow();
            assertTrue(hub.centerX() >= minX && hub.centerX() <= maxX && hub.centerY() >= minY && hub.centerY() <= maxY,
                    where + ": " + g.id() + " at " + hub + " is not between its VPCs " + joined);
        }
    }

    private static boolean overlaps(Shape a, Shape b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
