package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.CanvasLink;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.LinkKind;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.Resource;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.samples.SampleDiagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picture links each VPN from its gateway to its customer gateway, and a trace's overlay goes on to that tile. */
class OnPremisesOverlayTest {

    private final Diagram sample = SampleDiagrams.hybridVpn();
    private final DiagramPicture picture = DiagramPictureBuilder.headless().build(sample);

    private String id(String name) {
        return sample.model().allResources().stream().filter(r -> r.name().equals(name)).map(Resource::id)
                .findFirst().orElseThrow();
    }

    private TraceOverlay overlay(String from, String to, int port) {
        Trace t = new Tracer(sample.model()).trace(TraceQuery.of(from, to, Protocol.TCP, port));
        return TraceOverlays.of(sample.model(), picture, t);
    }

    @Test
    void eachVpnIsALineFromTheGatewayToItsCustomerGatewayNamedWithItsRouting() {
        List<CanvasLink> vpns = picture.links().stream().filter(l -> l.kind() == LinkKind.VPN).toList();
        assertEquals(2, vpns.size());
        CanvasLink seoul = vpns.stream().filter(l -> l.resourceId().equals(id("seoul-static"))).findFirst().orElseThrow();
        assertEquals(id("plant-vgw"), seoul.fromId());
        assertEquals(id("seoul-router"), seoul.toId());
        assertEquals("seoul-static (static)", seoul.label());
        CanvasLink busan = vpns.stream().filter(l -> l.resourceId().equals(id("busan-bgp"))).findFirst().orElseThrow();
        assertTrue(busan.styleClasses().contains("vpn-bgp"));
    }

    @Test
    void aTraceToTheCustomerGatewayEndsOnItsTileAfterTheGateway() {
        TraceOverlay o = overlay("app-1", id("seoul-router"), 22);
        List<String> forward = o.forward();
        assertEquals(List.of(id("plant-vgw"), id("seoul-router")), forward.subList(forward.size() - 2, forward.size()),
                forward.toString());
        assertEquals(null, o.forwardBlockedAt());
        assertEquals(id("seoul-router"), o.reply().get(0), "the reply starts on premises");
    }

    @Test
    void aTraceToAnOnPremisesAddressEndsOnTheTileHoldingIt() {
        TraceOverlay o = overlay("app-1", "10.200.7.7", 443);
        assertEquals(id("busan-router"), o.forward().get(o.forward().size() - 1), o.forward().toString());
    }

    @Test
    void theCustomerGatewayIsATraceEndAndTheTrapStillShows() {
        Trace ok = new Tracer(sample.model()).trace(TraceQuery.of("busan-router", "app-1", Protocol.TCP, 443));
        assertEquals(Verdict.REACHABLE, ok.verdict());
        Trace trap = new Tracer(sample.model()).trace(TraceQuery.of("busan-router", "ops-1", Protocol.TCP, 22));
        assertEquals(Verdict.UNREACHABLE, trap.verdict());
        assertEquals(id("ops-routes"), trap.reply().blockedAt());
    }
}
