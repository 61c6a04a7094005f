package io.hopscope.testing.samples;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The windows-ephemeral-ports sample traces as its description says. */
class WindowsEphemeralSampleTest {
    private final Tracer tracer = new Tracer(SampleDiagrams.windowsEphemeralPorts().model());

    private Trace trace(String from, ClientProfile profile) {
        return tracer.trace(TraceQuery.of(from, WindowsEphemeralSample.DB, Protocol.TCP, 1433).withClientProfile(profile));
    }

    @Test
    void linuxClientIsReachableForItsWholeRange() {
        Trace t = trace(WindowsEphemeralSample.LINUX, null);
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertEquals("linux", t.sourcePorts().profile());
        assertTrue(t.sourcePorts().failing().isEmpty());
    }

    @Test
    void windowsClientIsPortDependentSplitByTheDbNacl() {
        Trace t = trace(WindowsEphemeralSample.WINDOWS, null);
        assertTrue(t.reachable(), "the shown packet, port 50000, gets through");
        assertEquals(Verdict.PORT_DEPENDENT, t.verdict());
        assertEquals(List.of("49152-61000"), t.sourcePorts().working().texts());
        assertEquals(List.of("61001-65535"), t.sourcePorts().failing().texts());
        assertEquals(WindowsEphemeralSample.DB_NACL, t.sourcePorts().decidedAt());
        assertEquals(Verdict.REACHABLE, trace(WindowsEphemeralSample.WINDOWS, ClientProfile.LINUX).verdict());
    }
}
