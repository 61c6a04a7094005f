package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace overlay through a load balancer: both legs, as the canvas, the CLI and the exports draw it (rulebook 10). */
class LoadBalancerOverlayTest {

    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/6a1f0c2d9e3b4a10";
    private static final String APP_1 = "i-0a1b2c3d4e5f61515";
    private static final String APP_2 = "i-0a1b2c3d4e5f61516";

    private final Diagram shop = DiagramReader.read(Path.of("diagrams/alb-web-app.json")).diagram();

    @Test
    void theTraceOverlayGoesThroughTheLoadBalancerToATargetAndTheReplyStartsThere() {
        Trace t = new Tracer(shop.model()).trace(TraceQuery.of("internet-shopper", "web-alb", Protocol.TCP, 443));
        TraceOverlay overlay = TraceOverlays.of(shop.model(), DiagramPictureBuilder.headless().build(shop), t);
        List<String> forward = overlay.forward();
        int lb = forward.indexOf(ALB);
        assertTrue(lb > 0, forward::toString);
        String target = forward.get(forward.size() - 1);
        assertTrue(target.equals(APP_1) || target.equals(APP_2), forward::toString);
        assertEquals(target, overlay.reply().get(0), "the target answers");
        assertTrue(overlay.reply().indexOf(ALB) > 0, overlay.reply()::toString);
        assertEquals("internet-shopper", overlay.reply().get(overlay.reply().size() - 1));
    }
}
