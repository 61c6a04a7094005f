package io.hopscope.model.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of ports 0-65535 kept as sorted, disjoint, non-adjacent ranges, so that "which
 * of the client's 30,000 possible source ports does this NACL admit" is a handful of interval
 * operations, not a loop over the ports. Stored as one int array {from0, to0, from1, to1, ...}.
 */
public final class PortSet {
    public static final PortSet EMPTY = new PortSet(new int[0]);
    public static final PortSet ALL = of(PortRange.ALL);

    private final int[] bounds;

    private PortSet(int[] bounds) {
        this.bounds = bounds;
    }

    public static PortSet of(PortRange range) {
        return new PortSet(new int[] {range.from(), range.to()});
    }

    public static PortSet single(int port) {
        return of(PortRange.single(port));
    }

    /** The union of the given ranges, in any order, overlapping or not. */
    public static PortSet ofRanges(List<PortRange> ranges) {
        PortSet s = EMPTY;
        for (PortRange r : ranges) {
            s = s.union(of(r));
        }
        return s;
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    /** Whether any port of {@code r} is in the set; allocates nothing (the NACL scan asks it per rule). */
    public boolean intersects(PortRange r) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] <= r.to() && r.from() <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(int port) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (port >= bounds[i] && port <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** How many ports the set holds. */
    public int size() {
        int n = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            n += bounds[i + 1] - bounds[i] + 1;
        }
        return n;
    }

    public List<PortRange> ranges() {
        List<PortRange> out = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new PortRange(bounds[i], bounds[i + 1]));
        }
        return out;
    }

    public PortSet intersect(PortSet o) {
        if (isEmpty() || o.isEmpty()) {
            return EMPTY;
        }
        if (o == this) {
            return this;
        }
        if (bounds.length == 2 && o.bounds.length == 2) {
            return intersectRange(o.bounds[0], o.bounds[1], o);
        }
        int[] out = new int[bounds.length + o.bounds.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < o.bounds.length) {
            int lo = Math.max(bounds[i], o.bounds[j]);
            int hi = Math.min(bounds[i + 1], o.bounds[j + 1]);
            if (lo <= hi) {
                out[n++] = lo;
                out[n++] = hi;
            }
            if (bounds[i + 1] < o.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return make(out, n);
    }

    public PortSet intersect(PortRange r) {
        return bounds.length == 2 ? intersectRange(r.from(), r.to(), null) : intersect(of(r));
    }

    /**
     * This one-range set cut to from-to, reusing this set (or {@code other}, the set from-to stands
     * for) when the cut changes nothing: the per-hop port verdicts mostly intersect a range with one
     * that holds it, and allocated on every trace for it.
     */
    private PortSet intersectRange(int from, int to, PortSet other) {
        int lo = Math.max(bounds[0], from);
        int hi = Math.min(bounds[1], to);
        if (lo > hi) {
            return EMPTY;
        }
        if (lo == bounds[0] && hi == bounds[1]) {
            return this;
        }
        return other != null && lo == from && hi == to ? other : new PortSet(new int[] {lo, hi});
    }

    public PortSet union(PortSet o) {
        if (isEmpty()) {
            return o;
        }
        if (o.isEmpty()) {
            return this;
        }
        int[] out = new int[bounds.length + o.bounds.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < bounds.length || j < o.bounds.length) {
            int lo;
            int hi;
            if (j >= o.bounds.length || (i < bounds.length && bounds[i] <= o.bounds[j])) {
                lo = bounds[i];
                hi = bounds[i + 1];
                i += 2;
            } else {
                lo = o.bounds[j];
                hi = o.bounds[j + 1];
                j += 2;
            }
            if (n > 0 && lo <= out[n - 1] + 1) {
                out[n - 1] = Math.max(out[n - 1], hi);
            } else {
                out[n++] = lo;
                out[n++] = hi;
            }
        }
        return make(out, n);
    }

    /** The ports of this set that are not in {@code o}. */
    public PortSet minus(PortSet o) {
        if (o == this || isEmpty()) {
            return EMPTY;
        }
        if (o.isEmpty()) {
            return this;
        }
        if (bounds.length == 2 && o.bounds.length == 2) {
            // One range minus one range: the part below, the part above, or both.
            int from = bounds[0];
            int to = bounds[1];
            if (o.bounds[1] < from || o.bounds[0] > to) {
                return this;
            }
            boolean below = o.bounds[0] > from;
            boolean above = o.bounds[1] < to;
            if (below && above) {
                return new PortSet(new int[] {from, o.bounds[0] - 1, o.bounds[1] + 1, to});
            }
            return below ? new PortSet(new int[] {from, o.bounds[0] - 1})
                    : above ? new PortSet(new int[] {o.bounds[1] + 1, to}) : EMPTY;
        }
        return intersect(o.complement());
    }

    /** Every port 0-65535 not in this set. */
    public PortSet complement() {
        int[] out = new int[bounds.length + 2];
        int n = 0;
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                out[n++] = next;
                out[n++] = bounds[i] - 1;
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= 65535) {
            out[n++] = next;
            out[n++] = 65535;
        }
        return make(out, n);
    }

    public boolean containsAll(PortSet o) {
        return o.minus(this).isEmpty();
    }

    private static PortSet make(int[] out, int n) {
        return n == 0 ? EMPTY : new PortSet(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** "49152-61000", "40000", or several joined with ", "; "none" when empty. */
    public List<String> texts() {
        return ranges().stream().map(PortRange::toString).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet s && Arrays.equals(bounds, s.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return isEmpty() ? "none" : String.join(", ", texts());
    }
}
