package io.hopscope.engine.eval;

import io.hopscope.engine.index.Addresses;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.model.AclEntry;
import io.hopscope.model.RuleAction;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;
import io.hopscope.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Network ACLs: stateless, numbered rules evaluated from the lowest number, first match wins, the
 * final {@code *} rule denies [NACL]. Inbound rules match the source, outbound rules the destination;
 * the port range applies to the destination port; IPv4 rules never match IPv6 [NACL].
 */
public final class NetworkAclEvaluator {

    /** The first entry, by rule number, that matches the packet; null means the final {@code *} rule. */
    public AclEntry decidingEntry(AclIndex acl, Packet p, boolean egress) {
        for (AclEntry e : acl.entries(egress)) {
            if (matches(e, p, egress)) {
                return e;
            }
        }
        return null;
    }

    public static boolean matches(AclEntry e, Packet p, boolean egress) {
        return Addresses.contains(e.cidr(), egress ? p.dst() : p.src())
                && RuleMatch.matches(e.protocol(), e.ports(), e.icmp(), p);
    }

    public boolean allows(AclIndex acl, Packet p, boolean egress) {
        AclEntry e = decidingEntry(acl, p, egress);
        return e != null && e.action() == RuleAction.ALLOW;
    }

    /**
     * Evaluates one crossing of a subnet boundary. {@code clientPorts} is the client's possible
     * ephemeral range when the packet's destination port is that client's port (a reply), else null:
     * then a NACL admitting only part of the range is reported as depending on the client port [NACL ephemeral].
     */
    public Hop evaluate(AclIndex acl, Subnet subnet, Packet p, boolean egress, PortRange clientPorts) {
        return evaluate(acl, subnet, p, egress, clientPorts, "client");
    }

    /**
     * As above, {@code portOwner} naming who picked the reply's destination port: "client", or "NAT
     * gateway" while the reply is still addressed to the NAT, which uses ports 1024-65535 [NAT].
     */
    public Hop evaluate(AclIndex acl, Subnet subnet, Packet p, boolean egress, PortRange clientPorts, String portOwner) {
        AclEntry e = decidingEntry(acl, p, egress);
        boolean allowed = e != null && e.action() == RuleAction.ALLOW;
        // [NACL][Q] 32767 (IPv4) and 32768 (IPv6) are the final * rules when a loader keeps them as entries.
        String label = e == null || e.ruleNumber() > AclEntry.MAX_RULE_NUMBER ? "*" : e.ruleLabel();
        return Hop.at(ComponentKind.NETWORK_ACL, acl.acl().id(), acl.acl().name()).direction(Direction.of(egress))
                .decided(allowed ? Decision.ALLOW : Decision.DENY, p).rule(label, ref(acl, e, egress))
                .blocked(allowed ? null : "SUBNET_ACL_RESTRICTION", allowed ? null : label)
                .explainedLater(() -> explanation(acl, subnet, p, egress, clientPorts, portOwner, e, label));
    }

    /** The deciding entry by number and model position, or the final "*" rule. */
    private static RuleRef ref(AclIndex acl, AclEntry e, boolean egress) {
        String id = acl.acl().id();
        if (e == null || e.ruleNumber() > AclEntry.MAX_RULE_NUMBER) {
            return RuleRef.defaultRule(id, Direction.of(egress));
        }
        List<AclEntry> all = acl.acl().entries();
        int index = -1;
        for (int i = 0; i < all.size() && index < 0; i++) {
            index = all.get(i) == e ? i : -1;
        }
        return RuleRef.aclEntry(id, Direction.of(egress), index, e.ruleNumber());
    }

    /** The hop's sentence, a key and its arguments written only when shown (see {@link Hop}). */
    private Text explanation(AclIndex acl, Subnet subnet, Packet p, boolean egress, PortRange clientPorts,
                             String portOwner, AclEntry e, String label) {
        boolean allowed = e != null && e.action() == RuleAction.ALLOW;
        Text dirWord = Text.of(egress ? "word.outbound" : "word.inbound");
        Text traffic = traffic(p, egress, clientPorts == null ? null : portOwner);
        String subnetLabel = subnet == null ? "?" : subnet.label();
        Object partial = "";
        if (clientPorts != null && p.hasPorts()) {
            Text range = partialRange(acl, p, egress, clientPorts, portOwner);
            if (range != null) {
                partial = Text.of("acl.dependsOnClientPort", range);
            }
        }
        if (e == null) {
            return Text.of("acl.finalRule", acl.acl().label(), subnetLabel, dirWord, traffic,
                    Text.of(clientPorts != null ? "word.reply" : "word.packet"), partial);
        }
        return Text.of(allowed ? "acl.allows" : "acl.denies", acl.acl().label(), subnetLabel, dirWord, traffic, label,
                e.describe(), partial);
    }

    /** "tcp port 40000 (the client's ephemeral port) to 10.0.1.10" / "icmp type 8 code 0 from 10.0.1.10". */
    private static Text traffic(Packet p, boolean egress, String portOwner) {
        String way = egress ? ".to" : ".from";
        Object peer = egress ? p.dst() : p.src();
        if (p.hasPorts()) {
            return Text.of("traffic.port" + way, p.protocol().label(), p.dstPort(),
                    portOwner == null ? "" : Text.of("traffic.ephemeralOf", owner(portOwner)), peer);
        }
        if (p.isIcmp()) {
            return Text.of("traffic.icmp" + way, p.protocol().label(), p.icmpType(), p.icmpCode() == null ? 0 : p.icmpCode(),
                    peer);
        }
        return Text.of("traffic.protocol" + way, p.protocol().label(), peer);
    }

