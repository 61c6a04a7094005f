package io.hopscope.ui.inspector;

import io.hopscope.model.Resource;

/**
 * One tab of the inspector for a kind of resource ("Inbound" of a security group): which resources
 * it shows for, its id (tests and {@link InspectorViewModel#tabForDirection} find it by id) and the
 * message key of its title. Registered with {@link InspectorEditors}; holds no view.
 */
public record InspectorSection(Class<? extends Resource> kind, String id, String titleKey) {

    /** Ids of the rule-list tabs: a trace hop's or a problem's direction opens one of them. */
    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";
    public static final String ROUTES = "routes";
    /** A load balancer's target groups: a target-group hop opens it at its group. */
    public static final String TARGET_GROUPS = "target-groups";

    public boolean showsFor(Resource r) {
        return kind.isInstance(r);
    }
}
