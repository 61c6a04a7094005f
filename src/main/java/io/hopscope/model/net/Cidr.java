package io.hopscope.model.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/**
 * An IPv4 or IPv6 block. The network address is kept with its host bits cleared, so two blocks
 * written differently ("10.0.1.7/24" and "10.0.1.0/24") are equal, as AWS treats them.
 */
public record Cidr(int version, long hi, long lo, int prefixLength) implements Comparable<Cidr> {

    public static final Cidr ANY_IPV4 = parse("0.0.0.0/0");
    public static final Cidr ANY_IPV6 = parse("::/0");

    /** RFC 1918 and RFC 6598 (carrier-grade NAT): never routable through an internet gateway. */
    public static final List<Cidr> PRIVATE_RANGES = List.of(
            parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"), parse("100.64.0.0/10"));

    public Cidr {
        int bits = version == 4 ? 32 : 128;
        if (version != 4 && version != 6) {
            throw new IllegalArgumentException("IP version must be 4 or 6: " + version);
        }
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " out of range for IPv" + version);
        }
        long[] masked = mask(version, hi, lo, prefixLength);
        hi = masked[0];
        lo = masked[1];
    }

    /** Parses "a.b.c.d/n" or "x:y::/n"; throws {@link IllegalArgumentException} with a readable reason. */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty CIDR");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length (expected e.g. 10.0.0.0/16)");
        }
        String prefixText = trimmed.substring(slash + 1);
        if (prefixText.isEmpty() || prefixText.length() > 3 || !digits(prefixText)) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
        }
        long v4 = Ipv4Text.parse(trimmed, 0, slash);
        if (v4 != Ipv4Text.OTHER && Integer.parseInt(prefixText) <= 32) {
            return new Cidr(4, 0, v4, Integer.parseInt(prefixText));
        }
        IPAddress address;
        try {
            address = new IPAddressString(trimmed.substring(0, slash)).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid CIDR block");
        }
        if (address == null) {
            throw new IllegalArgumentException("'" + text + "' is not a valid CIDR block");
        }
        int prefix = Integer.parseInt(prefixText);
        IpAddress ip = IpAddress.of(address);
        if (prefix > ip.bitLength()) {
            throw new IllegalArgumentException("'" + text + "' has prefix /" + prefix
                    + ", more than the " + ip.bitLength() + " bits of an IPv" + ip.version() + " address");
        }
        return new Cidr(ip.version(), ip.hi(), ip.lo(), prefix);
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} parses as a CIDR block. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the text carries host bits past the prefix ("10.0.1.7/24"), which AWS rejects for subnets. */
    public static boolean hasHostBits(String text) {
        Cidr cidr = parse(text);
        IpAddress written = IpAddress.parse(text.trim().substring(0, text.trim().indexOf('/')));
        return written.hi() != cidr.hi || written.lo() != cidr.lo;
    }

    public static Cidr host(IpAddress address) {
        return new Cidr(address.version(), address.hi(), address.lo(), address.bitLength());
    }

    public boolean isIpv4() {
        return version == 4;
    }

    public boolean isIpv6() {
        return version == 6;
    }

    public IpAddress network() {
        return new IpAddress(version, hi, lo);
    }

    public boolean contains(IpAddress address) {
        if (address.version() != version) {
            return false;
        }
        long[] masked = mask(version, address.hi(), address.lo(), prefixLength);
        return masked[0] == hi && masked[1] == lo;
    }

    public boolean contains(Cidr other) {
        return other.version == version && other.prefixLength >= prefixLength && contains(other.network());
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** Number of addresses, capped at Long.MAX_VALUE for big IPv6 blocks. */
    public long size() {
        int hostBits = (version == 4 ? 32 : 128) - prefixLength;
        return hostBits >= 63 ? Long.MAX_VALUE : 1L << hostBits;
    }

    /** The address at {@code offset} inside this block (offset 0 is the network address). */
    public IpAddress addressAt(long offset) {
        return network().plus(offset);
    }

    @Override
    public int compareTo(Cidr other) {
        int c = network().compareTo(other.network());
        return c != 0 ? c : Integer.compare(prefixLength, other.prefixLength);
    }

    // equals/hashCode written out, as a record would generate them: see package-info.
    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && version == other.version && hi == other.hi && lo == other.lo
                && prefixLength == other.prefixLength;
    }

    @Override
    public int hashCode() {
        return ((Integer.hashCode(version) * 31 + Long.hashCode(hi)) * 31 + Long.hashCode(lo)) * 31
                + Integer.hashCode(prefixLength);
    }

    @Override
    public String toString() {
        return network() + "/" + prefixLength;
    }

    private static long[] mask(int version, long hi, long lo, int prefix) {
        if (version == 4) {
            long m = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
            return new long[] {0, lo & m};
        }
        long hiMask;
        long loMask;
        if (prefix == 0) {
            hiMask = 0;
            loMask = 0;
        } else if (prefix < 64) {
            hiMask = -1L << (64 - prefix);
            loMask = 0;
        } else if (prefix == 64) {
            hiMask = -1L;
            loMask = 0;
        } else if (prefix < 128) {
            hiMask = -1L;
            loMask = -1L << (128 - prefix);
        } else {
            hiMask = -1L;
            loMask = -1L;
        }
        return new long[] {hi & hiMask, lo & loMask};
    }
}
