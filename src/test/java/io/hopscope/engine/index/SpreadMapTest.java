package io.hopscope.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hopscope.model.net.IpAddress;
import org.junit.jupiter.api.Test;

class SpreadMapTest {

    @Test
    void findsEveryAddressOfAVpcWhoseHashesShareLowBits() {
        SpreadMap<IpAddress, String> map = new SpreadMap<>();
        for (int s = 0; s < 50; s++) {
            for (int h = 4; h < 30; h++) {
                map.put(IpAddress.parse("10.7." + s + "." + h), s + "/" + h);
            }
        }
        assertEquals(50 * 26, map.size());
        assertEquals("49/29", map.get(IpAddress.parse("10.7.49.29")));
        assertEquals("0/4", map.get(IpAddress.parse("10.7.0.4")));
        assertNull(map.get(IpAddress.parse("10.8.0.4")));
    }

    @Test
    void putIfAbsentKeepsTheFirstValueAsTheModelDoes() {
        SpreadMap<String, String> map = new SpreadMap<>();
        map.putIfAbsent("eni-1", "first");
        map.putIfAbsent("eni-1", "second");
        assertEquals("first", map.get("eni-1"));
        assertEquals(1, map.size());
    }

    @Test
    void nullKeyFindsNothingAndDefaultsApply() {
        SpreadMap<String, String> map = new SpreadMap<>();
        map.put("sg-1", "web");
        assertNull(map.get(null));
        assertEquals("none", map.getOrDefault("sg-2", "none"));
        assertEquals("made", map.computeIfAbsent("sg-3", k -> "made"));
        assertEquals("made", map.get("sg-3"));
    }
}
