package io.hopscope.engine;

import io.hopscope.edit.Edit;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A component that blocks the flow, found by evaluating on as if every earlier blocker had allowed,
 * with the smallest changes that would make it pass ({@code fixes} may be empty when no single
 * configuration change helps, e.g. peering is not transitive). {@code onReply} tells the direction.
 *
 * <p>The accessors of a record, but the fixes may be given as a supplier and are only worked out
 * when someone reads them, like a {@link Hop}'s explanation: the editor re-traces on every
 * keystroke, and finding the fix (the peer's group, a free rule number) was a tenth of a trace.
 */
public final class Blocker {
    private final Hop hop;
    private final boolean onReply;
    private Supplier<List<Edit>> pending;
    // Written at most once with an immutable list: a racing second reader at worst works it out again.
    private List<Edit> fixes;

    public Blocker(Hop hop, boolean onReply, List<Edit> fixes) {
        this.hop = Objects.requireNonNull(hop, "hop");
        this.onReply = onReply;
        this.fixes = List.copyOf(fixes);
    }

    private Blocker(Hop hop, boolean onReply, Supplier<List<Edit>> fixes) {
        this.hop = Objects.requireNonNull(hop, "hop");
        this.onReply = onReply;
        this.pending = fixes;
    }

    /** A blocker whose fixes {@code fixes} suggests on first read. */
    public static Blocker withFixesLater(Hop hop, boolean onReply, Supplier<List<Edit>> fixes) {
        return new Blocker(hop, onReply, fixes);
    }

    public Hop hop() {
        return hop;
    }

    public boolean onReply() {
        return onReply;
    }

    public List<Edit> fixes() {
        List<Edit> list = fixes;
        if (list == null) {
            list = List.copyOf(pending.get());
            fixes = list;
            pending = null;
        }
        return list;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Blocker b && onReply == b.onReply && hop.equals(b.hop)
                && fixes().equals(b.fixes()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(hop, onReply, fixes());
    }

    @Override
    public String toString() {
        return "Blocker[hop=" + hop + ", onReply=" + onReply + ", fixes=" + fixes() + "]";
    }
}
