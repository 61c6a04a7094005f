package io.hopscope.io.collect;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One read-only call: the IAM action it needs, the file it writes and the top-level key its records
 * go under, and its pages (a paginator makes one request per page, no more). A listing is one call
 * per Region and page. A per-parent call ({@link #parent}) is one call per record of an earlier
 * listing and page, since AWS answers it for one route table, load balancer or gateway at a time.
 * A {@code global} call reads an account-wide resource (Direct Connect gateways): it is made in the
 * first Region only.
 */
record CollectCall(String action, String file, String key, Parent parent, boolean global,
                   BiFunction<CollectClients, String, Iterable<?>> pages) {

    /**
     * The parents of a per-parent call: the records of the listing {@code listing}, each named by
     * its {@code idField}; the answer's records are its {@code member}. With {@code wrap} each
     * parent's records are written as one {@code {idField: id, member: [...]}} element (Batfish's
     * aggregates, e.g. {@code TransitGatewayPropagations}); without, they are listed flat.
     */
    record Parent(String listing, String idField, String member, boolean wrap, String noun) {
    }

    static CollectCall listing(String action, String file, String key, Function<CollectClients, Iterable<?>> pages) {
        return new CollectCall(action, file, key, null, false, (c, id) -> pages.apply(c));
    }

    static CollectCall perParent(String action, String file, String key, Parent parent,
                                 BiFunction<CollectClients, String, Iterable<?>> pages) {
        return new CollectCall(action, file, key, parent, false, pages);
    }

    CollectCall accountWide() {
        return new CollectCall(action, file, key, parent, true, pages);
    }

    /** The records of one answer (a page). */
    String member() {
        return parent == null ? key : parent.member();
    }
}
