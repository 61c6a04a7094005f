package io.hopscope.reach;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive range of addresses of one IP version, as unsigned 128-bit numbers (IPv4 in the low
 * 32 bits), so that prefixes and the atoms between cut points are the same kind of value.
 */
public record AddressRange(int version, long fromHi, long fromLo, long toHi, long toLo) {

    public static AddressRange of(Cidr c) {
        int bits = c.version() == 4 ? 32 : 128;
        int host = bits - c.prefixLength();
        long toHi = c.hi();
        long toLo = c.lo();
        if (c.version() == 4) {
            toLo = c.lo() | (host == 32 ? 0xFFFFFFFFL : ((1L << host) - 1));
        } else if (host >= 64) {
            toLo = -1L;
            toHi = c.hi() | (host == 128 ? -1L : ((1L << (host - 64)) - 1));
        } else if (host > 0) {
            toLo = c.lo() | ((1L << host) - 1);
        }
        return new AddressRange(c.version(), c.hi(), c.lo(), toHi, toLo);
    }

    public static AddressRange point(IpAddress ip) {
        return new AddressRange(ip.version(), ip.hi(), ip.lo(), ip.hi(), ip.lo());
    }

    public IpAddress first() {
        return new IpAddress(version, fromHi, fromLo);
    }

    public boolean contains(IpAddress ip) {
        return ip.version() == version && U128.cmp(fromHi, fromLo, ip.hi(), ip.lo()) <= 0
                && U128.cmp(ip.hi(), ip.lo(), toHi, toLo) <= 0;
    }

    public boolean containsRange(AddressRange o) {
        return o.version == version && U128.cmp(fromHi, fromLo, o.fromHi, o.fromLo) <= 0
                && U128.cmp(o.toHi, o.toLo, toHi, toLo) <= 0;
    }

    /** The intersection, or null when they do not overlap. */
    public AddressRange intersect(AddressRange o) {
        if (o.version != version) {
            return null;
        }
        boolean lowIsMine = U128.cmp(fromHi, fromLo, o.fromHi, o.fromLo) >= 0;
        long fh = lowIsMine ? fromHi : o.fromHi;
        long fl = lowIsMine ? fromLo : o.fromLo;
        boolean highIsMine = U128.cmp(toHi, toLo, o.toHi, o.toLo) <= 0;
        long th = highIsMine ? toHi : o.toHi;
        long tl = highIsMine ? toLo : o.toLo;
        return U128.cmp(fh, fl, th, tl) > 0 ? null : new AddressRange(version, fh, fl, th, tl);
    }

    /** The parts of this range outside {@code inner} (which must lie inside it): 0, 1 or 2 ranges. */
    public List<AddressRange> minus(AddressRange inner) {
        List<AddressRange> out = new ArrayList<>(2);
        if (U128.cmp(fromHi, fromLo, inner.fromHi, inner.fromLo) < 0) {
            long[] b = U128.dec(inner.fromHi, inner.fromLo);
            out.add(new AddressRange(version, fromHi, fromLo, b[0], b[1]));
        }
        if (U128.cmp(inner.toHi, inner.toLo, toHi, toLo) < 0) {
            long[] a = U128.inc(inner.toHi, inner.toLo);
            out.add(new AddressRange(version, a[0], a[1], toHi, toLo));
        }
        return out;
    }

    /** Whether {@code o} starts right after this range ends. */
    public boolean adjacentBefore(AddressRange o) {
        if (o.version != version || (toHi == U128.max(version)[0] && toLo == U128.max(version)[1])) {
            return false;
        }
        long[] next = U128.inc(toHi, toLo);
        return next[0] == o.fromHi && next[1] == o.fromLo;
    }

    /** The fewest CIDR blocks that cover exactly this range. */
    public List<Cidr> toCidrs() {
        List<Cidr> out = new ArrayList<>();
        int bits = version == 4 ? 32 : 128;
        long hi = fromHi;
        long lo = fromLo;
        while (true) {
            int size = Math.min(U128.trailingZeros(hi, lo, bits), bits);
            // Shrink the block until it ends inside the range.
            while (size > 0) {
                long[] end = U128.lastOfBlock(hi, lo, size);
                if (U128.cmp(end[0], end[1], toHi, toLo) <= 0) {
                    break;
                }
                size--;
            }
            out.add(new Cidr(version, hi, lo, bits - size));
            long[] end = U128.lastOfBlock(hi, lo, size);
            if (U128.cmp(end[0], end[1], toHi, toLo) >= 0) {
                return out;
            }
            long[] n = U128.inc(end[0], end[1]);
            hi = n[0];
            lo = n[1];
        }
    }

    @Override
    public String toString() {
        return first() + "-" + new IpAddress(version, toHi, toLo);
    }
}
