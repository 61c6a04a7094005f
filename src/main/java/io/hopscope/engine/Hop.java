package io.hopscope.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One component the packet met and what it decided. {@code rule} is the deciding rule as the
 * CLI contract spells it (NACL number or "*", matched SG rule, "dest -> target" route), {@code code}
 * the closest Reachability Analyzer code on a blocking hop, {@code reason} the machine key of the
 * conformance vocabulary ("no-matching-rule", "no-route", the NACL number...), {@code groups} the
 * ENI's security groups when a security-group hop names the ENI because it has several.
 *
 * <p>A value with the accessors of a record, but not a record: the explanation may be given as a
 * supplier and is only written out when someone reads it. The editor re-traces on every keystroke
 * and most hops' sentences are never shown, so building them eagerly was most of a trace's cost.
 */
public final class Hop {
    private final String componentId;
    private final String componentType;
    private final String name;
    private final String direction;
    private final Decision decision;
    private final String rule;
    private final Packet packet;
    private final String code;
    private final String reason;
    private final List<String> groups;
    private Supplier<String> pending;
    // Written at most once with an immutable String: a racing second reader at worst builds it again.
    private String explanation;

    public Hop(String componentId, String componentType, String name, String direction, Decision decision,
               String rule, Packet packet, String code, String reason, List<String> groups, String explanation) {
        this(componentId, componentType, name, direction, decision, rule, packet, code, reason, groups,
                (Supplier<String>) null);
        this.explanation = explanation;
    }

    /** As the main constructor, the explanation built by {@code explanation} on first read. */
    public Hop(String componentId, String componentType, String name, String direction, Decision decision,
               String rule, Packet packet, String code, String reason, List<String> groups,
               Supplier<String> explanation) {
        this.componentId = componentId;
        this.componentType = componentType;
        this.name = name == null ? "" : name;
        this.direction = direction;
        this.decision = decision;
        this.rule = rule;
        this.packet = packet;
        this.code = code;
        this.reason = reason;
        this.groups = groups == null ? List.of() : List.copyOf(groups);
        this.pending = explanation;
    }

    public String componentId() {
        return componentId;
    }

    public String componentType() {
        return componentType;
    }

    public String name() {
        return name;
    }

    public String direction() {
        return direction;
    }

    public Decision decision() {
        return decision;
    }

    public String rule() {
        return rule;
    }

    public Packet packet() {
        return packet;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public List<String> groups() {
        return groups;
    }

    public String explanation() {
        String text = explanation;
        if (text == null) {
            Supplier<String> s = pending;
            if (s == null) {
                return null;
            }
            text = s.get();
            explanation = text;
            pending = null;
        }
        return text;
    }

    public boolean blocks() {
        return decision.blocks();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Hop h && Objects.equals(componentId, h.componentId)
                && Objects.equals(componentType, h.componentType) && name.equals(h.name)
                && Objects.equals(direction, h.direction) && decision == h.decision && Objects.equals(rule, h.rule)
                && Objects.equals(packet, h.packet) && Objects.equals(code, h.code) && Objects.equals(reason, h.reason)
                && groups.equals(h.groups) && Objects.equals(explanation(), h.explanation()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(componentId, componentType, name, direction, decision, rule, packet, code, reason, groups,
                explanation());
    }

    @Override
    public String toString() {
        return "Hop[componentId=" + componentId + ", componentType=" + componentType + ", name=" + name
                + ", direction=" + direction + ", decision=" + decision + ", rule=" + rule + ", packet=" + packet
                + ", code=" + code + ", reason=" + reason + ", groups=" + groups + ", explanation=" + explanation() + "]";
    }
}
