package io.hopscope.model;

/** A VPC endpoint is either a gateway endpoint (route table target) or an interface endpoint (ENIs). */
public enum EndpointType {
    GATEWAY("gateway"), INTERFACE("interface");

    private final String wireName;

    EndpointType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
