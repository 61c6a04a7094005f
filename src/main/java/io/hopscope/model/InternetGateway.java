package io.hopscope.model;

/** An internet gateway attached to a VPC ({@code vpcId} null when detached) [IGW]. */
public record InternetGateway(String id, String name, String vpcId) implements Resource {

    public InternetGateway {
        name = name == null ? "" : name;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.INTERNET_GATEWAY;
    }
}
