package io.hopscope.diagram.render;

/** Lines between items: a peering connection between VPCs, or an outside endpoint's way in. */
public enum LinkKind {
    PEERING("peering-link"),
    ATTACHMENT("attachment-link");

    private final String styleClass;

    LinkKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
