package io.hopscope.model;

/** elbv2 {@code TargetType}: how a target group names its targets. */
public enum TargetType {
    INSTANCE("instance"), IP("ip"), LAMBDA("lambda"), ALB("alb");

    private final String wireName;

    TargetType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static TargetType fromWireName(String name) {
        for (TargetType t : values()) {
            if (t.wireName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
