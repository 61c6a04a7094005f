package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.AddSecurityGroupRuleEdit;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The badges' recomputation alone, without a window: one rule edit on the 200-workload diagram,
 * timed on the calling thread. {@code mvn -B -o test -Dtest=ExposureRecomputeTimeTest -Dhopscope.perf=true}.
 */
@EnabledIfSystemProperty(named = "hopscope.perf", matches = "true")
class ExposureRecomputeTimeTest {

    @Test
    void oneRuleEditOnTwoHundredWorkloads() {
        Diagram d = ExposureDiagrams.generated(4);
        InternetExposure live = new InternetExposure();
        long t0 = System.nanoTime();
        Map<String, ExposureBadge> first = live.update(d.model(), () -> false);
        System.out.printf("first answer: %d badges, %d targets, %.0f ms%n", first.size(), live.lastRecomputed(), (System.nanoTime() - t0) / 1e6);
        assertEquals(200, first.size());
        List<Double> ms = new ArrayList<>();
        Diagram base = d;
        for (int i = 0; i < 40; i++) {
            String sg = ExposureDiagrams.sg(i % 4, i % 5);
            Diagram edited = i % 2 == 0
                    ? new AddSecurityGroupRuleEdit(sg, true, new SgRule(Protocol.TCP, new PortRange(8080, 8080), null,
                            SgPeer.cidr(Cidr.parse("0.0.0.0/0")), "")).apply(base)
                    : new RemoveSecurityGroupRuleEdit(sg, true, 0).apply(base);
            long s = System.nanoTime();
            Map<String, ExposureBadge> badges = live.update(edited.model(), () -> false);
            ms.add((System.nanoTime() - s) / 1e6);
            assertEquals(1, live.lastRecomputed(), "one answer serves the ten alike interfaces of the edited group");
            assertEquals(200 - (i % 2 == 0 ? 0 : PER_SG * (i % 5 % 2 == 0 ? 0 : 1)), badges.size());
            live.update(base.model(), () -> false);
        }
        Collections.sort(ms);
        // The box is shared and loaded: a concrete trace timed in the same run is the yardstick.
        io.hopscope.engine.walk.Tracer tracer = new io.hopscope.engine.walk.Tracer(d.model());
        io.hopscope.engine.TraceQuery q = io.hopscope.engine.TraceQuery.of("203.0.113.10", "i-1-1-1", Protocol.TCP, 443);
        List<Double> traces = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            long s = System.nanoTime();
            tracer.trace(q);
            traces.add((System.nanoTime() - s) / 1e3);
        }
        Collections.sort(traces);
        double trace = traces.get(traces.size() / 2);
        System.out.printf("baseline: one concrete trace p50 %.1f µs; the edit's p50 is %.0f traces%n", trace,
                ms.get(ms.size() / 2) * 1000 / trace);
        System.out.printf("after one rule edit (%d runs): p50 %.1f ms, p90 %.1f ms, max %.1f ms%n", ms.size(),
                ms.get(ms.size() / 2), ms.get(ms.size() * 9 / 10), ms.get(ms.size() - 1));
    }

    private static final int PER_SG = ExposureDiagrams.PER_SUBNET;
}
