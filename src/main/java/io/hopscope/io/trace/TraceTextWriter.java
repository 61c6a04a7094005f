package io.hopscope.io.trace;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Decision;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import java.util.List;

/**
 * A trace as plain text: the query (with the default source port and where it came from), a
 * verdict line per direction, one line per hop with a check or cross mark, the component, its
 * rule and the packet as that hop saw it, the explanation of each blocking hop, then the fixes.
 */
public final class TraceTextWriter {
    private static final String NL = System.lineSeparator();

    private TraceTextWriter() {
    }

    public static String write(Trace trace) {
        return write(trace, List.of());
    }

    /** As {@link #write(Trace)}, with the fixes for a PORT_DEPENDENT verdict (see {@code Tracer.portRangeFixes}). */
    public static String write(Trace trace, List<Edit> portRangeFixes) {
        StringBuilder sb = new StringBuilder();
        ResolvedQuery q = trace.query();
        sb.append("Trace ").append(q.fromLabel()).append(" (").append(q.sourceIp()).append(") -> ")
                .append(q.toLabel()).append(" (").append(q.destinationIp()).append("), ").append(q.protocol().label());
        if (q.destinationPort() != null) {
            sb.append(" port ").append(q.destinationPort());
        }
        if (q.icmpType() != null) {
            sb.append(" type ").append(q.icmpType()).append(" code ").append(q.icmpCode());
        }
        sb.append(NL);
        if (q.sourcePort() != null) {
            sb.append("Source port ").append(q.sourcePort())
                    .append(q.sourcePortDefaulted() ? " (" + q.sourcePortOrigin() + ")" : " (given)").append(NL);
        }
        sb.append("Reachable: ").append(trace.reachable() ? "yes" : "no").append(" (the packet shown)").append(NL);
        sb.append("Verdict:   ").append(trace.verdict().name()).append(verdictNote(trace)).append(NL);
        String portFreeBlock = portFreeBlock(trace);
        if (trace.sourcePorts() != null) {
            ports(sb, "client ports", trace.sourcePorts(), portFreeBlock);
        }
        for (PortOutcome t : trace.translatedPorts()) {
            ports(sb, ("elb".equals(t.profile()) ? "load balancer ports at " : "NAT ports at ") + t.at(), t,
                    portFreeBlock);
        }
        for (Edit e : portRangeFixes) {
            sb.append("  fix for every port: ").append(e.description()).append(NL);
        }
        sb.append(NL);
        path(sb, "Request", trace.forward());
        if (trace.reply() == null) {
            sb.append("Reply:   not sent (the request is dropped)").append(NL);
        } else {
            sb.append(NL);
            path(sb, "Reply", trace.reply());
        }
        if (!trace.blockers().isEmpty()) {
            sb.append(NL).append("Blockers and fixes:").append(NL);
            for (Blocker b : trace.blockers()) {
                sb.append("  ").append(b.onReply() ? "[reply] " : "[request] ").append(b.hop().componentId())
                        .append(b.hop().rule() == null ? "" : " rule " + b.hop().rule())
                        .append(b.hop().code() == null ? "" : " (" + b.hop().code() + ")").append(NL);
                if (b.fixes().isEmpty()) {
                    sb.append("      no single configuration change lifts this block").append(NL);
                }
                for (Edit e : b.fixes()) {
                    sb.append("      fix: ").append(e.description()).append(NL);
                }
            }
        }
        return sb.toString();
    }

    private static String verdictNote(Trace t) {
        return switch (t.verdict()) {
            case REACHABLE -> " (every source port works)";
            case UNREACHABLE -> " (no source port works)";
            case PORT_DEPENDENT -> " (some source ports work, others fail: intermittent in real life)";
            case UNKNOWN -> " (the path reaches " + t.unknownAt() + ", which Hopscope does not evaluate)";
        };
    }

    /**
     * The blocking component when the trace is unreachable for a reason no port changes (a missing
     * route, a security group): the port ranges then pass every stateless filter, and saying
     * "working 1024-65535" beside UNREACHABLE would read as a contradiction.
     */
    private static String portFreeBlock(Trace t) {
        if (t.verdict() != Verdict.UNREACHABLE) {
            return null;
        }
        PathResult blocked = t.forward().blockedAt() != null ? t.forward() : t.reply();
        return blocked == null ? null : blocked.blockedAt();
    }

    private static void ports(StringBuilder sb, String what, PortOutcome o, String portFreeBlock) {
        sb.append("  ").append(what).append(' ').append(o.range());
        if (o.profile() != null && o.at() == null) {
            sb.append(" (").append(o.profile()).append(')');
        }
        if (portFreeBlock != null && o.failing().isEmpty()) {
            sb.append(": none work, ").append(portFreeBlock).append(" blocks every port alike").append(NL);
            return;
        }
        sb.append(": working ").append(o.working()).append(", failing ").append(o.failing());
        if (o.decidedAt() != null) {
            sb.append(", split by ").append(o.decidedAt());
        }
        sb.append(NL);
    }

    private static void path(StringBuilder sb, String title, PathResult p) {
        sb.append(String.format("%-8s %s", title + ":", p.verdict().name()));
        if (p.blockedAt() != null) {
            sb.append(" (blocked at ").append(p.blockedAt()).append(')');
        }
        sb.append(NL);
        for (Hop h : p.hops()) {
            boolean unknown = h.decision() == Decision.UNKNOWN;
            sb.append("  ").append(h.blocks() ? "\u2717" : unknown ? "?" : "\u2713").append(' ')
                    .append(String.format("%-9s", h.decision().name())).append(' ')
                    .append(h.componentType()).append(' ').append(h.componentId());
            if (!h.name().isEmpty()) {
                sb.append(" (").append(h.name()).append(')');
            }
            if (h.direction() != null) {
                sb.append(' ').append(h.direction().wireName());
            }
            if (!h.groups().isEmpty()) {
                sb.append(" groups ").append(String.join(",", h.groups()));
            }
            if (h.rule() != null) {
                sb.append("  rule ").append(h.rule());
            }
            sb.append("  [").append(h.packet().describe()).append(']').append(NL);
            if (h.blocks() || unknown) {
                sb.append("      ").append(h.explanation()).append(NL);
            }
        }
    }
}
