package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.AclEntry;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A big account (50 VPCs, 2,000 subnets, 8,000 interfaces) writes, reads and validates in seconds. */
class LargeDiagramTest {

    private static Diagram bigAccount() {
        NetworkModel.Builder b = NetworkModel.builder();
        Map<String, Shape> shapes = new HashMap<>();
        for (int v = 0; v < 50; v++) {
            String vpc = "vpc-" + v;
            Cidr block = Cidr.parse("10." + v + ".0.0/16");
            b.add(new Vpc(vpc, "", "", List.of(block), List.of()));
            b.add(new RouteTable("rtb-" + v, "", vpc, true, List.of(), List.of(Route.local(block))));
            b.add(new NetworkAcl("acl-" + v, "", vpc, true, List.of(), List.of(
                    AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))));
            for (int s = 0; s < 40; s++) {
                String subnet = "subnet-" + v + "-" + s;
                b.add(new Subnet(subnet, "", vpc, Cidr.parse("10." + v + "." + s + ".0/24"), null, ""));
                shapes.put(subnet, new Shape(subnet, s * 10, v * 10, 9, 9));
                for (int e = 0; e < 4; e++) {
                    b.add(new NetworkInterface("eni-" + v + "-" + s + "-" + e, "", subnet, InterfaceType.INSTANCE,
                            List.of(IpAddress.parse("10." + v + "." + s + "." + (10 + e))), null, List.of(), List.of(), ""));
                }
            }
        }
        return new Diagram("big", "", b.build(), new Layout(shapes, List.of()));
    }

    @Test
    void bigAccountRoundTripsQuickly() {
        Diagram big = bigAccount();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String json = DiagramWriter.toJson(big);
            DiagramLoad load = DiagramReader.read(json, "big.json");
            assertFalse(load.hasErrors(), () -> load.errors().subList(0, Math.min(5, load.errors().size())).toString());
            assertEquals(json, DiagramWriter.toJson(load.diagram()));
        });
    }
}
