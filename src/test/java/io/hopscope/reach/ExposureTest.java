package io.hopscope.reach;

import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExposureTest {

    private static NetworkModel ordersOpenToTheSubnet() {
        NetworkModel m = DiagramReader.read(Path.of("diagrams", "ec2-to-rds.json")).diagram().model();
        NetworkModel.Builder b = m.toBuilder();
        SecurityGroup db = m.securityGroups().stream().filter(g -> g.name().equals("orders-db-sg")).findFirst().orElseThrow();
        b.put(db.withInbound(List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.parse("10.0.1.0/24")), ""))));
        for (NetworkAcl a : m.networkAcls()) {
            b.put(a.withEntries(List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))));
        }
        return b.build();
    }

    @Test
    void anAllTrafficRuleIsOneRowForEveryProtocol() {
        NetworkModel m = ordersOpenToTheSubnet();
        SelectorResolver r = new SelectorResolver(m, null);
        ReachEndpoint db = r.resolve(Selector.parse("orders-db")).get(0);
        List<ReachEndpoint> web = r.resolve(Selector.parse("web-1"));
        Exposure.Answer a = new Exposure(new ReachEngine(m)).of(db, web, Protocol.ALL, PortSet.ALL);
        assertEquals(1, a.rows().size(), a.rows().toString());
        ExposureRow row = a.rows().get(0);
        assertEquals("all", row.protocol());
        assertEquals(List.of("10.0.1.10/32"), row.addresses());
        assertTrue(row.allowedBy().stream().anyMatch(x -> x.rule().contains("all traffic")), row.allowedBy().toString());
    }

    @Test
    void internetRowsNeverCoverPrivateRanges() {
        NetworkModel m = DiagramReader.read(Path.of("diagrams", "ec2-to-rds.json")).diagram().model();
        SelectorResolver r = new SelectorResolver(m, null);
        ReachEndpoint web = r.resolve(Selector.parse("web-1")).get(0);
        Exposure.Answer a = new Exposure(new ReachEngine(m)).of(web, List.of(SelectorResolver.internet()), Protocol.TCP,
                PortSet.ALL);
        assertEquals(1, a.rows().size(), a.rows().toString());
        ExposureRow row = a.rows().get(0);
        assertEquals(List.of("443"), row.ports());
        for (String c : row.addresses()) {
            for (Cidr p : Cidr.PRIVATE_RANGES) {
                assertTrue(!Cidr.parse(c).overlaps(p), c + " overlaps " + p);
            }
        }
        // The rows cover every public address: 2^32 minus the four private blocks.
        long covered = row.addresses().stream().mapToLong(c -> Cidr.parse(c).size()).sum();
        long privates = Cidr.PRIVATE_RANGES.stream().mapToLong(Cidr::size).sum();
        assertEquals((1L << 32) - privates, covered);
    }
}
