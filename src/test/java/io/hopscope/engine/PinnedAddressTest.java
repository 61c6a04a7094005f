package io.hopscope.engine;

import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reference that stands for several interfaces (an instance with a second ENI, an interface
 * endpoint with one ENI per subnet [IFE]): a pinned address picks the interface that holds it, so
 * that interface's SG and subnet NACL decide.
 */
class PinnedAddressTest {

    /** TwoTier plus a management subnet 10.0.9.0/24 with a NACL that only sends to itself, db-1's second ENI in it. */
    private static NetworkModel multiHomed() {
        return TwoTier.base()
                .subnet("subnet-mgmt", "vpc-1", "10.0.9.0/24")
                .acl("acl-mgmt", "vpc-1", false, List.of("subnet-mgmt"), "100 in allow all 10.0.0.0/16",
                        "100 out allow all 10.0.9.0/24")
                .sg("sg-mgmt", "vpc-1", List.of("tcp 22 10.0.9.0/24"), List.of("all 0.0.0.0/0"))
                .secondInterface("db-1", "db-1-mgmt", "subnet-mgmt", "10.0.9.20", "sg-mgmt")
                .build();
    }

    private static Trace trace(NetworkModel m, String from, String to, int port, String srcIp, String dstIp) {
        return new Tracer(m).trace(new TraceQuery(from, to, Protocol.TCP, port, null, null, null,
                srcIp == null ? null : IpAddress.parse(srcIp), dstIp == null ? null : IpAddress.parse(dstIp), null));
    }

    @Test
    void pinnedDestinationOnSecondEniMeetsThatEnisSecurityGroup() {
        Trace t = trace(multiHomed(), "web-1", "db-1", 22, null, "10.0.9.20");
        assertBlocked(t.forward(), "sg-mgmt", "no-matching-rule");
        assertTrue(ids(t.forward()).contains("acl-mgmt"), ids(t.forward()).toString());
    }

    @Test
    void pinnedSourceOnSecondEniLeavesThroughItsSubnetNacl() {
        Trace t = trace(multiHomed(), "db-1", "web-1", 443, "10.0.9.20", null);
        assertEquals(List.of("sg-mgmt", "acl-mgmt"), ids(t.forward()));
        assertBlocked(t.forward(), "acl-mgmt", "*");
    }

    @Test
    void unpinnedReferenceStillUsesThePrimaryEni() {
        Trace t = trace(multiHomed(), "web-1", "db-1", 3306, null, null);
        assertTrue(t.reachable());
        assertEquals("sg-db", ids(t.forward()).get(ids(t.forward()).size() - 1));
    }

    @Test
    void pinnedAddressPicksTheInterfaceEndpointEniInThatSubnet() {
        NetworkModel m = TwoTier.base()
                .subnet("subnet-ep-b", "vpc-1", "10.0.12.0/24")
                .acl("acl-ep-b", "vpc-1", false, List.of("subnet-ep-b"), "100 in allow tcp 443 10.0.11.0/24",
                        "100 out allow all 0.0.0.0/0")
                .sg("sg-ep", "vpc-1", List.of("tcp 443 10.0.0.0/16"), List.of())
                .interfaceEndpoint("vpce-sqs", "vpc-1", List.of("subnet-db=10.0.2.100", "subnet-ep-b=10.0.12.100"), "sg-ep")
                .build();
        assertTrue(trace(m, "web-1", "vpce-sqs", 443, null, "10.0.2.100").reachable());
        assertBlocked(trace(m, "web-1", "vpce-sqs", 443, null, "10.0.12.100").forward(), "acl-ep-b", "*");
    }

    @Test
    void addressHeldByNoInterfaceOfTheReferenceIsStillRejected() {
        assertThrows(TraceQueryException.class, () -> trace(multiHomed(), "web-1", "db-1", 22, null, "10.0.1.10"));
    }
}
