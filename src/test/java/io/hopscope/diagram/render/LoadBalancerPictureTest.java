package io.hopscope.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load balancer drawn across its subnets with lines to its targets, the same in every picture (rulebook 10). */
class LoadBalancerPictureTest {

    private static final String PUBLIC_B = "subnet-0a1b2c3d4e5f61504";
    private static final String APP_1 = "i-0a1b2c3d4e5f61515";
    private static final String APP_2 = "i-0a1b2c3d4e5f61516";

    private final Diagram shop = DiagramReader.read(Path.of("diagrams/alb-web-app.json")).diagram();

    @Test
    void theAlbReachesItsSecondSubnetAndEveryRegisteredTarget() {
        DiagramPicture picture = DiagramPictureBuilder.headless().build(shop);
        List<CanvasLink> nodes = picture.links().stream().filter(l -> l.kind() == LinkKind.LB_NODE).toList();
        assertEquals(1, nodes.size(), "one line to public-b; the card stands in public-a for its node there");
        assertEquals(PUBLIC_B, nodes.get(0).toId());
        assertEquals("10.40.1.10", nodes.get(0).label());
        List<CanvasLink> targets = picture.links().stream().filter(l -> l.kind() == LinkKind.LB_TARGET).toList();
        assertEquals(List.of(APP_1, APP_2, APP_2), targets.stream().map(CanvasLink::toId).toList());
        assertEquals("HTTPS:443 \u2192 app-tg :8080", targets.get(0).label());
        assertEquals("HTTPS:8443 \u2192 beta-tg :80", targets.get(2).label());
        assertTrue(targets.get(1).startX() != targets.get(2).startX() || targets.get(1).startY() != targets.get(2).startY(),
                "two groups to one target are drawn apart");
        Drawing drawing = DrawingBuilder.build(shop);
        long exported = drawing.lines().stream().filter(l -> l.role() == StyleRole.TARGET_LINK).count();
        assertEquals(3, exported, "the exported picture draws the same target lines");
        assertEquals(drawing.lines().size(), drawing.lines().stream().map(DrawnLine::id).distinct().count());
    }
}
