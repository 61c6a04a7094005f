package io.hopscope.model.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * An IPv4 or IPv6 address held as two longs so that matching against a {@link Cidr} is a couple of
 * shifts and compares (the engine re-traces on every keystroke). IPv4 lives in the low 32 bits of
 * {@code lo}. Parsing goes through the IPAddress library so that every textual form AWS emits is
 * understood.
 */
public record IpAddress(int version, long hi, long lo) implements Comparable<IpAddress> {

    public IpAddress {
        if (version != 4 && version != 6) {
            throw new IllegalArgumentException("IP version must be 4 or 6: " + version);
        }
        if (version == 4 && (hi != 0 || (lo >>> 32) != 0)) {
            throw new IllegalArgumentException("IPv4 address out of range");
        }
    }

    /** Parses an address; throws {@link IllegalArgumentException} with a readable reason. */
    public static IpAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty IP address");
        }
        String trimmed = text.trim();
        if (trimmed.indexOf('/') >= 0) {
            throw new IllegalArgumentException("'" + text + "' is a CIDR, not an address");
        }
        long v4 = Ipv4Text.parse(trimmed, 0, trimmed.length());
        if (v4 != Ipv4Text.OTHER) {
            return new IpAddress(4, 0, v4);
        }
        IPAddress address;
        try {
            address = new IPAddressString(trimmed).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        if (address == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        return of(address);
    }

    /** True when {@code text} parses as an address. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static IpAddress of(IPAddress address) {
        byte[] bytes = address.getBytes();
        if (address.isIPv4()) {
            long v = 0;
            for (byte b : bytes) {
                v = (v << 8) | (b & 0xFF);
            }
            return new IpAddress(4, 0, v);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (bytes[i] & 0xFF);
        }
        for (int i = 8; i < 16; i++) {
            lo = (lo << 8) | (bytes[i] & 0xFF);
        }
        return new IpAddress(6, hi, lo);
    }

    public static IpAddress ofIpv4(long value) {
        return new IpAddress(4, 0, value & 0xFFFF_FFFFL);
    }

    public boolean isIpv4() {
        return version == 4;
    }

    public boolean isIpv6() {
        return version == 6;
    }

    public int bitLength() {
        return version == 4 ? 32 : 128;
    }

    /** RFC 1918 private ranges and RFC 6598 shared space: the ranges an internet gateway refuses. */
    public boolean isPrivateIpv4() {
        return version == 4 && Cidr.PRIVATE_RANGES.stream().anyMatch(c -> c.contains(this));
    }

    /** The address {@code delta} places further on (IPv4 and the low 64 bits of IPv6). */
    public IpAddress plus(long delta) {
        if (version == 4) {
            return ofIpv4(lo + delta);
        }
        return new IpAddress(6, hi, lo + delta);
    }

    @Override
    public int compareTo(IpAddress other) {
        if (version != other.version) {
            return Integer.compare(version, other.version);
        }
        int c = Long.compareUnsigned(hi, other.hi);
        return c != 0 ? c : Long.compareUnsigned(lo, other.lo);
    }

    // equals/hashCode written out, as a record would generate them: see package-info.
    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && version == other.version && hi == other.hi && lo == other.lo;
    }

    @Override
    public int hashCode() {
        return (Integer.hashCode(version) * 31 + Long.hashCode(hi)) * 31 + Long.hashCode(lo);
    }

    @Override
    public String toString() {
        if (version == 4) {
            return ((lo >>> 24) & 0xFF) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "." + (lo & 0xFF);
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hi >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return new IPv6Address(bytes).toCompressedString();
    }
}
