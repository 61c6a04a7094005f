package io.hopscope.model.net;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortSetTest {

    private static PortSet set(String... ranges) {
        return PortSet.ofRanges(List.of(ranges).stream().map(PortRange::parse).toList());
    }

    @Test
    void windowsRangeAgainstTheLinuxReturnRuleSplitsAt61000() {
        PortSet windows = set("49152-65535");
        PortSet rule = set("32768-61000");
        assertEquals(List.of("49152-61000"), windows.intersect(rule).texts());
        assertEquals(List.of("61001-65535"), windows.minus(rule).texts());
    }

    @Test
    void unionMergesOverlappingAndAdjacentRanges() {
        assertEquals(List.of("1-20", "30-40"), set("10-20", "1-9", "30-35", "33-40").texts());
        assertEquals(List.of("0-65535"), set("0-100", "101-65535").texts());
    }

    @Test
    void complementAndMinusCoverTheEdges() {
        assertEquals(List.of("1-65535"), set("0").complement().texts());
        assertEquals(List.of("0-65534"), set("65535").complement().texts());
        assertTrue(PortSet.ALL.complement().isEmpty());
        assertEquals(PortSet.ALL, PortSet.EMPTY.complement());
        assertEquals(List.of("1024-32767"), set("1024-65535").minus(set("32768-65535")).texts());
    }

    @Test
    void singlePortsPrintAsOneNumber() {
        assertEquals("40000", PortSet.single(40000).toString());
        assertEquals("none", PortSet.EMPTY.toString());
        assertEquals(1, PortSet.single(40000).size());
        assertEquals(65536, PortSet.ALL.size());
    }

    @Test
    void operationsAgreeWithAPortByPortModel() {
        Random rnd = new Random(42);
        for (int round = 0; round < 200; round++) {
            boolean[] a = new boolean[65536];
            boolean[] b = new boolean[65536];
            PortSet sa = randomSet(rnd, a);
            PortSet sb = randomSet(rnd, b);
            PortSet inter = sa.intersect(sb);
            PortSet union = sa.union(sb);
            PortSet minus = sa.minus(sb);
            for (int p = 0; p < 65536; p += 7) {
                assertEquals(a[p] && b[p], inter.contains(p));
                assertEquals(a[p] || b[p], union.contains(p));
                assertEquals(a[p] && !b[p], minus.contains(p));
            }
            assertTrue(union.containsAll(sa));
            assertTrue(sa.containsAll(inter));
            assertFalse(!minus.isEmpty() && sb.containsAll(minus) && !minus.intersect(sb).isEmpty());
        }
    }

    private static PortSet randomSet(Random rnd, boolean[] mark) {
        PortSet s = PortSet.EMPTY;
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            int from = rnd.nextInt(65536);
            int to = Math.min(65535, from + rnd.nextInt(20000));
            s = s.union(PortSet.of(new PortRange(from, to)));
            for (int p = from; p <= to; p++) {
                mark[p] = true;
            }
        }
        return s;
    }
}
