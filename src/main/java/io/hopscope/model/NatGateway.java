package io.hopscope.model;

import io.hopscope.model.net.IpAddress;

/**
 * A NAT gateway in a subnet. Public NATs carry an elastic IP and send through the subnet's
 * internet gateway; private NATs have none. {@code state} is the API state ("available", ...).
 */
public record NatGateway(String id, String name, String subnetId, boolean publicConnectivity, IpAddress privateIp,
                         IpAddress elasticIp, String networkInterfaceId, String state) implements Resource {

    public NatGateway {
        name = name == null ? "" : name;
        state = state == null ? "available" : state;
    }

    public boolean isAvailable() {
        return "available".equals(state);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.NAT_GATEWAY;
    }
}