    /** "client" or "NAT gateway", the one who picked the reply's destination port. */
    private static Text owner(String portOwner) {
        return Text.of("NAT gateway".equals(portOwner) ? "word.natGateway" : "word.client");
    }

    /**
     * Whether every destination port of {@code p} (all its other fields fixed) meets the same deciding
     * entry: the first entry matching all but the port holds every port, or none matches (the final
     * {@code *} rule). A reply through such a NACL is decided alike, by the same entry, whatever port
     * the client picked [NACL].
     */
    public static boolean decidesEveryPortAlike(AclIndex acl, Packet p, boolean egress) {
        if (!p.hasPorts()) {
            return true;
        }
        for (AclEntry e : acl.entries(egress)) {
            if (Addresses.contains(e.cidr(), egress ? p.dst() : p.src()) && RuleMatch.matches(e.protocol(), null, e.icmp(), p)) {
                PortRange r = e.protocol().isAll() ? null : e.ports();
                return r == null || r.from() <= 0 && r.to() >= 65535;
            }
        }
        return true;
    }

    /**
     * The ports of {@code candidates} this NACL admits as the packet's destination port, every other
     * field of the packet fixed: interval arithmetic over the rules in number order, each rule
     * deciding the ports still undecided that it matches [NACL]. Used for replies, whose destination
     * port is the port the client (or a NAT gateway) picked.
     */
    public PortSet allowedPorts(AclIndex acl, Packet p, boolean egress, PortSet candidates) {
        PortSet undecided = candidates;
        PortSet allowed = PortSet.EMPTY;
        for (AclEntry e : acl.entries(egress)) {
            if (!RuleMatch.matches(e.protocol(), null, e.icmp(), p) || !Addresses.contains(e.cidr(), egress ? p.dst() : p.src())) {
                continue;
            }
            PortRange r = e.protocol().isAll() ? null : e.ports();
            if (r != null && !undecided.intersects(r)) {
                // A service-port rule (3306, 443) never touches the client's ephemeral range: skip it without allocating.
                continue;
            }
            PortSet hit = r == null ? undecided : undecided.intersect(r);
            if (e.action() == RuleAction.ALLOW) {
                allowed = allowed.union(hit);
            }
            undecided = r == null ? PortSet.EMPTY : undecided.minus(PortSet.of(r));
            if (undecided.isEmpty()) {
                break;
            }
        }
        return allowed;
    }

    /**
     * Which part of the client's ephemeral range this NACL admits, or null when the verdict is the
     * same for the whole range. Evaluated once per segment between rule port boundaries.
     */
    public String partialRange(AclIndex acl, Packet p, boolean egress, PortRange clientPorts) {
        Text t = partialRange(acl, p, egress, clientPorts, "client");
        return t == null ? null : t.toString();
    }

    private Text partialRange(AclIndex acl, Packet p, boolean egress, PortRange clientPorts, String portOwner) {
        // Only entries matching everything but the port can differ across the range; an entry whose
        // ports cover the whole range ends the search, since later entries are never reached.
        List<AclEntry> relevant = new ArrayList<>();
        boolean splits = false;
        for (AclEntry e : acl.entries(egress)) {
            if (!Addresses.contains(e.cidr(), egress ? p.dst() : p.src()) || !RuleMatch.matches(e.protocol(), null, e.icmp(), p)) {
                continue;
            }
            relevant.add(e);
            PortRange r = e.protocol().isAll() ? null : e.ports();
            if (r == null || r.containsAll(clientPorts)) {
                break;
            }
            if (r.to() >= clientPorts.from() && r.from() <= clientPorts.to()) {
                splits = true;
            }
        }
        if (!splits) {
            return null;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(clientPorts.from());
        cuts.add(clientPorts.to() + 1);
        for (AclEntry e : relevant) {
            if (e.ports() != null) {
                addCut(cuts, e.ports().from(), clientPorts);
                addCut(cuts, e.ports().to() + 1, clientPorts);
            }
        }
        List<PortRange> allowed = new ArrayList<>();
        Integer start = null;
        Integer[] points = cuts.toArray(Integer[]::new);
        for (int i = 0; i + 1 < points.length; i++) {
            boolean ok = allowsPort(relevant, points[i]);
            if (ok && start == null) {
                start = points[i];
            } else if (!ok && start != null) {
                allowed.add(new PortRange(start, points[i] - 1));
                start = null;
            }
        }
        if (start != null) {
            allowed.add(new PortRange(start, clientPorts.to()));
        }
        if (allowed.isEmpty() || (allowed.size() == 1 && allowed.get(0).equals(clientPorts))) {
            return null;
        }
        return Text.of("acl.partialRange", owner(portOwner), clientPorts,
                String.join(", ", allowed.stream().map(PortRange::toString).toList()), PortRange.EPHEMERAL_ALL_CLIENTS);
    }

    private static boolean allowsPort(List<AclEntry> relevant, int port) {
        for (AclEntry e : relevant) {
            if (e.protocol().isAll() || e.ports() == null || e.ports().contains(port)) {
                return e.action() == RuleAction.ALLOW;
            }
        }
        return false;
    }

    private static void addCut(TreeSet<Integer> cuts, int port, PortRange range) {
        if (port > range.from() && port <= range.to()) {
            cuts.add(port);
        }
    }
}
