package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Disposition;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "what if" claims the sample descriptions make, checked by changing the sample the way a learner
 * would and tracing again.
 */
class SampleVariantsTest {

    @Test
    void routingAToCThroughTheABPeeringStillDoesNotReachC() {
        NetworkModel m = VpcPeeringSample.diagram().model();
        RouteTable a = m.routeTable(VpcPeeringSample.TABLE_A);
        List<Route> routes = new ArrayList<>(a.routes());
        routes.add(Route.to(Cidr.parse(VpcPeeringSample.CIDR_C), RouteTargetKind.VPC_PEERING_CONNECTION,
                VpcPeeringSample.PCX_AB));
        Trace t = trace(m.with(a.withRoutes(routes)), VpcPeeringSample.APP_1, VpcPeeringSample.ANALYTICS_1, 443);
        assertEquals(Disposition.DENY, t.forward().verdict());
        // A peering carries only packets for its two VPCs' CIDRs; B never forwards between peerings [PCX].
        assertEquals(VpcPeeringSample.PCX_AB, t.forward().blockedAt());
    }

    @Test
    void aReturnRuleFor3306DoesNotCarryTheReplyButAnEphemeralRuleDoes() {
        Ec2ToRdsSample x = Ec2ToRdsSample.brokenReturn();
        NetworkModel broken = x.diagram().model();
        assertEquals(Disposition.DENY, trace(broken, x.webInstance, x.db, 3306).reply().verdict());
        List<AclEntry> fixed = new ArrayList<>(broken.networkAcl(x.dbNacl).entries());
        fixed.add(new AclEntry(110, true, Protocol.TCP, PortRange.EPHEMERAL_ALL_CLIENTS, null,
                Cidr.parse(Ec2ToRdsSample.WEB_CIDR), io.hopscope.model.RuleAction.ALLOW));
        Trace t = trace(broken.with(broken.networkAcl(x.dbNacl).withEntries(fixed)), x.webInstance, x.db, 3306);
        assertTrue(t.reachable(), "the fix the description gives must work");
    }

    @Test
    void aLambdaInAPublicSubnetStillCannotReachTheInternet() {
        NetworkModel m = LambdaVpcSample.diagram().model();
        NetworkInterface eni = m.networkInterface(LambdaVpcSample.NOTIFY_ENI)
                .withSubnet(LambdaVpcSample.PUBLIC_B, List.of(IpAddress.parse("10.50.0.20")));
        assertTrue(m.with(eni).isPublic(eni.subnetId()));
        Trace t = trace(m.with(eni), LambdaVpcSample.NOTIFY_FN, LambdaVpcSample.INTERNET_IP, 443);
        assertEquals(Disposition.DENY, t.forward().verdict());
        // The IGW only translates addresses that have a public IP, and a Lambda ENI never gets one [IGW].
        assertEquals(LambdaVpcSample.IGW, t.forward().blockedAt());
    }

    @Test
    void theApiHostCannotOpenAConnectionThroughTheNatsElasticIp() {
        NetworkModel m = NatEgressSample.diagram().model();
        Trace t = new Tracer(m).trace(TraceQuery.of(NatEgressSample.INTERNET_IP, NatEgressSample.NAT,
                Protocol.TCP, 22).withAddresses(null, IpAddress.parse(NatEgressSample.NAT_ELASTIC_IP)));
        assertEquals(Disposition.DENY, t.forward().verdict());
        Hop blocker = t.forward().blockingHop();
        assertNotNull(blocker);
        // A NAT gateway cannot receive unsolicited inbound connections [NAT].
        assertEquals(List.of(NatEgressSample.NAT, "unsolicited-inbound"), List.of(blocker.componentId(), blocker.reason()));
    }

    private static Trace trace(NetworkModel m, String from, String to, int port) {
        return new Tracer(m).trace(TraceQuery.of(from, to, Protocol.TCP, port));
    }
}
