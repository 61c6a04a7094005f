package io.hopscope.diagram.render;

/** How the canvas draws a resource: containers, cards, edge icons, outside icons, notes. */
public enum ItemKind {
    VPC("vpc"),
    SUBNET("subnet"),
    WORKLOAD("workload"),
    GATEWAY("gateway"),
    EXTERNAL("external"),
    /** An interface no workload or NAT gateway owns (a load balancer node, a Lambda ENI): a small card. */
    INTERFACE("interface"),
    NOTE("note");

    private final String styleClass;

    ItemKind(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The CSS style class every node of this kind carries. */
    public String styleClass() {
        return styleClass;
    }
}
