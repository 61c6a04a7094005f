package io.hopscope.model;

/** A network ACL entry either allows or denies. */
public enum RuleAction {
    ALLOW, DENY;

    public String wireName() {
        return this == ALLOW ? "allow" : "deny";
    }
}
