package io.hopscope.lab;

import io.hopscope.engine.Hop;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceTags;
import io.hopscope.model.net.PortRange;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.AssertionEvaluator;
import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.Cell;
import io.hopscope.reach.Counterexample;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.SelectorException;
import io.hopscope.reach.SelectorResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges lab assertions on one model. Towards an interface it is exact: the reach engine's cells
 * cover every source address, protocol and port with one concrete trace each. Towards something
 * outside the model (an internet host, an on-premises network, an AWS service) it traces each
 * destination port of the assertion, or the first port of a range wider than {@value #MAX_PORTS}.
 */
final class LabAssertionEvaluator implements AssertionEvaluator {

    static final int MAX_PORTS = 32;
    /** A public documentation address standing for "the internet" as a destination. */
    private static final String INTERNET_HOST = "192.0.2.10";

    private final SelectorResolver resolver;
    private final ReachEngine engine;
    private final Tracer tracer;

    LabAssertionEvaluator(NetworkModel model) {
        this.resolver = new SelectorResolver(model, ResourceTags.NONE);
        this.engine = new ReachEngine(model);
        this.tracer = new Tracer(model);
    }

    @Override
    public AssertionResult evaluate(Assertion a) {
        List<ReachEndpoint> sources = resolver.resolveNonEmpty(a.from());
        List<ReachEndpoint> targets = resolver.resolveNonEmpty(a.to());
        int judged = 0;
        for (ReachEndpoint s : sources) {
            for (ReachEndpoint t : targets) {
                if (s.id().equals(t.id())) {
                    continue;
                }
                List<Trace> traces = a.expect() == Assertion.Expectation.REACHABLE ? bestAddress(traces(s, t, a))
                        : traces(s, t, a);
                if (traces.isEmpty() && a.expect() == Assertion.Expectation.REACHABLE) {
                    return new AssertionResult(a, false, "no packet of " + a.protocol().label() + " from " + s
                            + " can be addressed to " + t, new Counterexample(s.id(), t.id(), a.protocol().label(),
                            null, null, null, null, Verdict.UNREACHABLE.name(), null, List.of(), null));
                }
                for (Trace trace : traces) {
                    judged++;
                    if (!meets(a.expect(), trace.verdict())) {
                        return failure(a, trace);
                    }
                }
            }
        }
        return new AssertionResult(a, true, "holds for " + sources.size() + " source" + (sources.size() == 1 ? "" : "s")
                + " x " + targets.size() + " destination" + (targets.size() == 1 ? "" : "s") + " (" + judged
                + " flows traced)", null);
    }

    /**
     * A target with several addresses (private, public, IPv6) is reachable when one of them is
     * reachable for every packet: a client on the internet uses the public address, one in the VPC
     * the private one. The traces of the address that works best are kept (all of them, if none works).
     */
    private static List<Trace> bestAddress(List<Trace> traces) {
        java.util.Map<String, List<Trace>> byDestination = new java.util.LinkedHashMap<>();
        for (Trace t : traces) {
            byDestination.computeIfAbsent(String.valueOf(t.query().destinationIp()), k -> new ArrayList<>()).add(t);
        }
        List<Trace> best = null;
        long bestFailures = Long.MAX_VALUE;
        for (List<Trace> group : byDestination.values()) {
            long failures = group.stream().filter(t -> t.verdict() != Verdict.REACHABLE).count();
            if (failures < bestFailures) {
                best = group;
                bestFailures = failures;
            }
        }
        return best == null ? List.of() : best;
    }

    /** Reachable means every client port works; unreachable means none does (PORT_DEPENDENT breaks both). */
    private static boolean meets(Assertion.Expectation expect, Verdict v) {
        return expect == Assertion.Expectation.REACHABLE ? v == Verdict.REACHABLE : v == Verdict.UNREACHABLE;
    }

    private List<Trace> traces(ReachEndpoint s, ReachEndpoint t, Assertion a) {
        if (t.isInterface()) {
            return engine.cells(s, t, a.protocol(), a.ports()).stream().map(Cell::trace).toList();
        }
        if (!s.isInterface()) {
            return List.of();
        }
        String to = switch (t.kind()) {
            case INTERNET -> t.eni() == null && t.id().equals("internet") ? INTERNET_HOST : t.id();
            case NETWORK -> t.id().startsWith("cidr:") ? t.addresses().get(0).network().plus(1).toString() : t.id();
            default -> t.id();
        };
        List<Trace> out = new ArrayList<>();
        for (Integer port : ports(a)) {
            try {
                out.add(tracer.trace(TraceQuery.of(s.eni().id(), to, a.protocol(), port)));
            } catch (TraceQueryException e) {
                throw new SelectorException(e.getMessage());
            }
        }
        return out;
    }

    private static List<Integer> ports(Assertion a) {
        List<Integer> out = new ArrayList<>();
        if (!a.protocol().hasPorts()) {
            out.add(null);
            return out;
        }
        for (PortRange r : a.ports().ranges()) {
            int last = r.to() - r.from() < MAX_PORTS ? r.to() : r.from();
            for (int p = r.from(); p <= last; p++) {
                out.add(p);
            }
        }
        return out;
    }

    private static AssertionResult failure(Assertion a, Trace trace) {
        ResolvedQuery q = trace.query();
        List<String> path = new ArrayList<>();
        trace.forward().hops().forEach(h -> path.add(h.componentId()));
        Hop block = trace.forward().blockingHop() != null ? trace.forward().blockingHop()
                : trace.reply() != null ? trace.reply().blockingHop() : null;
        String blockedAt = block == null ? trace.unknownAt() : block.componentId();
        Counterexample x = new Counterexample(q.from(), q.to(), q.protocol().label(), q.destinationPort(),
                q.sourcePort(), str(q.sourceIp()), str(q.destinationIp()), trace.verdict().name(), blockedAt, path, trace);
        String what = q.protocol().label() + (q.destinationPort() == null ? "" : " " + q.destinationPort()) + " from "
                + q.fromLabel() + " to " + q.toLabel();
        String summary = a.expect() == Assertion.Expectation.REACHABLE
                ? what + " is " + trace.verdict() + (blockedAt == null ? "" : ", blocked at " + blockedAt)
                : what + " gets through (" + trace.verdict() + ")";
        return new AssertionResult(a, false, summary, x);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
