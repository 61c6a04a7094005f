package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The automatic layout of every real AWS snapshot and every conformance case is readable. */
class AutoLayoutSamplesTest {

    static final Path SHARED = Path.of("..", "shared");

    /** Every folder of ../shared/aws-samples and every ../shared/conformance/{case}/aws. */
    static List<Path> awsFolders() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(SHARED.resolve("aws-samples"))) {
            s.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        try (Stream<Path> s = Files.list(SHARED.resolve("conformance"))) {
            s.map(p -> p.resolve("aws")).filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        assertTrue(dirs.size() >= 10, "expected the shared samples, found " + dirs);
        return dirs;
    }

    @ParameterizedTest
    @MethodSource("awsFolders")
    void importedSnapshotIsLaidOutWithoutOverlapsAndWithEveryChildInside(Path dir) {
        AwsImport imported = AwsImporter.importDirectory(dir);
        NetworkModel model = imported.model();
        assertFalse(model.vpcs().isEmpty(), dir + " imported no VPC");
        Layout layout = AutoLayout.layout(model);
        LayoutInvariants.assertReadable(model, layout, dir.toString());
    }

    @Test
    void publicSubnetsSitAbovePrivateOnesOfTheSameZone() {
        NetworkModel model = AwsImporter.importDirectory(SHARED.resolve("aws-samples/batfish-test-nat-gateway")).model();
        Layout layout = AutoLayout.layout(model);
        int pairs = 0;
        for (Subnet pub : model.subnets()) {
            for (Subnet priv : model.subnets()) {
                if (model.isPublic(pub.id()) && !model.isPublic(priv.id()) && pub.vpcId().equals(priv.vpcId())
                        && pub.availabilityZone().equals(priv.availabilityZone())) {
                    Shape a = layout.shape(pub.id());
                    Shape b = layout.shape(priv.id());
                    assertTrue(a.y() + a.height() <= b.y(), pub.id() + " should be above " + priv.id());
                    assertTrue(a.x() == b.x(), "same zone, same column");
                    pairs++;
                }
            }
        }
        assertTrue(pairs > 0, "the NAT sample has a public and a private subnet in one zone");
    }

    @Test
    void boxesAreOnTheTwentyPixelGridAndWideEnoughForTheirLabelUpToTheCap() {
        NetworkModel model = AwsImporter.importDirectory(SHARED.resolve("aws-samples/pybatfish-hybrid-cloud")).model();
        Layout layout = AutoLayout.layout(model);
        ShapeTree tree = ShapeTree.of(model);
        for (Shape s : layout.shapes().values()) {
            assertTrue(s.width() % BoxSizes.GRID == 0, s + " width off the grid");
            if (tree.childrenInside(s.resourceId()).isEmpty() && !(tree.resource(s.resourceId()) instanceof Subnet)) {
                String label = tree.resource(s.resourceId()).label();
                double wanted = BoxSizes.textWidth(label) + 2 * BoxSizes.TEXT_PADDING;
                assertTrue(s.width() >= Math.min(wanted, BoxSizes.SMALL_MAX_WIDTH), s + " too narrow for " + label);
                assertTrue(s.width() <= BoxSizes.LEAF_MAX_WIDTH, s + " wider than the cap");
            }
        }
    }
}
