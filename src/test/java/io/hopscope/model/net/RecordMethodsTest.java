package io.hopscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The values whose equals and hashCode are written out (see package-info) give what a record with the
 * same components would generate, so hash orders, and so outputs, are those of the records before.
 */
class RecordMethodsTest {

    private record IpShape(int version, long hi, long lo) {
    }

    private record CidrShape(int version, long hi, long lo, int prefixLength) {
    }

    private record ProtocolShape(int number) {
    }

    private record PortRangeShape(int from, int to) {
    }

    private final Random random = new Random(20261203);

    @Test
    void addressesHashAndCompareAsRecords() {
        for (int i = 0; i < 2_000; i++) {
            IpAddress a = i % 2 == 0 ? new IpAddress(4, 0, random.nextLong() >>> 32) : new IpAddress(6, random.nextLong(), random.nextLong());
            assertEquals(new IpShape(a.version(), a.hi(), a.lo()).hashCode(), a.hashCode(), a.toString());
            assertEquals(a, new IpAddress(a.version(), a.hi(), a.lo()));
            assertNotEquals(a, new IpAddress(6, a.hi(), a.lo() ^ 1));
            assertNotEquals(a, (Object) a.toString());
        }
        assertNotEquals(IpAddress.parse("10.0.0.1"), IpAddress.parse("::ffff:10.0.0.1"));
    }

    @Test
    void blocksHashAndCompareAsRecords() {
        for (int i = 0; i < 2_000; i++) {
            Cidr c = i % 2 == 0
                    ? Cidr.parse(IpAddress.ofIpv4(random.nextLong() >>> 32) + "/" + random.nextInt(33))
                    : Cidr.parse(new IpAddress(6, random.nextLong(), random.nextLong()) + "/" + random.nextInt(129));
            assertEquals(new CidrShape(c.version(), c.hi(), c.lo(), c.prefixLength()).hashCode(), c.hashCode(), c.toString());
            assertEquals(c, Cidr.parse(c.toString()));
        }
        assertNotEquals(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.0.0/17"));
        assertEquals(Cidr.parse("10.0.1.7/24"), Cidr.parse("10.0.1.0/24"));
    }

    @Test
    void protocolsAndPortRangesHashAndCompareAsRecords() {
        for (int n = -1; n <= 255; n++) {
            assertEquals(new ProtocolShape(n).hashCode(), new Protocol(n).hashCode());
            assertEquals(new Protocol(n), new Protocol(n));
        }
        assertNotEquals(Protocol.TCP, Protocol.UDP);
        for (int i = 0; i < 2_000; i++) {
            int from = random.nextInt(65536);
            int to = from + random.nextInt(65536 - from);
            PortRange r = new PortRange(from, to);
            assertEquals(new PortRangeShape(from, to).hashCode(), r.hashCode(), r.toString());
            assertEquals(r, PortRange.parse(r.toString()));
        }
        assertNotEquals(new PortRange(1, 2), new PortRange(1, 3));
    }
}
