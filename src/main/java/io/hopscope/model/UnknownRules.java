package io.hopscope.model;

/**
 * One side of a rule set whose content a Terraform plan does not know yet (for example a security
 * group whose {@code ingress} is "known after apply"), with the rules known so far left in the
 * model. {@code why} says where the gap comes from, for the hop's explanation.
 */
public record UnknownRules(String resourceId, Side side, String address, String why) {

    /** Inbound or outbound rules of a group or ACL, or the routes of a route table. */
    public enum Side {
        INBOUND, OUTBOUND, ROUTES;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
