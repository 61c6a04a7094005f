package io.hopscope.diagram.render;

/** Lines between items: a peering connection between VPCs, an outside endpoint's way in, a VPN, a Direct Connect association. */
public enum LinkKind {
    PEERING("peering-link"),
    ATTACHMENT("attachment-link"),
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
