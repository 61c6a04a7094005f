package io.hopscope.model;

/** A virtual private gateway: the VPC side of a VPN to an on-premises network. */
public record VpnGateway(String id, String name, String vpcId) implements Resource {

    public VpnGateway {
        name = name == null ? "" : name;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VPN_GATEWAY;
    }
}
