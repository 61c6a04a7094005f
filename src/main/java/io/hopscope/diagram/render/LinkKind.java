package io.hopscope.diagram.render;

/** Lines between items: a peering connection between VPCs, an outside endpoint's way in, a transit gateway attachment. */
public enum LinkKind {
    PEERING("peering-link"),
    ATTACHMENT("attachment-link"),
    TRANSIT("transit-link"),
    /** A load balancer's (or Lambda function's) card to another subnet it has a node interface in. */
    LB_NODE("lb-node-link"),
    /** A load balancer to a registered target, through a target group. */
    LB_TARGET("lb-target-link");

    private final String styleClass;

    LinkKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
