package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The promises of a layout: a shape per drawable resource, children inside, siblings apart. */
final class LayoutInvariants {

    private LayoutInvariants() {
    }

    static void assertReadable(NetworkModel model, Layout layout, String what) {
        ShapeTree tree = ShapeTree.of(model);
        assertEquals(new TreeSet<>(tree.drawableIds()), new TreeSet<>(layout.shapes().keySet()),
                what + ": one shape per drawable resource, no others");
        for (String id : tree.drawableIds()) {
            Shape s = layout.shape(id);
            assertNotNull(s, what + ": no shape for " + id);
            assertTrue(s.width() >= BoxSizes.SMALL_MIN_WIDTH && s.height() >= BoxSizes.SMALL_HEIGHT,
                    what + ": " + id + " is too small to read: " + s);
            String container = tree.containerOf(id);
            if (container != null && tree.placementOf(id) == ShapeTree.Placement.INSIDE) {
                assertTrue(layout.shape(container).contains(s), what + ": " + id + " " + s
                        + " is not inside its container " + layout.shape(container));
            }
            if (tree.placementOf(id) == ShapeTree.Placement.ON_TOP_EDGE) {
                Shape vpc = layout.shape(container);
                assertTrue(s.y() < vpc.y() && s.y() + s.height() > vpc.y(), what + ": " + id + " does not straddle "
                        + container + "'s top edge");
            }
        }
        // Siblings: the contents of each container, and at top level every VPC, every gateway on
        // a VPC edge and every shape outside the VPCs (a gateway may overlap only its own VPC).
        for (String id : tree.drawableIds()) {
            assertApart(layout, tree.childrenInside(id), Set.of(), tree, what);
        }
        for (String id : tree.drawableIds()) {
            // A gateway on a VPC's edge stays clear of what is inside that VPC.
            if (tree.placementOf(id) == ShapeTree.Placement.ON_TOP_EDGE) {
                List<String> neighbours = new ArrayList<>(tree.childrenInside(tree.containerOf(id)));
                neighbours.add(id);
                assertApart(layout, neighbours, Set.of(), tree, what);
            }
        }
        List<String> topLevel = new ArrayList<>(tree.topLevel());
        for (String id : tree.drawableIds()) {
            if (tree.placementOf(id) == ShapeTree.Placement.ON_TOP_EDGE) {
                topLevel.add(id);
            }
        }
        assertApart(layout, topLevel, Set.of(), tree, what);
    }

    private static void assertApart(Layout layout, List<String> ids, Set<String> ignore, ShapeTree tree, String what) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Double.compare(layout.shape(a).x(), layout.shape(b).x()));
        for (int i = 0; i < sorted.size(); i++) {
            Shape a = layout.shape(sorted.get(i));
            for (int j = i + 1; j < sorted.size(); j++) {
                Shape b = layout.shape(sorted.get(j));
                if (b.x() >= a.x() + a.width()) {
                    break;
                }
                if (edgeOfEachOther(tree, a.resourceId(), b.resourceId())) {
                    continue;
                }
                if (a.y() < b.y() + b.height() && b.y() < a.y() + a.height()) {
                    fail(what + ": " + a + " overlaps " + b);
                }
            }
        }
    }

    private static boolean edgeOfEachOther(ShapeTree tree, String a, String b) {
        return b.equals(tree.containerOf(a)) || a.equals(tree.containerOf(b));
    }
}
