package io.hopscope.model;

import java.util.List;

/** A security group: allow-only inbound and outbound rules, stateful [SG][SGR]. */
public record SecurityGroup(String id, String name, String vpcId, String description, List<SgRule> inbound,
                            List<SgRule> outbound) implements Resource {

    public SecurityGroup {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    public SecurityGroup withInbound(List<SgRule> rules) {
        return new SecurityGroup(id, name, vpcId, description, rules, outbound);
    }

    public SecurityGroup withOutbound(List<SgRule> rules) {
        return new SecurityGroup(id, name, vpcId, description, inbound, rules);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SECURITY_GROUP;
    }
}
