package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The placeholder fields seen so far and the addresses handed out, as the mapping relies on them. */
class TfPlaceholderBookkeepingTest {

    @Test
    void aFieldIsNewOncePerIdAndAnIdMayHaveSeveral() {
        TfPlaceholderFields fields = new TfPlaceholderFields(2);
        assertTrue(fields.add("eni-1", "primary interface id"));
        assertTrue(fields.add("eni-1", "private address, assigned at apply"));
        assertTrue(fields.add("eni-1", "public address, assigned at apply"));
        assertFalse(fields.add("eni-1", "private address, assigned at apply"));
        assertFalse(fields.add("eni-1", "primary interface id"));
        assertTrue(fields.add("eni-2", "primary interface id"));
        assertFalse(fields.add("eni-2", "primary interface id"));
    }

    @Test
    void addressesSkipTheReservedOnesAndEveryAddressInUseOfAnyVersion() {
        TfAddresses addresses = new TfAddresses();
        addresses.take("10.0.1.5");
        addresses.take("2001:db8::5");
        addresses.take("not an address");
        assertEquals("10.0.1.4", addresses.allocate("subnet-a", "10.0.1.0/24"));
        assertEquals("10.0.1.6", addresses.allocate("subnet-a", "10.0.1.0/24"));
        // Another subnet with the same block (an overlapping VPC) does not reuse an address handed out.
        assertEquals("10.0.1.7", addresses.allocate("subnet-b", "10.0.1.0/24"));
        assertNull(addresses.allocate("subnet-c", "2001:db8::/64"));
    }

    @Test
    void aFullSubnetHasNoAddressLeft() {
        TfAddresses addresses = new TfAddresses();
        // A /28 has 16 addresses: 4 reserved at the start and the broadcast one at the end leave 11.
        for (int i = 4; i < 15; i++) {
            assertEquals("10.0.0." + i, addresses.allocate("subnet-a", "10.0.0.0/28"));
        }
        assertNull(addresses.allocate("subnet-a", "10.0.0.0/28"));
        assertEquals("198.51.100.10", addresses.allocatePublic());
    }

    @Test
    void publicAddressesGoOnFromTheBenchmarkingBlockAndEndWithNull() {
        TfAddresses addresses = new TfAddresses();
        addresses.take("198.51.100.11");
        Set<String> seen = new HashSet<>();
        String last = null;
        for (String ip = addresses.allocatePublic(); ip != null; ip = addresses.allocatePublic()) {
            assertTrue(seen.add(ip), ip + " handed out twice");
            last = ip;
        }
        // 198.51.100.10-254 without .11, then 198.18.0.10-198.19.255.254.
        assertEquals(244 + (131_072 - 11), seen.size());
        assertTrue(seen.contains("198.51.100.254"));
        assertFalse(seen.contains("198.51.100.11"));
        assertTrue(seen.contains("198.18.0.10"));
        assertEquals("198.19.255.254", last);
        assertNull(addresses.allocatePublic());
    }
}
