package io.hopscope.reach;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The symbolic answer against concrete traces: every sample diagram, with its security group and
 * NACL rules replaced by random ones (seeded), is answered as cells; then random packets (random
 * source in the box's space, protocol, port, ICMP type/code) are traced one by one, and the verdict
 * of the cell that holds each packet must be the trace's. Packets outside every cell must not exist.
 */
class ReachPropertyTest {
    private static final long SEED = 20261202L;
    private static final int MODELS_PER_SAMPLE = 6;
    private static final int PACKETS_PER_PAIR = 40;

    @Test
    void cellsAgreeWithConcreteTracesOnRandomModelsAndPackets() throws IOException {
        Random rnd = new Random(SEED);
        int packets = 0;
        List<String> disagreements = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("diagrams"))) {
            samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path sample : samples) {
            NetworkModel base = DiagramReader.read(sample).diagram().model();
            for (int m = 0; m < MODELS_PER_SAMPLE; m++) {
                NetworkModel model = m == 0 ? base : RandomRules.mutate(base, rnd);
                ReachEngine engine = new ReachEngine(model);
                Tracer tracer = new Tracer(model);
                SelectorResolver sel = new SelectorResolver(model, null);
                List<ReachEndpoint> targets = sel.resolve(Selector.parse("all"));
                List<ReachEndpoint> sources = new ArrayList<>(targets);
                sources.add(SelectorResolver.internet());
                sources.add(SelectorResolver.network(Cidr.parse("172.16.0.0/12")));
                // Across the private ranges' edges: an internet gateway and the way in from outside tell them apart.
                sources.add(SelectorResolver.network(Cidr.parse("64.0.0.0/2")));
                List<IpAddress> edges = resolutionEdges(model);
                for (ReachEndpoint target : targets) {
                    ReachEndpoint source = sources.get(rnd.nextInt(sources.size()));
                    if (source.id().equals(target.id())) {
                        continue;
                    }
                    Protocol p = switch (rnd.nextInt(4)) {
                        case 0 -> Protocol.TCP;
                        case 1 -> Protocol.UDP;
                        case 2 -> Protocol.ICMP;
                        default -> Protocol.ALL;
                    };
                    List<Cell> cells = engine.cells(source, target, p, PortSet.ALL);
                    List<IpAddress> dsts = ReachEngine.destinations(target.eni());
                    for (int k = 0; k < PACKETS_PER_PAIR; k++) {
                        IpAddress dst = dsts.get(rnd.nextInt(dsts.size()));
                        IpAddress src = rnd.nextInt(3) == 0 && !source.isInterface() ? near(edges, source, rnd)
                                : randomSource(source, rnd);
                        if (src == null || src.version() != dst.version()
                                || (!source.isInterface() && isInterfaceAddress(model, src))
                                || (source.kind() == ReachEndpoint.Kind.INTERNET && src.isPrivateIpv4())) {
                            continue;
                        }
                        List<ProtocolClass> classes = engine.classes(src.version(), p);
                        ProtocolClass pc = classes.get(rnd.nextInt(classes.size()));
                        int port = pc.maxPort() == 0 ? 0 : pc.isIcmpLike() ? randomIcmp(rnd) : randomPort(rnd);
                        Cell c = containing(cells, dst, pc, src, port);
                        Box one = new Box(AddressRange.point(src), pc, port, port);
                        TraceQuery q = ReachEngine.query(source, target, dst, one, src);
                        Trace t = tracer.trace(q);
                        packets++;
                        if (c == null || t.verdict() != c.verdict()) {
                            disagreements.add(sample.getFileName() + "#" + m + " " + q + ": cell "
                                    + (c == null ? "none" : c.box() + " says " + c.verdict()) + ", trace says " + t.verdict());
                        }
                    }
                }
            }
        }
        assertTrue(packets >= 3000, "at least 3000 packets compared, found " + packets);
        assertEquals(List.of(), disagreements.stream().limit(10).toList(), disagreements.size() + " disagreements of " + packets);
    }

    private static Cell containing(List<Cell> cells, IpAddress dst, ProtocolClass pc, IpAddress src, int port) {
        for (Cell c : cells) {
            Box b = c.box();
            if (c.destination().equals(dst) && b.protocol().equals(pc) && b.addresses().contains(src)
                    && b.portFrom() <= port && port <= b.portTo()) {
                return c;
            }
        }
        return null;
    }

    private static final int[] EDGES = {0, 1, 21, 22, 23, 79, 80, 81, 442, 443, 444, 1023, 1024, 1025, 3305, 3306, 3307,
            8080, 32767, 32768, 32769, 49151, 49152, 60999, 61000, 61001, 65534, 65535};

    private static int randomPort(Random rnd) {
        return rnd.nextBoolean() ? EDGES[rnd.nextInt(EDGES.length)] : rnd.nextInt(65536);
    }

    private static int randomIcmp(Random rnd) {
        int type = new int[] {0, 3, 8, 11}[rnd.nextInt(4)];
        return type * 256 + (rnd.nextBoolean() ? 0 : rnd.nextInt(16));
    }

    private static final List<Cidr> NEAR = List.of(Cidr.parse("203.0.113.0/24"), Cidr.parse("198.51.100.0/24"),
            Cidr.parse("127.255.255.0/24"), Cidr.parse("128.0.0.0/24"), Cidr.parse("11.0.0.0/8"), Cidr.ANY_IPV4);

    private static IpAddress randomSource(ReachEndpoint source, Random rnd) {
        Cidr c = source.addresses().get(rnd.nextInt(source.addresses().size()));
        if (source.kind() == ReachEndpoint.Kind.INTERNET && c.version() == 4) {
            c = NEAR.get(rnd.nextInt(NEAR.size()));
        }
        return randomIn(AddressRange.of(c), rnd);
    }

    /**
     * Where the tracer's own decisions about an outside source change without a hop to narrow by: the
     * edges of every AWS service prefix list and external network (the source's resolution), of the
     * private ranges (the way in), and the addresses of NAT gateways and interfaces.
     */
    private static List<IpAddress> resolutionEdges(NetworkModel m) {
        List<Cidr> blocks = new ArrayList<>(Cidr.PRIVATE_RANGES);
        m.prefixLists().forEach(p -> blocks.addAll(p.cidrs()));
        m.externals().forEach(e -> blocks.addAll(e.cidrs()));
        m.natGateways().stream().filter(n -> n.elasticIp() != null).forEach(n -> blocks.add(Cidr.host(n.elasticIp())));
        m.networkInterfaces().stream().filter(e -> e.publicIp() != null).forEach(e -> blocks.add(Cidr.host(e.publicIp())));
        List<IpAddress> out = new ArrayList<>();
        for (Cidr c : blocks) {
            AddressRange r = AddressRange.of(c);
            out.add(new IpAddress(r.version(), r.fromHi(), r.fromLo()));
            out.add(new IpAddress(r.version(), r.toHi(), r.toLo()));
        }
        return out;
    }

    /** An edge of {@code edges}, or an address beside one, inside the source's space (else a random source). */
    private static IpAddress near(List<IpAddress> edges, ReachEndpoint source, Random rnd) {
        IpAddress e = edges.get(rnd.nextInt(edges.size()));
        IpAddress ip = e.version() == 4 && e.lo() > 0 && e.lo() < 0xFFFFFFFFL ? e.plus(rnd.nextInt(3) - 1) : e;
        for (Cidr c : source.addresses()) {
            if (c.version() == ip.version() && c.contains(ip)) {
                return ip;
            }
        }
        return randomSource(source, rnd);
    }

    private static boolean isInterfaceAddress(NetworkModel m, IpAddress ip) {
        for (NetworkInterface e : m.networkInterfaces()) {
            if (e.hasPrivateAddress(ip) || ip.equals(e.publicIp())) {
                return true;
            }
        }
        return false;
    }

    static IpAddress randomIn(AddressRange r, Random rnd) {
        if (r.version() == 4) {
            long span = r.toLo() - r.fromLo() + 1;
            return IpAddress.ofIpv4(r.fromLo() + (long) (rnd.nextDouble() * span));
        }
        if (r.fromHi() == r.toHi()) {
            long span = r.toLo() - r.fromLo();
            long off = span < 0 || span == Long.MAX_VALUE ? rnd.nextLong() & Long.MAX_VALUE
                    : (long) (rnd.nextDouble() * (span + 1));
            return new IpAddress(6, r.fromHi(), r.fromLo() + off);
        }
        return new IpAddress(6, r.fromHi(), r.fromLo());
    }

    /** Random security group and NACL rules over the addresses and ports the model already uses. */
    static final class RandomRules {
        private static final int[] PORT_EDGES = {0, 22, 80, 443, 1024, 3306, 5432, 8080, 32768, 49152, 61000, 65535};

        static NetworkModel mutate(NetworkModel m, Random rnd) {
            NetworkModel.Builder b = m.toBuilder();
            List<Cidr> cidrs = cidrs(m, rnd);
            for (SecurityGroup g : m.securityGroups()) {
                b.put(g.withInbound(sgRules(rnd, cidrs, m)).withOutbound(rnd.nextInt(3) == 0 ? sgRules(rnd, cidrs, m)
                        : List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), ""))));
            }
            for (NetworkAcl a : m.networkAcls()) {
                b.put(a.withEntries(aclEntries(rnd, cidrs)));
            }
            return b.build();
        }

        private static List<Cidr> cidrs(NetworkModel m, Random rnd) {
            List<Cidr> out = new ArrayList<>(List.of(Cidr.ANY_IPV4, Cidr.parse("203.0.113.0/24"), Cidr.parse("10.0.0.0/8"),
                    Cidr.parse("128.0.0.0/1"), Cidr.parse("172.16.0.0/12")));
            m.subnets().forEach(s -> out.add(s.cidr()));
            for (NetworkInterface e : m.networkInterfaces()) {
                e.privateIps().forEach(ip -> out.add(new Cidr(4, 0, ip.lo(), 28 + rnd.nextInt(5))));
            }
            out.removeIf(java.util.Objects::isNull);
            return out;
        }

        private static List<SgRule> sgRules(Random rnd, List<Cidr> cidrs, NetworkModel m) {
            List<SgRule> out = new ArrayList<>();
            int n = 1 + rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                Protocol p = protocol(rnd);
                SgPeer peer = rnd.nextInt(6) == 0 && !m.securityGroups().isEmpty()
                        ? SgPeer.group(m.securityGroups().get(rnd.nextInt(m.securityGroups().size())).id())
                        : SgPeer.cidr(cidrs.get(rnd.nextInt(cidrs.size())));
                out.add(new SgRule(p, p.hasPorts() ? ports(rnd) : null, p.isIcmp() ? icmp(rnd) : null, peer, ""));
            }
            return out;
        }

        private static List<AclEntry> aclEntries(Random rnd, List<Cidr> cidrs) {
            List<AclEntry> out = new ArrayList<>();
            for (boolean egress : new boolean[] {false, true}) {
                int n = 1 + rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    Protocol p = protocol(rnd);
                    RuleAction action = rnd.nextInt(3) == 0 ? RuleAction.DENY : RuleAction.ALLOW;
                    out.add(new AclEntry(100 + i * 10, egress, p, p.hasPorts() ? ports(rnd) : null, p.isIcmp() ? icmp(rnd) : null,
                            cidrs.get(rnd.nextInt(cidrs.size())), action));
                }
                if (rnd.nextInt(4) > 0) {
                    out.add(AclEntry.allowAll(200, egress, Cidr.ANY_IPV4));
                }
            }
            return out;
        }

        private static Protocol protocol(Random rnd) {
            return switch (rnd.nextInt(5)) {
                case 0, 1 -> Protocol.TCP;
                case 2 -> Protocol.UDP;
                case 3 -> Protocol.ICMP;
                default -> Protocol.ALL;
            };
        }

        private static PortRange ports(Random rnd) {
            int a = PORT_EDGES[rnd.nextInt(PORT_EDGES.length)] + (rnd.nextBoolean() ? 0 : rnd.nextInt(50));
            int b = PORT_EDGES[rnd.nextInt(PORT_EDGES.length)];
            a = Math.min(a, 65535);
            return new PortRange(Math.min(a, b), Math.max(a, b));
        }

        private static IcmpMatch icmp(Random rnd) {
            return switch (rnd.nextInt(3)) {
                case 0 -> IcmpMatch.ANY;
                case 1 -> new IcmpMatch(8, -1);
                default -> new IcmpMatch(rnd.nextInt(2) == 0 ? 0 : 3, rnd.nextInt(2) == 0 ? -1 : 4);
            };
        }
    }
}
