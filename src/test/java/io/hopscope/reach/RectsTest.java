package io.hopscope.reach;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A group set's rectangles joined from each group's ({@link Rects#concat}) narrow every box exactly as
 * rectangles built from all the set's rules in one go: the narrowing is greedy, rule by rule, so the
 * order of the rules (group by group, and by first address among the narrow ones) must be the same.
 */
class RectsTest {
    private static final ProtocolClass TCP = new ProtocolClass(6, false, List.of());

    @Test
    void joinedGroupsNarrowLikeOneBuilderOverAllTheirRules() {
        Random random = new Random(16);
        int boxes = 0;
        for (int set = 0; set < 200; set++) {
            List<Rects> parts = new ArrayList<>();
            Rects.Builder whole = new Rects.Builder();
            for (int g = 0, groups = 1 + random.nextInt(4); g < groups; g++) {
                Rects.Builder part = new Rects.Builder();
                for (int r = 0, rules = random.nextInt(30); r < rules; r++) {
                    Cidr cidr = randomCidr(random);
                    int from = random.nextInt(4) * 1000;
                    PortRange ports = new PortRange(from, from + random.nextInt(3) * 500);
                    part.rule(Protocol.TCP, ports, null, cidr);
                    whole.rule(Protocol.TCP, ports, null, cidr);
                }
                parts.add(part.build());
            }
            Rects joined = Rects.concat(parts);
            Rects built = whole.build();
            for (int b = 0; b < 50; b++, boxes++) {
                Box box = randomBox(random);
                assertEquals(built.narrow(box), joined.narrow(box), "set " + set + ", " + box);
            }
        }
        assertEquals(10_000, boxes);
    }

    /** Blocks on a few /8s so that rules share first addresses, narrow ones (host, /24) and wide ones alike. */
    private static Cidr randomCidr(Random random) {
        int len = List.of(32, 32, 24, 24, 16, 8, 0).get(random.nextInt(7));
        long a = (10L + random.nextInt(3)) << 24 | (long) random.nextInt(4) << 16 | (long) random.nextInt(4) << 8
                | random.nextInt(4);
        long mask = len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
        long n = a & mask;
        return Cidr.parse((n >> 24) + "." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255) + "/" + len);
    }

    private static Box randomBox(Random random) {
        long from = (10L + random.nextInt(3)) << 24 | (long) random.nextInt(4) << 16 | random.nextInt(1 << 10);
        long to = Math.min(0xFFFF_FFFFL, from + random.nextInt(1 << 20));
        int pf = random.nextInt(4000);
        return new Box(new AddressRange(4, 0, from, 0, to), TCP, pf, pf + random.nextInt(3000));
    }
}
