package io.hopscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtocolAndPortsTest {

    @Test
    void allProtocolRuleMatchesEveryPacketButTcpRuleOnlyTcp() {
        assertTrue(Protocol.ALL.matches(new Protocol(47)));
        assertTrue(Protocol.TCP.matches(Protocol.parse("6")));
        assertFalse(Protocol.TCP.matches(Protocol.UDP));
    }

    @Test
    void parsesNamesAndNumbers() {
        assertEquals(Protocol.ICMPV6, Protocol.parse("icmpv6"));
        assertEquals(Protocol.ALL, Protocol.parse("-1"));
        assertEquals("47", Protocol.parse("47").label());
        assertThrows(IllegalArgumentException.class, () -> Protocol.parse("256"));
        assertThrows(IllegalArgumentException.class, () -> Protocol.parse("tcpp"));
    }

    @Test
    void portRangesAreInclusiveAndBounded() {
        PortRange ephemeral = PortRange.parse("1024-65535");
        assertTrue(ephemeral.contains(1024));
        assertTrue(ephemeral.contains(65535));
        assertFalse(ephemeral.contains(1023));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(10, 5));
        assertThrows(IllegalArgumentException.class, () -> PortRange.single(70000));
    }

    @Test
    void icmpAnyMatchesEveryTypeAndCode() {
        assertTrue(IcmpMatch.ANY.matches(8, 0));
        assertTrue(new IcmpMatch(8, -1).matches(8, 3));
        assertFalse(new IcmpMatch(0, -1).matches(8, 0));
    }
}
