package io.hopscope.reach;

import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact reachability over header spaces by refinement: a box of source addresses x protocol class x
 * destination ports is traced once with its lowest packet (the concrete {@link Tracer}, request and
 * reply, every client port); the box is then narrowed to the atom the met components cannot tell
 * apart (the cuts of every security group, NACL and route table on the request and reply paths, and
 * of what the trace decided without a hop, {@link ResolutionCuts}), that atom takes the trace's
 * verdict, and the rest of the box is split
 * and traced in turn. Every packet of an atom meets the same components with the same decisions, so
 * the union of the atoms is the exact answer, with a concrete trace for each.
 *
 * <p>Source addresses held by a modelled interface are that interface, not a host outside: boxes of
 * the internet and of external networks skip them (the interface has its own rows). Thread-safe: each
 * thread gets its own tracer.
 */
public final class ReachEngine {
    /** A box count past which a single source x target answer is refused rather than computed for minutes. */
    public static final int MAX_CELLS = 200_000;

    private final NetworkModel model;
    private final CutIndex cuts;
    private final ThreadLocal<Tracer> tracers;
    private final Set<IpAddress> interfaceAddresses = new HashSet<>();
    private final ResolutionCuts resolution;
    private final List<ProtocolClass> allV4;
    private final List<ProtocolClass> allV6;

    public ReachEngine(NetworkModel model) {
        this.model = model;
        this.cuts = new CutIndex(model);
        Tracer first = Tracer.withoutFixes(model);
        this.tracers = ThreadLocal.withInitial(() -> Tracer.withoutFixes(model));
        this.tracers.set(first);
        for (NetworkInterface e : model.networkInterfaces()) {
            interfaceAddresses.addAll(e.privateIps());
            interfaceAddresses.addAll(e.ipv6Ips());
            if (e.publicIp() != null) {
                interfaceAddresses.add(e.publicIp());
            }
        }
        this.resolution = new ResolutionCuts(model, cuts.global(), interfaceAddresses, cuts::hasOwnCuts);
        this.allV4 = List.copyOf(ProtocolClass.classes(4, cuts.namedProtocols()));
        this.allV6 = List.copyOf(ProtocolClass.classes(6, cuts.namedProtocols()));
    }

    public NetworkModel model() {
        return model;
    }

    /** The cut index, where transit gateway and load balancer cut sources are registered. */
    public CutIndex cuts() {
        return cuts;
    }

    /** One concrete trace on this thread's tracer. */
    public Trace trace(TraceQuery q) {
        return tracers.get().trace(q);
    }

    /** The protocol classes of one IP version for {@code protocol} (ALL: every class). */
    public List<ProtocolClass> classes(int version, Protocol protocol) {
        if (protocol == null || protocol.isAll()) {
            return version == 4 ? allV4 : allV6;
        }
        return List.of(new ProtocolClass(protocol.number(), false, List.of()));
    }

    /**
     * Every cell from {@code source} to each address of {@code target} (an interface), restricted to
     * {@code protocol} (ALL for every protocol) and, for tcp/udp, {@code ports}.
     */
    public List<Cell> cells(ReachEndpoint source, ReachEndpoint target, Protocol protocol, PortSet ports) {
        return cells(source, target, protocol, ports, null);
    }

    /**
     * The starting boxes of one source x target, numbered in the order {@link #cells} refines them:
     * the same numbers for every target with the same count of each kind of address.
     */
    interface Slots {
        /** Whether the starting box numbered {@code slot} is known without tracing (and left out). */
        boolean skip(int slot);

        /** The cells the starting box numbered {@code slot} was refined into. */
        void made(int slot, List<Cell> cells);
    }

