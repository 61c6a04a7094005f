package io.hopscope.model;

/** What a security group rule's source (inbound) or destination (outbound) names [SGR]. */
public enum SgPeerKind {
    CIDR("cidr"), SECURITY_GROUP("security-group"), PREFIX_LIST("prefix-list");

    private final String wireName;

    SgPeerKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
