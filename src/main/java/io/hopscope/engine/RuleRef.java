package io.hopscope.engine;

import java.util.Objects;

/**
 * Where a hop's decision lives, so the inspector, the fixes and the exports find the exact row
 * instead of matching rule texts: the resource that holds the rule list ({@code resourceId}: the
 * group whose rule matched even when the hop names the interface, the ACL, the route table), the
 * list ({@code direction}: inbound = ingress, outbound = egress; null for routes) and the row.
 *
 * <p>{@code index} is the row's position in the model's list (security group rules, routes) and
 * {@code number} a NACL entry's rule number; -1 when not applicable. {@link Kind} says what the hop
 * met when no row decided: no rule matched, the NACL's final "*" rule, connection tracking, or a
 * component without rules (gateways, whose own fields and checks decide).
 */
public record RuleRef(Kind kind, String resourceId, Direction direction, int index, int number) {

    public enum Kind {
        /** A row of the list decided. */
        RULE,
        /** Nothing in the list matched: a security group's implicit deny, a route table's missing route. */
        NO_MATCHING_RULE,
        /** A NACL's final "*" deny that every list ends with. */
        DEFAULT_RULE,
        /** A reply passed a security group by connection tracking, whatever its rules say. */
        TRACKED_CONNECTION,
        /** The component has no rule list: a gateway, peering, subnet or VPC decided by its own state. */
        COMPONENT
    }

    public RuleRef {
        Objects.requireNonNull(kind, "kind");
    }

    /** A security group rule: position {@code index} of the group's inbound or outbound list. */
    public static RuleRef sgRule(String groupId, Direction direction, int index) {
        return new RuleRef(Kind.RULE, groupId, direction, index, -1);
    }

    /** A NACL entry by its rule number, at {@code index} of the model's list. */
    public static RuleRef aclEntry(String aclId, Direction direction, int index, int number) {
        return new RuleRef(Kind.RULE, aclId, direction, index, number);
    }

    /** A route: position {@code index} of the table's routes. */
    public static RuleRef route(String tableId, int index) {
        return new RuleRef(Kind.RULE, tableId, null, index, -1);
    }

    public static RuleRef noMatchingRule(String resourceId, Direction direction) {
        return new RuleRef(Kind.NO_MATCHING_RULE, resourceId, direction, -1, -1);
    }

    public static RuleRef defaultRule(String aclId, Direction direction) {
        return new RuleRef(Kind.DEFAULT_RULE, aclId, direction, -1, -1);
    }

    public static RuleRef tracked(String resourceId, Direction direction) {
        return new RuleRef(Kind.TRACKED_CONNECTION, resourceId, direction, -1, -1);
    }

    public static RuleRef component(String componentId, Direction direction) {
        return new RuleRef(Kind.COMPONENT, componentId, direction, -1, -1);
    }

    /** A row of a list decided (as opposed to no row, the default rule, tracking or a rule-less component). */
    public boolean isRow() {
        return kind == Kind.RULE;
    }
}