    List<Cell> cells(ReachEndpoint source, ReachEndpoint target, Protocol protocol, PortSet ports, Slots slots) {
        List<Cell> out = new ArrayList<>();
        int slot = 0;
        for (IpAddress dst : destinations(target.eni())) {
            for (Cidr src : source.addresses()) {
                if (src.version() != dst.version()) {
                    continue;
                }
                for (ProtocolClass pc : classes(dst.version(), protocol)) {
                    for (AddressRange r : sourceRanges(source, src)) {
                        for (Box b : initialBoxes(r, pc, ports)) {
                            int k = slot++;
                            if (slots != null && slots.skip(k)) {
                                continue;
                            }
                            int before = out.size();
                            refine(source, target, dst, b, out);
                            if (slots != null) {
                                slots.made(k, out.subList(before, out.size()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The target's addresses a packet may be sent to: private IPv4, public IPv4, IPv6. */
    static List<IpAddress> destinations(NetworkInterface eni) {
        List<IpAddress> out = new ArrayList<>(eni.privateIps());
        if (eni.publicIp() != null) {
            out.add(eni.publicIp());
        }
        out.addAll(eni.ipv6Ips());
        return out;
    }

    private static List<AddressRange> sourceRanges(ReachEndpoint source, Cidr c) {
        AddressRange whole = AddressRange.of(c);
        if (source.kind() != ReachEndpoint.Kind.INTERNET || c.version() != 4) {
            return List.of(whole);
        }
        // [IGW] the internet is every public address: RFC 1918 and RFC 6598 ranges are carved out.
        List<AddressRange> parts = new ArrayList<>(List.of(whole));
        for (Cidr p : Cidr.PRIVATE_RANGES) {
            AddressRange pr = AddressRange.of(p);
            List<AddressRange> next = new ArrayList<>();
            for (AddressRange r : parts) {
                AddressRange in = r.intersect(pr);
                if (in == null) {
                    next.add(r);
                } else {
                    next.addAll(r.minus(in));
                }
            }
            parts = next;
        }
        return parts;
    }

    private static List<Box> initialBoxes(AddressRange r, ProtocolClass pc, PortSet ports) {
        if (!pc.hasPorts()) {
            return List.of(new Box(r, pc, 0, pc.maxPort()));
        }
        List<Box> out = new ArrayList<>();
        for (PortRange p : (ports == null ? PortSet.ALL : ports).ranges()) {
            out.add(new Box(r, pc, p.from(), p.to()));
        }
        return out;
    }

    private void refine(ReachEndpoint source, ReachEndpoint target, IpAddress dst, Box start, List<Cell> out) {
        Deque<Box> work = new ArrayDeque<>();
        work.push(start);
        int made = 0;
        while (!work.isEmpty()) {
            Box box = skipInterfaces(source, work.pop());
            if (box == null) {
                continue;
            }
            if (++made > MAX_CELLS) {
                throw new TooManyCellsException(MAX_CELLS, source, target);
            }
            IpAddress rep = box.addresses().first();
            Trace t = tracers.get().trace(query(source, target, dst, box, rep));
            // A request dropped on the way is UNREACHABLE whatever comes after: only the hops up to
            // the drop decide. Otherwise the reply decides too, with every reply blocker (the
            // verdict over client ports reads them all).
            boolean replyDecides = t.forward().blockedAt() == null;
            Box atom = resolution.narrow(source, target, t, replyDecides, box, rep);
            for (Hop h : t.forward().hops()) {
                atom = cuts.narrow(h, false, atom, rep);
            }
            if (replyDecides) {
                if (t.reply() != null) {
                    for (Hop h : t.reply().hops()) {
                        atom = cuts.narrow(h, true, atom, rep);
                    }
                }
                for (Blocker b : t.blockers()) {
                    atom = narrowBy(List.of(b.hop()), atom, rep);
                }
            }
            out.add(new Cell(source, target, dst, atom, t));
            for (Box rest : box.minus(atom)) {
                work.push(rest);
            }
        }
    }

    private Box narrowBy(List<Hop> hops, Box atom, IpAddress rep) {
        for (Hop h : hops) {
            Cuts c = cuts.of(h);
            if (c != null) {
                atom = c.narrow(atom, rep.hi(), rep.lo(), atom.portFrom());
            }
        }
        return atom;
    }

    /** Addresses a reader recognises as "some host": a cell's example uses one when the cell holds it. */
    private static final List<IpAddress> TYPICAL = List.of(IpAddress.parse("203.0.113.10"),
            IpAddress.parse("198.51.100.10"), IpAddress.parse("192.0.2.10"), IpAddress.parse("8.8.8.8"),
            IpAddress.parse("2001:db8::10"));

    /**
     * The same cell shown with a readable packet: a documentation address instead of 0.0.0.0 when
     * the cell holds one (every packet of a cell has the same fate, so the verdict is unchanged).
     */
    public Cell readable(Cell c) {
        if (c.source().isInterface()) {
            return c;
        }
        for (IpAddress ip : TYPICAL) {
            if (c.box().addresses().contains(ip) && !interfaceAddresses.contains(ip)) {
                Box one = new Box(AddressRange.point(ip), c.box().protocol(), c.box().portFrom(), c.box().portFrom());
                Trace t = trace(query(c.source(), c.target(), c.destination(), one, ip));
                return t.verdict() == c.verdict() ? new Cell(c.source(), c.target(), c.destination(), c.box(), t) : c;
            }
        }
        return c;
    }

    /** Drops the leading addresses of a box of outside hosts that modelled interfaces hold. */
    private Box skipInterfaces(ReachEndpoint source, Box box) {
        if (source.isInterface()) {
            return box;
        }
        AddressRange a = box.addresses();
        IpAddress ip = a.first();
        int skipped = 0;
        while (interfaceAddresses.contains(ip)) {
            if (!a.contains(ip) || ++skipped > interfaceAddresses.size()) {
                return null;
            }
            long[] n = U128.inc(ip.hi(), ip.lo());
            if (U128.cmp(n[0], n[1], a.toHi(), a.toLo()) > 0 || (a.version() == 4 && n[1] > 0xFFFFFFFFL)) {
                return null;
            }
            ip = new IpAddress(a.version(), n[0], n[1]);
        }
        if (skipped == 0) {
            return box;
        }
        return new Box(new AddressRange(a.version(), ip.hi(), ip.lo(), a.toHi(), a.toLo()), box.protocol(),
                box.portFrom(), box.portTo());
    }

    /** The concrete query for the lowest packet of a box. */
    static TraceQuery query(ReachEndpoint source, ReachEndpoint target, IpAddress dst, Box box, IpAddress src) {
        ProtocolClass pc = box.protocol();
        Integer port = pc.hasPorts() ? box.portFrom() : null;
        Integer type = pc.isIcmpLike() ? box.portFrom() / 256 : null;
        Integer code = pc.isIcmpLike() ? box.portFrom() % 256 : null;
        String from = source.isInterface() ? source.eni().id() : src.toString();
        return new TraceQuery(from, target.eni().id(), pc.protocol(), port, null, type, code,
                source.isInterface() ? src : null, dst, null);
    }
}
