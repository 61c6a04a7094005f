package io.hopscope.io.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Trace;

/**
 * A trace as the JSON of the CLI contract (query, reachable, forward, return, with the stable field
 * names), plus {@code blockers} with their suggested fixes. Shared by the CLI and the GUI's
 * "export trace".
 */
public final class TraceJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJsonWriter() {
    }

    public static String write(Trace trace) {
        try {
            return MAPPER.writeValueAsString(toJson(trace)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write trace JSON", e);
        }
    }

    public static ObjectNode toJson(Trace trace) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("query", query(trace.query()));
        root.put("reachable", trace.reachable());
        root.put("verdict", trace.verdict().name());
        if (trace.sourcePorts() != null) {
            root.set("sourcePorts", ports(trace.sourcePorts()));
        }
        if (!trace.translatedPorts().isEmpty()) {
            ArrayNode translated = root.putArray("translatedPorts");
            trace.translatedPorts().forEach(t -> translated.add(ports(t)));
        }
        if (trace.unknownAt() != null) {
            root.put("unknownAt", trace.unknownAt());
        }
        root.set("forward", path(trace.forward()));
        if (trace.reply() == null) {
            root.putNull("return");
        } else {
            root.set("return", path(trace.reply()));
        }
        ArrayNode blockers = root.putArray("blockers");
        for (Blocker b : trace.blockers()) {
            ObjectNode n = blockers.addObject();
            n.put("component", b.hop().componentId());
            n.put("type", b.hop().componentType());
            n.put("direction", b.onReply() ? "return" : "forward");
            n.put("rule", b.hop().rule());
            n.put("code", b.hop().code());
            n.put("reason", b.hop().reason());
            n.put("explanation", b.hop().explanation());
            ArrayNode fixes = n.putArray("fixes");
            for (Edit e : b.fixes()) {
                fixes.add(e.description());
            }
        }
        return root;
    }

    /** {"profile", "range", "working", "failing", "decidedAt"} or, for a NAT, {"at", ...} (contract v2). */
    private static ObjectNode ports(PortOutcome o) {
        ObjectNode n = MAPPER.createObjectNode();
        if (o.at() != null) {
            n.put("at", o.at());
        } else if (o.profile() != null) {
            n.put("profile", o.profile());
        }
        n.put("range", o.range().toString());
        ArrayNode working = n.putArray("working");
        o.working().texts().forEach(working::add);
        ArrayNode failing = n.putArray("failing");
        o.failing().texts().forEach(failing::add);
        n.put("decidedAt", o.decidedAt());
        return n;
    }

    private static ObjectNode query(ResolvedQuery q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("from", q.from());
        n.put("to", q.to());
        n.put("protocol", q.protocol().label());
        putInt(n, "port", q.destinationPort());
        putInt(n, "sourcePort", q.sourcePort());
        if (q.sourcePortOrigin() != null) {
            n.put("sourcePortOrigin", q.sourcePortOrigin());
        }
        putInt(n, "icmpType", q.icmpType());
        putInt(n, "icmpCode", q.icmpCode());
        n.put("sourceIp", q.sourceIp().toString());
        n.put("destinationIp", q.destinationIp().toString());
        return n;
    }

    private static ObjectNode path(PathResult p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("verdict", p.verdict().name());
        n.put("blockedAt", p.blockedAt());
        ArrayNode hops = n.putArray("hops");
        for (Hop h : p.hops()) {
            hops.add(hop(h));
        }
        return n;
    }

    private static ObjectNode hop(Hop h) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("component", h.componentId());
        n.put("type", h.componentType());
        n.put("name", h.name());
        n.put("direction", h.direction() == null ? null : h.direction().wireName());
        n.put("verdict", h.decision().name());
        n.put("rule", h.rule());
        n.put("code", h.code());
        if (h.reason() != null) {
            n.put("reason", h.reason());
        }
        n.set("packet", packet(h.packet()));
        n.put("explanation", h.explanation());
        if (!h.groups().isEmpty()) {
            ArrayNode g = n.putArray("groups");
            h.groups().forEach(g::add);
        }
        return n;
    }

    private static ObjectNode packet(Packet p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("src", p.src().toString());
        putInt(n, "srcPort", p.srcPort());
        n.put("dst", p.dst().toString());
        putInt(n, "dstPort", p.dstPort());
        n.put("protocol", p.protocol().label());
        if (p.icmpType() != null) {
            n.put("icmpType", p.icmpType());
            n.put("icmpCode", p.icmpCode());
        }
        return n;
    }

    private static void putInt(ObjectNode n, String field, Integer value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
