package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.testing.samples.SampleTrace.Direction;
import io.hopscope.testing.samples.SampleTrace.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected traces name things that exist in their sample, and each sample shows a pass and a block. */
class SampleTraceExpectationsTest {

    @Test
    void everyEndpointAndBlockerOfAnExpectationExistsInItsSample() {
        for (SampleTrace t : SampleTraceExpectations.all()) {
            NetworkModel m = SampleDiagrams.all().get(t.sample()).get().model();
            for (String ref : List.of(t.from(), t.to())) {
                boolean named = m.loadBalancing().stream().anyMatch(r -> r.name().equals(ref));
                assertTrue(m.find(ref).isPresent() || named || IpAddress.isValid(ref), t.label() + ": unknown " + ref);
            }
            if (t.blockedAt() != null) {
                assertTrue(m.find(t.blockedAt()).isPresent(), t.label() + ": unknown blocker " + t.blockedAt());
            }
            t.via().forEach(v -> assertTrue(m.find(v).isPresent(), t.label() + ": unknown hop " + v));
            if (t.destinationIp() != null) {
                IpAddress ip = IpAddress.parse(t.destinationIp());
                boolean named = m.find(t.to()).isPresent() || m.loadBalancing().stream().anyMatch(r -> r.name().equals(t.to()));
                assertTrue(m.networkInterfaces().stream().anyMatch(e -> ip.equals(e.publicIp()) && named),
                        t.label() + ": no interface has public IP " + ip);
            }
        }
    }

    @Test
    void everySampleShowsATraceThatWorks() {
        for (String sample : SampleDiagrams.all().keySet()) {
            List<SampleTrace> traces = SampleTraceExpectations.forSample(sample);
            assertFalse(traces.isEmpty(), sample);
            assertTrue(traces.stream().anyMatch(t -> t.forward() == Verdict.ALLOW), sample + " has no working trace");
        }
    }

    @Test
    void everySampleExceptTheHappyPathOnesShowsItsTrapAsABlockedTrace() {
        for (String sample : SampleDiagrams.all().keySet()) {
            assertTrue(SampleTraceExpectations.forSample(sample).stream().anyMatch(t -> t.blockedAt() != null),
                    sample + " shows no blocked trace");
        }
    }

    @Test
    void brokenReturnIsAllowedForwardAndDeniedOnTheWayBackAtTheDbNaclFinalRule() {
        Ec2ToRdsSample x = Ec2ToRdsSample.brokenReturn();
        SampleTrace t = SampleTraceExpectations.forSample("ec2-to-rds-broken-return").get(0);
        assertEquals(List.of(x.webInstance, x.db, 3306), List.of(t.from(), t.to(), t.port()));
        assertEquals(List.of(Verdict.ALLOW, Verdict.DENY, Direction.RETURN, x.dbNacl, "*"),
                List.of(t.forward(), t.reply(), t.blockedDirection(), t.blockedAt(), t.rule()));
    }
}
