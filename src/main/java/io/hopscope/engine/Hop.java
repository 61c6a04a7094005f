package io.hopscope.engine;

import java.util.List;

/**
 * One component the packet met and what it decided. {@code rule} is the deciding rule as the
 * CLI contract spells it (NACL number or "*", matched SG rule, "dest -> target" route), {@code code}
 * the closest Reachability Analyzer code on a blocking hop, {@code reason} the machine key of the
 * conformance vocabulary ("no-matching-rule", "no-route", the NACL number...), {@code groups} the
 * ENI's security groups when a security-group hop names the ENI because it has several.
 */
public record Hop(String componentId, String componentType, String name, String direction, Decision decision,
                  String rule, Packet packet, String code, String reason, List<String> groups,
                  String explanation) {

    public Hop {
        groups = groups == null ? List.of() : List.copyOf(groups);
        name = name == null ? "" : name;
    }

    public boolean blocks() {
        return decision.blocks();
    }
}
