package io.hopscope.diagram.render;

/**
 * Lines between items: a peering connection between VPCs, an outside endpoint's way in, a transit
 * gateway attachment, load balancer links, a VPN, a Direct Connect association.
 */
public enum LinkKind {
    PEERING("peering-link"),
    ATTACHMENT("attachment-link"),
    TRANSIT("transit-link"),
    /** A load balancer's (or Lambda function's) card to another subnet it has a node interface in. */
    LB_NODE("lb-node-link"),
    /** A load balancer to a registered target, through a target group. */
    LB_TARGET("lb-target-link"),
    /** A Site-to-Site VPN connection, from its AWS gateway to its customer gateway (rulebook 8). */
    VPN("vpn-link"),
    /** A Direct Connect gateway's association with a virtual private or transit gateway (rulebook 9). */
    DIRECT_CONNECT("direct-connect-link");

    private final String styleClass;

    LinkKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
