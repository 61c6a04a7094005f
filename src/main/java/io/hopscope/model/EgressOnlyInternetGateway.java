package io.hopscope.model;

/** An egress-only internet gateway: IPv6 outbound and replies only [EIGW]. */
public record EgressOnlyInternetGateway(String id, String name, String vpcId) implements Resource {

    public EgressOnlyInternetGateway {
        name = name == null ? "" : name;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY;
    }
}
