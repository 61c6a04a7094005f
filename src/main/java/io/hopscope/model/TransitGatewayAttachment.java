package io.hopscope.model;

import java.util.List;

/**
 * One attachment of a transit gateway (rulebook 7.1): a VPC (with one attachment subnet per
 * Availability Zone), a VPN connection, a Direct Connect gateway or a peering with another transit
 * gateway ({@code resourceId} = the peer TGW, {@code peerAttachmentId} = the peer's side when
 * known). {@code routeTableId} is the associated TGW route table, null when not associated.
 * {@code creationTime} (ISO-8601 text, may be empty) decides which of two overlapping VPCs keeps
 * its propagated routes. {@code securityGroupReferencing} is the VPC attachment's
 * {@code Options.SecurityGroupReferencingSupport}: on unless the data says "disable" [TGWSGR], rulebook 7.8.
 */
public record TransitGatewayAttachment(String id, String name, String transitGatewayId, Type type, String resourceId,
                                       String state, String routeTableId, List<String> subnetIds,
                                       String peerAttachmentId, String creationTime, boolean securityGroupReferencing)
        implements TransitResource {

    /** What the attachment connects, with the ResourceType AWS writes. */
    public enum Type {
        VPC("vpc"), VPN("vpn"), DIRECT_CONNECT_GATEWAY("direct-connect-gateway"), PEERING("peering"),
        CONNECT("connect");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The type of an AWS ResourceType ("vpc", "tgw-peering" as some tools print it), or null. */
        public static Type ofWireName(String name) {
            if ("tgw-peering".equals(name)) {
                return PEERING;
            }
            for (Type t : values()) {
                if (t.wireName.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    public TransitGatewayAttachment {
        name = name == null ? "" : name;
        state = state == null || state.isEmpty() ? "available" : state;
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
        creationTime = creationTime == null ? "" : creationTime;
    }

    /** An attachment with the AWS default for security group referencing (enable, [TGWSGR]). */
    public TransitGatewayAttachment(String id, String name, String transitGatewayId, Type type, String resourceId,
                                    String state, String routeTableId, List<String> subnetIds, String peerAttachmentId,
                                    String creationTime) {
        this(id, name, transitGatewayId, type, resourceId, state, routeTableId, subnetIds, peerAttachmentId, creationTime,
                true);
    }

    /** Only an available attachment carries traffic (RA BAD_STATE_ATTACHMENT). */
    public boolean available() {
        return "available".equalsIgnoreCase(state);
    }

    public TransitGatewayAttachment withRouteTable(String tableId) {
        return new TransitGatewayAttachment(id, name, transitGatewayId, type, resourceId, state, tableId, subnetIds,
                peerAttachmentId, creationTime, securityGroupReferencing);
    }

    public TransitGatewayAttachment withSubnets(List<String> subnets) {
        return new TransitGatewayAttachment(id, name, transitGatewayId, type, resourceId, state, routeTableId, subnets,
                peerAttachmentId, creationTime, securityGroupReferencing);
    }

    public TransitGatewayAttachment withSecurityGroupReferencing(boolean on) {
        return new TransitGatewayAttachment(id, name, transitGatewayId, type, resourceId, state, routeTableId, subnetIds,
                peerAttachmentId, creationTime, on);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.TRANSIT_GATEWAY_ATTACHMENT;
    }
}
