package io.hopscope.model;

/**
 * A peering connection between two VPCs. {@code status} is the API status code
 * ("active", "pending-acceptance", ...); only an active connection carries traffic [PCX].
 */
public record VpcPeeringConnection(String id, String name, String requesterVpcId, String accepterVpcId,
                                   String requesterRegion, String accepterRegion, String status)
        implements Resource {

    public VpcPeeringConnection {
        name = name == null ? "" : name;
        requesterRegion = requesterRegion == null ? "" : requesterRegion;
        accepterRegion = accepterRegion == null ? "" : accepterRegion;
        status = status == null ? "active" : status;
    }

    public boolean isActive() {
        return "active".equals(status);
    }

    public boolean isSameRegion() {
        return requesterRegion.isEmpty() || accepterRegion.isEmpty() || requesterRegion.equals(accepterRegion);
    }

    /** The VPC on the other side of {@code vpcId}, or null when this connection does not touch it. */
    public String peerOf(String vpcId) {
        if (vpcId.equals(requesterVpcId)) {
            return accepterVpcId;
        }
        if (vpcId.equals(accepterVpcId)) {
            return requesterVpcId;
        }
        return null;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VPC_PEERING_CONNECTION;
    }
}
