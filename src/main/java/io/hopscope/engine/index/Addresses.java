package io.hopscope.engine.index;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

/**
 * Allocation-free block membership for the hot path: every hop tests addresses against many rule
 * and route blocks, and a trace runs on every keystroke.
 */
public final class Addresses {
    private Addresses() {
    }

    public static boolean contains(Cidr block, IpAddress ip) {
        if (block.version() != ip.version()) {
            return false;
        }
        int prefix = block.prefixLength();
        if (ip.version() == 4) {
            long mask = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
            return (ip.lo() & mask) == block.lo();
        }
        if (prefix == 0) {
            return true;
        }
        if (prefix <= 64) {
            long hiMask = prefix == 64 ? -1L : -1L << (64 - prefix);
            return (ip.hi() & hiMask) == block.hi();
        }
        long loMask = prefix == 128 ? -1L : -1L << (128 - prefix);
        return ip.hi() == block.hi() && (ip.lo() & loMask) == block.lo();
    }
}
