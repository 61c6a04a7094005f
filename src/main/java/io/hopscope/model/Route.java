package io.hopscope.model;

import io.hopscope.model.net.Cidr;

/**
 * One route: a destination (a CIDR, or a prefix list id such as a gateway endpoint's
 * {@code pl-63a5400a}), a target, and whether it is active or a blackhole [RT].
 * Exactly one of {@code destination} and {@code prefixListId} is set.
 */
public record Route(Cidr destination, String prefixListId, RouteTargetKind targetKind, String targetId,
                    boolean blackhole, boolean propagated) {

    public Route {
        if ((destination == null) == (prefixListId == null)) {
            throw new IllegalArgumentException("a route has exactly one destination: a CIDR or a prefix list");
        }
        if (targetKind == null) {
            throw new IllegalArgumentException("a route needs a target");
        }
        if (targetKind == RouteTargetKind.LOCAL) {
            targetId = "local";
        }
    }

    public static Route local(Cidr cidr) {
        return new Route(cidr, null, RouteTargetKind.LOCAL, "local", false, false);
    }

    public static Route to(Cidr cidr, RouteTargetKind kind, String targetId) {
        return new Route(cidr, null, kind, targetId, false, false);
    }

    public static Route toPrefixList(String prefixListId, RouteTargetKind kind, String targetId) {
        return new Route(null, prefixListId, kind, targetId, false, false);
    }

    public Route asBlackhole() {
        return new Route(destination, prefixListId, targetKind, targetId, true, propagated);
    }

    /** The destination as written: the CIDR or the prefix list id. */
    public String destinationText() {
        return destination != null ? destination.toString() : prefixListId;
    }

    /** "10.0.0.0/16 -> local", the form the CLI and the trace panel show. */
    @Override
    public String toString() {
        return destinationText() + " -> " + targetId + (blackhole ? " (blackhole)" : "");
    }
}
