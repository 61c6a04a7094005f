package io.hopscope.model;

/**
 * A Direct Connect virtual interface (describe-virtual-interfaces): {@code type} private, transit or
 * public; a private one ends at a virtual private gateway ({@code vpnGatewayId}) or a Direct Connect
 * gateway. Only {@code available} interfaces carry traffic (rulebook 9).
 */
public record VirtualInterface(String id, String name, String type, String state, String vpnGatewayId,
                               String directConnectGatewayId, Integer vlan, Long asn) implements HybridResource {

    public VirtualInterface {
        name = name == null ? "" : name;
        type = type == null ? "private" : type;
        state = state == null ? "available" : state;
    }

    public boolean available() {
        return "available".equals(state);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VIRTUAL_INTERFACE;
    }
}
