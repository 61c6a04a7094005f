package io.hopscope.model;

import java.util.List;

/** A network ACL: default or custom, its associated subnets and numbered entries [NACL]. */
public record NetworkAcl(String id, String name, String vpcId, boolean isDefault, List<String> subnetIds,
                         List<AclEntry> entries) implements Resource {

    public NetworkAcl {
        name = name == null ? "" : name;
        subnetIds = List.copyOf(subnetIds);
        entries = List.copyOf(entries);
    }

    public List<AclEntry> inbound() {
        return entries.stream().filter(e -> !e.egress()).toList();
    }

    public List<AclEntry> outbound() {
        return entries.stream().filter(AclEntry::egress).toList();
    }

    public NetworkAcl withEntries(List<AclEntry> newEntries) {
        return new NetworkAcl(id, name, vpcId, isDefault, subnetIds, newEntries);
    }

    public NetworkAcl withSubnetIds(List<String> newSubnetIds) {
        return new NetworkAcl(id, name, vpcId, isDefault, newSubnetIds, entries);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.NETWORK_ACL;
    }
}
