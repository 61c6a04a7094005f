package io.hopscope.testing.samples;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hybrid-vpn sample traces as its description says, and the suggested fix makes the trap pass. */
class HybridVpnSampleTest {
    private final NetworkModel model = SampleDiagrams.hybridVpn().model();

    private static Trace trace(NetworkModel m, String from, String to, int port) {
        return new Tracer(m).trace(TraceQuery.of(from, to, Protocol.TCP, port));
    }

    @Test
    void staticOfficeReachesAppOverItsStaticVpn() {
        Trace t = trace(model, HybridVpnSample.SEOUL_OFFICE, HybridVpnSample.APP, 22);
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertTrue(t.forward().hops().stream().anyMatch(h -> h.componentId().equals(HybridVpnSample.SEOUL_VPN)),
                "the request enters through seoul-static");
        assertEquals("10.40.1.10", t.query().destinationIp().toString());
        assertEquals("172.16.0.1", t.query().sourceIp().toString(), "a host of the office, not its network address");
    }

    @Test
    void dataCentreReachesAppThroughThePropagatedRoute() {
        Trace t = trace(model, HybridVpnSample.BUSAN_DC, HybridVpnSample.APP, 443);
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertTrue(t.reply().hops().stream().anyMatch(h -> h.componentId().equals(HybridVpnSample.APP_TABLE)
                && h.rule() != null && h.rule().startsWith(HybridVpnSample.DC_CIDR)));
    }

    @Test
    void opsReplyToTheDataCentreHasNoRouteAndTheFixAddsOne() {
        Trace t = trace(model, HybridVpnSample.BUSAN_DC, HybridVpnSample.OPS, 22);
        assertFalse(t.reachable());
        assertEquals(Verdict.UNREACHABLE, t.verdict());
        assertNull(t.forward().blockedAt(), "the request arrives");
        assertEquals(HybridVpnSample.OPS_TABLE, t.reply().blockedAt());
        Blocker b = t.blockers().get(0);
        assertEquals(1, b.fixes().size(), b.toString());
        Edit fix = b.fixes().get(0);
        assertTrue(fix.description().contains(HybridVpnSample.DC_CIDR) && fix.description().contains(HybridVpnSample.VGW),
                fix.description());
        NetworkModel fixed = fix.apply(SampleDiagrams.hybridVpn()).model();
        assertEquals(Verdict.REACHABLE, trace(fixed, HybridVpnSample.BUSAN_DC, HybridVpnSample.OPS, 22).verdict());
        assertEquals(Verdict.REACHABLE, trace(fixed, HybridVpnSample.OPS, HybridVpnSample.BUSAN_DC, 443).verdict());
    }

    @Test
    void theVpnGatewayCarriesNoInternetTraffic() {
        Trace t = new Tracer(model).trace(TraceQuery.of(HybridVpnSample.APP, "8.8.8.8", Protocol.TCP, 443));
        assertEquals(Verdict.UNREACHABLE, t.verdict());
        assertEquals(HybridVpnSample.APP_TABLE, t.forward().blockedAt());
    }
}
