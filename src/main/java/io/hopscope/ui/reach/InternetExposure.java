package io.hopscope.ui.reach;

import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Cell;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.SelectorResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The internet exposure of every workload, kept up to date edit by edit: which protocols and ports
 * of each interface a host on the internet can open a connection to (the reach engine's exact
 * answer, all protocols). After an edit that only changes the rules of security groups, NACLs or
 * route tables, only the targets whose cells met a changed component are answered again: every
 * packet of a cell meets the same components with the same decisions (the engine's atoms), so a
 * target none of whose cells met a changed component keeps exactly the same reachable set. Any
 * other change (an interface, an address, an association, a gateway) answers every target again.
 * Not thread-safe: one worker owns it.
 */
public final class InternetExposure {

    /**
     * One target's answer: the shape it is drawn as; what opens for every client port, for some
     * only, and what the model cannot decide ("tcp 443" each); why for the last two; and every
     * component its cells met.
     */
    record Answer(String shape, List<String> reachable, List<String> portDependent, List<String> unknown,
                  List<String> portLimits, List<String> unknownAt, Set<String> met) {
        boolean shows() {
            return !reachable.isEmpty() || !portDependent.isEmpty() || !unknown.isEmpty();
        }
    }

    private final boolean grouping;
    private NetworkModel model;
    private Map<String, Answer> answers = Map.of();
    private int recomputed;

    public InternetExposure() {
        this(true);
    }

    /** {@code grouping} false answers every interface on its own (tests compare the two). */
    InternetExposure(boolean grouping) {
        this.grouping = grouping;
    }

    /**
     * Brings the answer up to {@code now} and returns the badge of every exposed shape
     * ("tcp 80,443 · icmp"). {@code cancelled} is polled between targets; a cancelled update leaves
     * the previous answer in place (the next one diffs against it).
     */
    public Map<String, ExposureBadge> update(NetworkModel now, BooleanSupplier cancelled) {
        if (now == model) {
            recomputed = 0;
            return badges();
        }
        Set<String> changed = model == null ? null : ruleOnlyChanges(model, now);
        ReachEngine engine = new ReachEngine(now);
        SelectorResolver resolver = new SelectorResolver(now, null);
        ReachEndpoint internet = SelectorResolver.internet();
        Map<String, Answer> next = new LinkedHashMap<>();
        ExposureClasses classes = grouping ? ExposureClasses.of(now) : null;
        Map<List<Object>, ReachEndpoint> representative = new HashMap<>();
        int count = 0;
        for (ReachEndpoint t : ReachSubjects.everyInterface(resolver)) {
            Answer old = changed == null ? null : answers.get(t.id());
            if (old != null && java.util.Collections.disjoint(old.met(), changed)) {
                next.put(t.id(), old);
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<Object> key = classes == null ? List.of(t.id()) : classes.key(t.eni());
            ReachEndpoint rep = representative.putIfAbsent(key, t);
            if (rep != null) {
                next.put(t.id(), like(next.get(rep.id()), rep, t));
            } else {
                next.put(t.id(), answer(engine, now, internet, t));
                count++;
            }
        }
        model = now;
        answers = next;
        recomputed = count;
        return badges();
    }

    /** How many targets the last {@link #update} answered again (the others were kept). */
    public int lastRecomputed() {
        return recomputed;
    }

    static Answer answer(ReachEngine engine, NetworkModel m, ReachEndpoint internet, ReachEndpoint t) {
        List<Cell> cells = engine.cells(internet, t, Protocol.ALL, PortSet.ALL);
        Set<String> met = new HashSet<>();
        for (Cell c : cells) {
            Trace tr = c.trace();
            addHops(m, tr.forward().hops(), met);
            if (tr.reply() != null) {
                addHops(m, tr.reply().hops(), met);
            }
            for (Blocker b : tr.blockers()) {
                addHops(m, List.of(b.hop()), met);
            }
        }
        // The badge needs the ports per protocol, not the rows' address rectangles (whose building
        // is most of an exposure's cost): the union of the cells' port ranges, by verdict.
        Map<Verdict, Map<String, PortSet>> byVerdict = new java.util.EnumMap<>(Verdict.class);
        Set<String> limits = new LinkedHashSet<>();
        Set<String> unknownAt = new LinkedHashSet<>();
        for (Cell c : cells) {
            if (c.verdict() == Verdict.UNREACHABLE) {
                continue;
            }
            String label = c.box().protocol().label();
            PortSet p = c.box().protocol().hasPorts() ? PortSet.of(new PortRange(c.box().portFrom(), c.box().portTo())) : PortSet.ALL;
            byVerdict.computeIfAbsent(c.verdict(), v -> new LinkedHashMap<>()).merge(label, p, PortSet::union);
            if (c.verdict() == Verdict.PORT_DEPENDENT) {
                ExposureWhy.portLimits(c.trace(), limits);
            } else if (c.verdict() == Verdict.UNKNOWN && c.trace().unknownAt() != null) {
                unknownAt.add(c.trace().unknownAt());
            }
        }
        return new Answer(ReachSubjects.shapeOf(t), openings(byVerdict.get(Verdict.REACHABLE)),
                openings(byVerdict.get(Verdict.PORT_DEPENDENT)), openings(byVerdict.get(Verdict.UNKNOWN)),
                List.copyOf(limits), List.copyOf(unknownAt), Set.copyOf(met));
    }

    private static List<String> openings(Map<String, PortSet> open) {
        List<String> openings = new ArrayList<>();
        if (open != null) {
            open.forEach((label, ports) -> openings.add(ports.equals(PortSet.ALL) ? label : label + " " + String.join(",", ports.texts())));
        }
        return openings;
    }

    /** The answer of an interface like {@code rep}: the same openings, its own ids where rep's were met. */
    private static Answer like(Answer a, ReachEndpoint rep, ReachEndpoint t) {
        Set<String> met = new HashSet<>(a.met());
        if (met.remove(rep.id())) {
            met.add(t.id());
        }
        if (rep.owner() != null && met.remove(rep.owner()) && t.owner() != null) {
            met.add(t.owner());
        }
        return new Answer(ReachSubjects.shapeOf(t), a.reachable(), a.portDependent(), a.unknown(), a.portLimits(),
                a.unknownAt(), Set.copyOf(met));
    }

    /** A hop stands for its component, the groups it evaluated, and an interface's own groups. */
    private static void addHops(NetworkModel m, List<Hop> hops, Set<String> met) {
        for (Hop h : hops) {
            met.add(h.componentId());
            met.addAll(h.groups());
            NetworkInterface eni = m.networkInterface(h.componentId());
            if (eni != null) {
                met.addAll(eni.securityGroupIds());
            }
        }
    }

    private Map<String, ExposureBadge> badges() {
        Map<String, List<Answer>> byShape = new LinkedHashMap<>();
        for (Answer a : answers.values()) {
            if (a.shows() && a.shape() != null) {
                byShape.computeIfAbsent(a.shape(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, ExposureBadge> out = new LinkedHashMap<>();
        byShape.forEach((shape, list) -> out.put(shape, ExposureWhy.badge(list)));
        return out;
    }

    /** "tcp 80,443 · icmp": the ports of one protocol together, "all" when every protocol opens on every port. */
    static String text(Set<String> openings) {
        if (openings.contains("all") || openings.containsAll(List.of("tcp", "udp", "icmp", "other"))) {
            return "all";
        }
        Map<String, Set<String>> ports = new LinkedHashMap<>();
        for (String o : openings) {
            int sp = o.indexOf(' ');
            String proto = sp < 0 ? o : o.substring(0, sp);
            Set<String> p = ports.computeIfAbsent(proto, k -> new LinkedHashSet<>());
            if (sp >= 0) {
                p.addAll(List.of(o.substring(sp + 1).split(",")));
            }
        }
        List<String> parts = new ArrayList<>();
        ports.forEach((proto, p) -> parts.add(p.isEmpty() ? proto : proto + " " + String.join(",", p)));
        return String.join(" · ", parts);
    }

    /**
     * The ids whose rules alone changed between two models, or null when something else changed
     * (then every target is answered again).
     */
    static Set<String> ruleOnlyChanges(NetworkModel before, NetworkModel after) {
        Map<String, Resource> old = new HashMap<>();
        for (Resource r : before.allResources()) {
            old.put(r.id(), r);
        }
        Set<String> changed = new HashSet<>();
        int seen = 0;
        for (Resource r : after.allResources()) {
            Resource o = old.get(r.id());
            if (o == null) {
                return null;
            }
            seen++;
            if (o.equals(r)) {
                continue;
            }
            if (!sameExceptRules(o, r)) {
                return null;
            }
            changed.add(r.id());
        }
        return seen == old.size() ? changed : null;
    }

    private static boolean sameExceptRules(Resource o, Resource r) {
        if (o instanceof SecurityGroup a && r instanceof SecurityGroup b) {
            return Objects.equals(a.vpcId(), b.vpcId());
        }
        if (o instanceof NetworkAcl a && r instanceof NetworkAcl b) {
            return Objects.equals(a.vpcId(), b.vpcId()) && a.isDefault() == b.isDefault() && a.subnetIds().equals(b.subnetIds());
        }
        if (o instanceof RouteTable a && r instanceof RouteTable b) {
            return Objects.equals(a.vpcId(), b.vpcId()) && a.main() == b.main() && a.subnetIds().equals(b.subnetIds())
                    && a.propagatingVgwIds().equals(b.propagatingVgwIds());
        }
        return false;
    }
}
