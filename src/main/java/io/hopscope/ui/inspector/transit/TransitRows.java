package io.hopscope.ui.inspector.transit;

/** The rows and choices the transit gateway panel shows; plain values, rebuilt after every edit. */
public final class TransitRows {

    private TransitRows() {
    }

    /** An entry of a pick list: the id an edit uses and what a person reads. */
    public record Pick(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One attachment of the gateway: what it joins, through which subnets, and its table. */
    public record Attachment(String id, String label, String joins, String subnets, String table, String state) {
    }

    /** One attachment as the selected route table sees it: associated with it, propagating into it. */
    public record Membership(String attachmentId, String label, boolean associated, boolean propagates) {
    }

    /** One static route of the selected table; {@code target} is the attachment or "blackhole". */
    public record StaticRoute(String destination, String target, boolean blackhole) {
    }

    /** The subnets of one Availability Zone a VPC attachment may use; the first is the default. */
    public record Zone(String zone, java.util.List<Pick> subnets) {
    }
}
