package io.hopscope.reach;

import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decisions a trace makes without a hop ({@link ResolutionCuts}), each where no component's own
 * cuts fall: the cells on either side of the edge must agree with concrete traces of the addresses
 * at the edge.
 */
class ResolutionCutsTest {
    private static final Cidr S3 = Cidr.parse("52.216.0.0/15");
    /** The whole IPv4 space as one outside network, so that private sources are asked about too. */
    private static final ReachEndpoint EVERYONE = SelectorResolver.network(Cidr.ANY_IPV4);

    /**
     * The bastion open to everyone on ssh, its subnet's NACL letting replies out to Linux's ephemeral
     * ports only, and an S3 prefix list that no route table names: a host of S3's block resolves to the
     * service, whose client is a Linux host (REACHABLE), any other host to "the internet", whose client
     * may pick any port (PORT_DEPENDENT). Only the resolution tells the two apart.
     */
    @Test
    void aServicesBlockIsCutWhereItsClientProfileChangesTheVerdict() throws IOException {
        NetworkModel base = DiagramReader.read(Path.of("diagrams/bastion.json")).diagram().model();
        SecurityGroup sg = base.securityGroup("sg-0a1b2c3d4e5f6060c");
        NetworkAcl acl = base.networkAcl("acl-0a1b2c3d4e5f60609");
        NetworkModel model = base.toBuilder()
                .put(sg.withInbound(List.of(new SgRule(Protocol.TCP, new PortRange(22, 22), null, SgPeer.cidr(Cidr.ANY_IPV4), ""))))
                .put(acl.withEntries(List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                        new AclEntry(100, true, Protocol.TCP, new PortRange(32768, 60999), null, Cidr.ANY_IPV4, RuleAction.ALLOW))))
                .put(new PrefixList("pl-63a5400a", "com.amazonaws.us-east-1.s3", List.of(S3)))
                .build();
        List<String> disagreements = agreeAtEdges(model, "eni-0a1b2c3d4e5f6060e", List.of("52.215.255.255", "52.216.0.0",
                "52.216.0.1", "52.217.255.255", "52.218.0.0", "8.8.8.8"));
        assertEquals(List.of(), disagreements);
        ReachEngine engine = new ReachEngine(model);
        Tracer tracer = new Tracer(model);
        assertNotEquals(verdict(engine, tracer, model, "52.216.0.0"), verdict(engine, tracer, model, "52.215.255.255"),
                "the model tells a service's host from an internet host");
    }

    /**
     * The same bastion and S3 prefix list, its NACL letting every reply out: a service's host and an
     * internet host differ only in the client's ports, which no entry reads, so nothing tells them
     * apart and one cell spans S3's block and the addresses around it.
     */
    @Test
    void aServicesBlockIsNotCutWhereTheReplysNaclReadsNoClientPort() throws IOException {
        NetworkModel model = bastionWithS3(List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                AclEntry.allowAll(100, true, Cidr.ANY_IPV4)));
        assertEquals(List.of(), agreeAtEdges(model, "eni-0a1b2c3d4e5f6060e", List.of("52.215.255.255", "52.216.0.0",
                "52.217.255.255", "52.218.0.0", "8.8.8.8")));
        ReachEngine engine = new ReachEngine(model);
        ReachEndpoint target = target(model, "eni-0a1b2c3d4e5f6060e");
        IpAddress below = IpAddress.parse("52.215.255.255");
        IpAddress above = IpAddress.parse("52.218.0.0");
        assertTrue(engine.cells(EVERYONE, target, Protocol.TCP, PortSet.single(22)).stream()
                .anyMatch(c -> c.destination().equals(target.eni().publicIp()) && c.box().addresses().contains(below)
                        && c.box().addresses().contains(above)), "one cell across S3's block");
    }

    /**
     * Every client port passes, but Linux's default one (40000, S3's client) by another entry than the
     * internet client's default (50000): the rule a row names differs, so S3's block is still cut.
     */
    @Test
    void aServicesBlockIsCutWhereTheReplyMeetsAnotherEntryForAnotherClientPort() throws IOException {
        NetworkModel model = bastionWithS3(List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                new AclEntry(90, true, Protocol.TCP, new PortRange(32768, 45000), null, Cidr.ANY_IPV4, RuleAction.ALLOW),
                AclEntry.allowAll(100, true, Cidr.ANY_IPV4)));
        assertEquals(List.of(), agreeAtEdges(model, "eni-0a1b2c3d4e5f6060e", List.of("52.215.255.255", "52.216.0.0",
                "52.217.255.255", "52.218.0.0", "8.8.8.8")));
    }

    /**
     * Every ICMP request may enter, but the NACL lets only echo replies (type 0) out: an echo request
     * (type 8) is answered by one and connects, any other type is answered in kind and does not. The
     * reply's type is decided without a hop, so the cells must be cut at type 8 for the reply to agree.
     */
    @Test
    void anEchoRequestIsCutWhereItsReplyIsAnotherType() throws IOException {
        NetworkModel model = bastion(new SgRule(Protocol.ICMP, null, IcmpMatch.ANY, SgPeer.cidr(Cidr.ANY_IPV4), ""),
                List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                        new AclEntry(100, true, Protocol.ICMP, null, new IcmpMatch(0, -1), Cidr.ANY_IPV4, RuleAction.ALLOW)));
        List<Cell> cells = icmpCells(model);
        assertEquals(List.of(), agreeAtTypes(model, cells, List.of(0, 7 * 256 + 255, 8 * 256, 8 * 256 + 255, 9 * 256, 200 * 256)));
        assertEquals(Verdict.REACHABLE, holding(cells, 8 * 256).verdict(), "an echo request connects");
    }

    /**
     * No rule admits ICMP: the request is dropped on the way, its reply never decides, and every type
     * meets the same fate, so the echo types cut nothing (one cell for every type of an address block).
     */
    @Test
    void aDroppedRequestIsNotCutAtTheEchoTypes() throws IOException {
        NetworkModel model = bastion(new SgRule(Protocol.TCP, new PortRange(22, 22), null, SgPeer.cidr(Cidr.ANY_IPV4), ""),
                List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4)));
        List<Cell> cells = icmpCells(model);
        assertEquals(List.of(), agreeAtTypes(model, cells, List.of(0, 8 * 256, 128 * 256, 129 * 256 + 255)));
        Cell all = holding(cells, 0);
        assertEquals(List.of(0, 65535), List.of(all.box().portFrom(), all.box().portTo()), "one cell for every type");
    }

    private static final IpAddress HOST = IpAddress.parse("8.8.8.8");

    private static NetworkModel bastion(SgRule inbound, List<AclEntry> entries) throws IOException {
        NetworkModel base = DiagramReader.read(Path.of("diagrams/bastion.json")).diagram().model();
        SecurityGroup sg = base.securityGroup("sg-0a1b2c3d4e5f6060c");
        NetworkAcl acl = base.networkAcl("acl-0a1b2c3d4e5f60609");
        return base.toBuilder().put(sg.withInbound(List.of(inbound))).put(acl.withEntries(entries)).build();
    }

    private static List<Cell> icmpCells(NetworkModel model) {
        ReachEndpoint target = target(model, "eni-0a1b2c3d4e5f6060e");
        return new ReachEngine(model).cells(EVERYONE, target, Protocol.ICMP, PortSet.ALL).stream()
                .filter(c -> c.destination().equals(target.eni().publicIp())).toList();
    }

    private static Cell holding(List<Cell> cells, int typeCode) {
        return cells.stream().filter(c -> c.box().addresses().contains(HOST) && c.box().portFrom() <= typeCode
                && typeCode <= c.box().portTo()).findFirst().orElseThrow();
    }

    /** Each ICMP type x 256 + code from 8.8.8.8: the verdict of the cell holding it against its own trace. */
    private static List<String> agreeAtTypes(NetworkModel model, List<Cell> cells, List<Integer> typeCodes) {
        ReachEngine engine = new ReachEngine(model);
        Tracer tracer = new Tracer(model);
        ReachEndpoint target = target(model, "eni-0a1b2c3d4e5f6060e");
        ProtocolClass icmp = engine.classes(4, Protocol.ICMP).get(0);
        List<String> out = new ArrayList<>();
        for (int tc : typeCodes) {
            Verdict traced = tracer.trace(ReachEngine.query(EVERYONE, target, target.eni().publicIp(),
                    new Box(AddressRange.point(HOST), icmp, tc, tc), HOST)).verdict();
            Cell c = holding(cells, tc);
            if (c.verdict() != traced) {
                out.add("type " + tc / 256 + " code " + tc % 256 + ": cell " + c.box() + " " + c.verdict() + ", trace " + traced);
            }
        }
        return out;
    }

    private static NetworkModel bastionWithS3(List<AclEntry> entries) throws IOException {
        NetworkModel base = DiagramReader.read(Path.of("diagrams/bastion.json")).diagram().model();
        SecurityGroup sg = base.securityGroup("sg-0a1b2c3d4e5f6060c");
        NetworkAcl acl = base.networkAcl("acl-0a1b2c3d4e5f60609");
        return base.toBuilder()
                .put(sg.withInbound(List.of(new SgRule(Protocol.TCP, new PortRange(22, 22), null, SgPeer.cidr(Cidr.ANY_IPV4), ""))))
                .put(acl.withEntries(entries))
                .put(new PrefixList("pl-63a5400a", "com.amazonaws.us-east-1.s3", List.of(S3)))
                .build();
    }

    /**
     * A source across the private ranges' edges (RFC 1918 10.0.0.0/8, RFC 6598 100.64.0.0/10): the
     * internet gateway drops a private source, and nothing else on the way to the bastion compares it.
     */
    @Test
    void theInternetGatewayCutsAtThePrivateRanges() throws IOException {
        NetworkModel base = DiagramReader.read(Path.of("diagrams/bastion.json")).diagram().model();
        SecurityGroup sg = base.securityGroup("sg-0a1b2c3d4e5f6060c");
        NetworkAcl acl = base.networkAcl("acl-0a1b2c3d4e5f60609");
        NetworkModel model = base.toBuilder()
                .put(sg.withInbound(List.of(new SgRule(Protocol.TCP, new PortRange(22, 22), null, SgPeer.cidr(Cidr.ANY_IPV4), ""))))
                .put(acl.withEntries(List.of(AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .build();
        List<String> disagreements = agreeAtEdges(model, "eni-0a1b2c3d4e5f6060e", List.of("9.255.255.255", "10.0.0.0",
                "10.255.255.255", "11.0.0.0", "100.63.255.255", "100.64.0.0", "100.127.255.255", "100.128.0.0"));
        assertEquals(List.of(), disagreements);
    }

    private static Verdict verdict(ReachEngine engine, Tracer tracer, NetworkModel model, String address) {
        return trace(tracer, model, engine, address).verdict();
    }

    private static Trace trace(Tracer tracer, NetworkModel model, ReachEngine engine, String address) {
        ReachEndpoint target = target(model, "eni-0a1b2c3d4e5f6060e");
        IpAddress src = IpAddress.parse(address);
        ProtocolClass tcp = engine.classes(4, Protocol.TCP).get(0);
        return tracer.trace(ReachEngine.query(EVERYONE, target, target.eni().publicIp(),
                new Box(AddressRange.point(src), tcp, 22, 22), src));
    }

    private static ReachEndpoint target(NetworkModel model, String eniId) {
        return new SelectorResolver(model, null).resolve(Selector.parse(eniId)).get(0);
    }

    private static List<String> agreeAtEdges(NetworkModel model, String eniId, List<String> addresses) {
        ReachEngine engine = new ReachEngine(model);
        Tracer tracer = new Tracer(model);
        ReachEndpoint target = target(model, eniId);
        IpAddress dst = target.eni().publicIp();
        List<Cell> cells = engine.cells(EVERYONE, target, Protocol.TCP, PortSet.single(22));
        List<String> out = new ArrayList<>();
        for (String a : addresses) {
            IpAddress src = IpAddress.parse(a);
            Cell holding = cells.stream().filter(c -> c.destination().equals(dst) && c.box().addresses().contains(src))
                    .findFirst().orElse(null);
            Trace t = trace(tracer, model, engine, a);
            Cell traced = new Cell(EVERYONE, target, dst, new Box(AddressRange.point(src), engine.classes(4, Protocol.TCP).get(0),
                    22, 22), t);
            // The verdict and the rules a row names (a reply's NACL entry among them) must be the address's own.
            if (holding == null || holding.verdict() != t.verdict()
                    || !RowBuilder.allowedBy(holding).equals(RowBuilder.allowedBy(traced))) {
                out.add(a + ": cell " + (holding == null ? "none" : holding.box() + " " + holding.verdict() + " "
                        + RowBuilder.allowedBy(holding)) + ", trace " + t.verdict() + " " + RowBuilder.allowedBy(traced));
            }
        }
        return out;
    }
}
