package io.hopscope.model;

import io.hopscope.model.net.IpAddress;

/**
 * The on-premises side of a Site-to-Site VPN (describe-customer-gateways): the device's public
 * address and BGP ASN. {@code cidrs} are the on-premises networks a diagram draws behind it; an
 * import leaves them empty (AWS does not know them; the VPN's routes do).
 */
public record CustomerGateway(String id, String name, IpAddress ipAddress, Long bgpAsn, String state,
                              java.util.List<io.hopscope.model.net.Cidr> cidrs) implements HybridResource {

    public CustomerGateway {
        name = name == null ? "" : name;
        state = state == null ? "available" : state;
        cidrs = cidrs == null ? java.util.List.of() : java.util.List.copyOf(cidrs);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.CUSTOMER_GATEWAY;
    }
}
