package io.hopscope.reach;

/** Unsigned 128-bit arithmetic on (hi, lo) pairs, the form {@link io.hopscope.model.net.IpAddress} keeps. */
final class U128 {
    private U128() {
    }

    static int cmp(long aHi, long aLo, long bHi, long bLo) {
        int c = Long.compareUnsigned(aHi, bHi);
        return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
    }

    static long[] inc(long hi, long lo) {
        return lo == -1L ? new long[] {hi + 1, 0} : new long[] {hi, lo + 1};
    }

    static long[] dec(long hi, long lo) {
        return lo == 0 ? new long[] {hi - 1, -1L} : new long[] {hi, lo - 1};
    }

    /** The highest address of a version. */
    static long[] max(int version) {
        return version == 4 ? new long[] {0, 0xFFFFFFFFL} : new long[] {-1L, -1L};
    }

    /** How many low bits are zero (capped at {@code bits}): the largest aligned block starting here. */
    static int trailingZeros(long hi, long lo, int bits) {
        if (lo != 0) {
            return Math.min(Long.numberOfTrailingZeros(lo), bits);
        }
        if (bits <= 64) {
            return bits;
        }
        return hi == 0 ? 128 : 64 + Long.numberOfTrailingZeros(hi);
    }

    /** The last address of the aligned block of 2^size addresses starting at (hi, lo). */
    static long[] lastOfBlock(long hi, long lo, int size) {
        if (size == 0) {
            return new long[] {hi, lo};
        }
        if (size < 64) {
            return new long[] {hi, lo | ((1L << size) - 1)};
        }
        if (size == 64) {
            return new long[] {hi, -1L};
        }
        return new long[] {size == 128 ? -1L : hi | ((1L << (size - 64)) - 1), -1L};
    }
}
