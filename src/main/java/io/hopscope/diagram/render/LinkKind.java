package io.hopscope.diagram.render;

/** Lines between items: a peering connection between VPCs, an outside endpoint's way in, a transit gateway attachment. */
public enum LinkKind {
    PEERING("peering-link"),
    ATTACHMENT("attachment-link"),
    TRANSIT("transit-link");

    private final String styleClass;

    LinkKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
