package io.hopscope.model;

/**
 * A VPC endpoint is a gateway endpoint (route table target), an interface endpoint (ENIs), or a
 * Gateway Load Balancer endpoint: a route target that hands the packet to an appliance fleet whose
 * policy is not in the data, so a trace reaching it is UNKNOWN (rulebook 12).
 */
public enum EndpointType {
    GATEWAY("gateway"), INTERFACE("interface"), GATEWAY_LOAD_BALANCER("gateway-load-balancer");

    private final String wireName;

    EndpointType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
