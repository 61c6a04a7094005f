package io.hopscope.check.rule;

import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds overlapping CIDR blocks in O(n log n) by sorting instead of comparing every pair. Two
 * CIDR blocks are either nested or disjoint, so after sorting by network address (bigger block
 * first on a tie, then by the caller's order) a block overlaps an earlier one exactly when it lies
 * inside the last block that was not itself inside another: its "cover".
 */
final class CidrSweep {

    /** A block with the thing it belongs to and that thing's place in the caller's order. */
    record Entry<T>(Cidr cidr, T owner, int order) {
    }

    /** A block found inside an earlier one ({@code cover}), the pair to report. */
    record Overlap<T>(Entry<T> inner, Entry<T> cover) {
    }

    private CidrSweep() {
    }

    /** Every block that overlaps an earlier one, each once, paired with the block that covers it. */
    static <T> List<Overlap<T>> overlaps(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.<Entry<T>, Cidr>comparing(Entry::cidr).thenComparingInt(Entry::order));
        List<Overlap<T>> found = new ArrayList<>();
        Entry<T> cover = null;
        for (Entry<T> e : sorted) {
            if (cover != null && cover.cidr().contains(e.cidr())) {
                found.add(new Overlap<>(e, cover));
            } else {
                cover = e;
            }
        }
        return found;
    }

    /** The blocks that lie in no other block, sorted: disjoint, so a binary search finds a container. */
    static List<Cidr> outermost(List<Cidr> blocks) {
        List<Cidr> sorted = new ArrayList<>(blocks);
        sorted.sort(null);
        List<Cidr> out = new ArrayList<>();
        for (Cidr c : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether {@code cidr} lies inside one of {@code outermost} (as returned by {@link #outermost}). */
    static boolean inside(Cidr cidr, List<Cidr> outermost) {
        int lo = 0;
        int hi = outermost.size() - 1;
        Cidr candidate = null;
        // The last block whose network is at or before cidr's is the only one that can contain it.
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Cidr c = outermost.get(mid);
            if (c.network().compareTo(cidr.network()) <= 0) {
                candidate = c;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate != null && candidate.contains(cidr);
    }
}
