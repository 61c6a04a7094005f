package io.hopscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void hostBitsAreClearedSoEquivalentBlocksAreEqual() {
        assertEquals(Cidr.parse("10.0.1.0/24"), Cidr.parse("10.0.1.77/24"));
        assertTrue(Cidr.hasHostBits("10.0.1.77/24"));
        assertFalse(Cidr.hasHostBits("10.0.1.0/24"));
    }

    @Test
    void containsAddressesOfItsOwnVersionOnly() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertTrue(vpc.contains(IpAddress.parse("10.0.255.1")));
        assertFalse(vpc.contains(IpAddress.parse("10.1.0.1")));
        assertFalse(Cidr.ANY_IPV4.contains(IpAddress.parse("2001:db8::1")));
        assertTrue(Cidr.ANY_IPV6.contains(IpAddress.parse("2001:db8::1")));
    }

    @Test
    void ipv6PrefixesAcrossTheSixtyFourBitBoundary() {
        Cidr c = Cidr.parse("2001:db8:1234:5600::/56");
        assertTrue(c.contains(IpAddress.parse("2001:db8:1234:56ff::1")));
        assertFalse(c.contains(IpAddress.parse("2001:db8:1234:5700::1")));
        Cidr c96 = Cidr.parse("2001:db8::aaaa:0:0/96");
        assertTrue(c96.contains(IpAddress.parse("2001:db8::aaaa:1:2")));
        assertFalse(c96.contains(IpAddress.parse("2001:db8::aaab:1:2")));
        assertEquals("2001:db8:1234:5600::/56", c.toString());
    }

    @Test
    void nestingAndOverlap() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        Cidr subnet = Cidr.parse("10.0.1.0/24");
        assertTrue(vpc.contains(subnet));
        assertFalse(subnet.contains(vpc));
        assertTrue(subnet.overlaps(vpc));
        assertFalse(subnet.overlaps(Cidr.parse("10.0.2.0/24")));
    }

    @Test
    void impossibleBlocksAreRefusedWithAReason() {
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertTrue(tooLong.getMessage().contains("/33"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.300.0/24"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/-1"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("banana/8"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(""));
    }

    @Test
    void privateRangesAreRfc1918AndRfc6598() {
        assertTrue(IpAddress.parse("10.1.2.3").isPrivateIpv4());
        assertTrue(IpAddress.parse("172.31.0.1").isPrivateIpv4());
        assertTrue(IpAddress.parse("192.168.0.1").isPrivateIpv4());
        assertTrue(IpAddress.parse("100.64.0.1").isPrivateIpv4());
        assertFalse(IpAddress.parse("203.0.113.10").isPrivateIpv4());
        assertFalse(IpAddress.parse("172.32.0.1").isPrivateIpv4());
    }
}
