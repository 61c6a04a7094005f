package io.hopscope.reach;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.model.ResourceTags;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;
import java.util.List;

/**
 * The {@link AssertionEvaluator} of {@code check} and of lab grading: every source x destination
 * interface of an assertion is answered exactly, as cells by the {@link ReachEngine}, over the
 * assertion's protocol (every protocol class for {@code all}) and ports; a destination outside the
 * model (internet, external network, service) from an interface is traced port by port
 * ({@link OutsideTargets}). {@code unreachable} fails on the first cell that opens a connection for
 * some client port; {@code reachable} on the first cell that is not REACHABLE. The failing cell's
 * concrete trace is the counterexample.
 */
public final class ReachAssertions implements AssertionEvaluator {
    private final ReachEngine engine;
    private final SelectorResolver selectors;

    public ReachAssertions(ReachEngine engine, ResourceTags tags) {
        this.engine = engine;
        this.selectors = new SelectorResolver(engine.model(), tags);
    }

    /** The evaluator of one model, for {@code check} and for grading labs alike. */
    public static AssertionEvaluator of(io.hopscope.model.NetworkModel model) {
        return new ReachAssertions(new ReachEngine(model), ResourceTags.NONE);
    }

    @Override
    public AssertionResult evaluate(Assertion a) {
        List<ReachEndpoint> from = selectors.resolveNonEmpty(a.from());
        List<ReachEndpoint> to = selectors.resolveNonEmpty(a.to());
        if (to.stream().noneMatch(ReachEndpoint::isInterface) && from.stream().noneMatch(ReachEndpoint::isInterface)) {
            throw new SelectorException(Text.of("selector.noInterfaceToReach", a.to().text()));
        }
        long checked = 0;
        for (ReachEndpoint t : to) {
            for (ReachEndpoint s : from) {
                if (s.id().equals(t.id())) {
                    continue;
                }
                if (!t.isInterface()) {
                    // Outside to outside crosses nothing modelled; interface to outside is traced port by port.
                    List<Trace> traces = s.isInterface() ? OutsideTargets.traces(engine, s, t, a) : List.of();
                    checked += traces.size();
                    for (Trace trace : traces) {
                        boolean opens = trace.verdict() == Verdict.REACHABLE || trace.verdict() == Verdict.PORT_DEPENDENT;
                        if (a.expect() == Assertion.Expectation.UNREACHABLE ? opens : trace.verdict() != Verdict.REACHABLE) {
                            return new AssertionResult(a, false, sentence(a, trace), counterexample(trace, s, t));
                        }
                    }
                    continue;
                }
                List<Cell> cells = engine.cells(s, t, a.protocol(), a.ports());
                checked += cells.size();
                Cell broken = a.expect() == Assertion.Expectation.UNREACHABLE ? firstOpen(cells) : firstNotReachable(cells);
                if (broken != null) {
                    Cell shown = engine.readable(broken);
                    return new AssertionResult(a, false, sentence(a, shown.trace()),
                            counterexample(shown));
                }
            }
        }
        if (checked == 0) {
            throw new SelectorException(Text.of("selector.noCommonIpVersion", a.name()));
        }
        return new AssertionResult(a, true, "holds for " + from.size() + " source(s) x " + to.size()
                + " destination(s), " + checked + " distinct cases", null);
    }

    private static Cell firstOpen(List<Cell> cells) {
        return cells.stream().filter(Cell::opens).findFirst().orElse(null);
    }

    /**
     * A packet that no address of the target answers REACHABLE: a target is reached when one of its
     * addresses is (a host on the internet reaches the public IP, a neighbour the private one), so a
     * failing cell counts only where the REACHABLE cells of the other addresses do not cover it.
     */
    private Cell firstNotReachable(List<Cell> cells) {
        for (Cell c : cells) {
            if (c.verdict() == Verdict.REACHABLE) {
                continue;
            }
            List<Box> rest = new java.util.ArrayList<>(List.of(c.box()));
            for (Cell r : cells) {
                if (r.verdict() != Verdict.REACHABLE || r.destination().equals(c.destination())) {
                    continue;
                }
                List<Box> next = new java.util.ArrayList<>();
                for (Box b : rest) {
                    Box in = b.intersect(r.box());
                    if (in == null) {
                        next.add(b);
                    } else {
                        next.addAll(b.minus(in));
                    }
                }
                rest = next;
            }
            if (!rest.isEmpty()) {
                Box b = rest.get(0);
                IpAddress src = b.addresses().first();
                Trace t = engine.trace(ReachEngine.query(c.source(), c.target(), c.destination(), b, src));
                return new Cell(c.source(), c.target(), c.destination(), b, t);
            }
        }
        return null;
    }

    /** "tcp 3306 from web-1 to orders-db is UNREACHABLE, blocked at db-nacl" or "... gets through (REACHABLE)". */
    private static String sentence(Assertion a, Trace t) {
        String what = t.query().protocol().label() + (t.query().destinationPort() != null ? " " + t.query().destinationPort() : "")
                + " from " + t.query().fromLabel() + " to " + t.query().toLabel();
        String blocked = blocked(t);
        return a.expect() == Assertion.Expectation.REACHABLE
                ? what + " is " + t.verdict() + (blocked == null ? "" : ", blocked at " + blocked)
                : what + " gets through (" + t.verdict() + ")";
    }

    static Counterexample counterexample(Cell c) {
        return counterexample(c.trace(), c.source(), c.target());
    }

    private static Counterexample counterexample(Trace t, ReachEndpoint source, ReachEndpoint target) {
        Integer port = t.query().destinationPort() != null ? t.query().destinationPort() : t.query().icmpType();
        List<String> path = t.forward().hops().stream().map(Hop::componentId).toList();
        if (t.reply() != null) {
            path = new java.util.ArrayList<>(path);
            path.addAll(t.reply().hops().stream().map(Hop::componentId).toList());
        }
        return new Counterexample(source.isInterface() ? source.id() : String.valueOf(t.query().sourceIp()),
                target.id(), t.query().protocol().label(), port, t.query().sourcePort(),
                String.valueOf(t.query().sourceIp()), String.valueOf(t.query().destinationIp()), t.verdict().name(),
                blocked(t), path, t);
    }

    private static String blocked(Trace t) {
        if (t.unknownAt() != null) {
            return t.unknownAt();
        }
        if (t.forward().blockedAt() != null) {
            return t.forward().blockedAt();
        }
        if (t.reply() != null && t.reply().blockedAt() != null) {
            return t.reply().blockedAt();
        }
        return t.sourcePorts() != null && t.sourcePorts().decidedAt() != null ? t.sourcePorts().decidedAt() : null;
    }
}
