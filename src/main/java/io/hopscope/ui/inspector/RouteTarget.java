package io.hopscope.ui.inspector;

import io.hopscope.model.RouteTargetKind;

/** A route target the table offers: its kind and id, and "igw-0a (shop-igw)" for people. */
public record RouteTarget(RouteTargetKind kind, String id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
