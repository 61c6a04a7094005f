package io.hopscope.lab;

import io.hopscope.model.ResourceKind;

/**
 * A rule about how a lab may be solved, checked by comparing the attempt with the start: a
 * solution that makes the assertions hold by opening everything is not a solution.
 */
public sealed interface LabConstraint {

    /** The {@code kind} the file writes. */
    String wireName();

    /**
     * No network ACL allow entry or security group inbound rule for 0.0.0.0/0 or ::/0 that the
     * start did not have: the exam answer is never "open it to the world".
     */
    record NoWorldOpen() implements LabConstraint {
        public static final String WIRE = "no-world-open";

        @Override
        public String wireName() {
            return WIRE;
        }
    }

    /** No more resources of {@code resourceKind} than the start had (e.g. no second NAT gateway). */
    record NoNewResources(ResourceKind resourceKind) implements LabConstraint {
        public static final String WIRE = "no-new-resources";

        @Override
        public String wireName() {
            return WIRE;
        }
    }

    /**
     * At most {@code limit} rule changes: NACL entries, security group rules and routes added,
     * removed or changed (a replaced rule counts once), so the smallest fix is the one asked for.
     */
    record MaxRuleChanges(int limit) implements LabConstraint {
        public static final String WIRE = "max-rule-changes";

        @Override
        public String wireName() {
            return WIRE;
        }
    }

    /**
     * No network interface gains a public IPv4 address it did not have: private means private, and
     * a public IP on a private instance is the shortcut this kind of lab is about avoiding.
     */
    record NoNewPublicIps() implements LabConstraint {
        public static final String WIRE = "no-new-public-ips";

        @Override
        public String wireName() {
            return WIRE;
        }
    }
}
