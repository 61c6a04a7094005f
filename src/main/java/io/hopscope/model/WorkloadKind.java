package io.hopscope.model;

/** The workloads people draw: each owns one or more network interfaces. */
public enum WorkloadKind {
    EC2("ec2"),
    RDS("rds"),
    LAMBDA("lambda"),
    LOAD_BALANCER("load-balancer"),
    BASTION("bastion"),
    ELASTICACHE("elasticache");

    private final String wireName;

    WorkloadKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static WorkloadKind fromWireName(String name) {
        for (WorkloadKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown workload kind '" + name + "'");
    }
}
