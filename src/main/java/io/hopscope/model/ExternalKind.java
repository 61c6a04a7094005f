package io.hopscope.model;

/** Endpoints outside the VPCs. */
public enum ExternalKind {
    INTERNET("internet"), AWS_SERVICE("aws-service"), ON_PREMISES("on-premises");

    private final String wireName;

    ExternalKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ExternalKind fromWireName(String name) {
        for (ExternalKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown external kind '" + name + "'");
    }
}
