package io.hopscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpAddressTest {

    @Test
    void printsCanonicalForms() {
        assertEquals("10.0.1.10", IpAddress.parse("10.0.1.10").toString());
        assertEquals("2001:db8::10", IpAddress.parse("2001:0db8:0000:0000:0000:0000:0000:0010").toString());
    }

    @Test
    void ordersNumericallyWithinAVersion() {
        assertTrue(IpAddress.parse("10.0.0.9").compareTo(IpAddress.parse("10.0.0.10")) < 0);
        assertTrue(IpAddress.parse("255.0.0.0").compareTo(IpAddress.parse("1.0.0.0")) > 0);
    }

    @Test
    void refusesCidrsAndGarbage() {
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("10.0.0.0/24"));
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("10.0.0.256"));
        assertFalse(IpAddress.isValid("web-1"));
    }

    @Test
    void plusStepsThroughABlock() {
        assertEquals(IpAddress.parse("10.0.1.4"), Cidr.parse("10.0.1.0/24").addressAt(4));
    }
}
