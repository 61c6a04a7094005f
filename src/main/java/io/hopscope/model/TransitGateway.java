package io.hopscope.model;

/**
 * A transit gateway: a Regional router between its attachments [TGW]. {@code securityGroupReferencing}
 * is {@code Options.SecurityGroupReferencingSupport} (off unless the data says "enable", [TGWSGR]).
 */
public record TransitGateway(String id, String name, String region, boolean securityGroupReferencing)
        implements TransitResource {

    public TransitGateway {
        name = name == null ? "" : name;
        region = region == null ? "" : region;
    }

    @Override
    public String transitGatewayId() {
        return id;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.TRANSIT_GATEWAY;
    }
}
