package io.hopscope.testing.samples;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.edit.ReplaceAclEntryEdit;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.AclEntry;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PORT_DEPENDENT trace offers to widen the NACL entry that splits the range, and only when that works. */
class PortRangeFixTest {

    private static Trace windowsTrace(Tracer tracer) {
        return tracer.trace(TraceQuery.of(WindowsEphemeralSample.WINDOWS, WindowsEphemeralSample.DB,
                io.hopscope.model.net.Protocol.TCP, 1433));
    }

    @Test
    void widensTheDbNaclReplyRuleToTheWholeEphemeralRangeAndTheTraceBecomesReachable() {
        Diagram d = SampleDiagrams.windowsEphemeralPorts();
        Tracer tracer = new Tracer(d.model());
        Trace t = windowsTrace(tracer);
        assertEquals(Verdict.PORT_DEPENDENT, t.verdict());
        List<Edit> fixes = tracer.portRangeFixes(t);
        assertEquals(1, fixes.size(), fixes.toString());
        ReplaceAclEntryEdit fix = (ReplaceAclEntryEdit) fixes.get(0);
        assertEquals(WindowsEphemeralSample.DB_NACL, fix.aclId());
        assertEquals(100, fix.ruleNumber());
        assertEquals(new PortRange(1024, 65535), fix.replacement().ports());
        assertTrue(fix.replacement().egress());
        Trace after = windowsTrace(new Tracer(fix.apply(d).model()));
        assertEquals(Verdict.REACHABLE, after.verdict());
    }

    @Test
    void noFixWhenALowerNumberedDenyStillCutsTheRange() {
        Diagram d = SampleDiagrams.windowsEphemeralPorts();
        var acl = d.model().networkAcl(WindowsEphemeralSample.DB_NACL);
        List<AclEntry> entries = new ArrayList<>(acl.entries());
        entries.add(new AclEntry(50, true, io.hopscope.model.net.Protocol.TCP, new PortRange(63000, 65535), null,
                Cidr.parse("10.20.1.0/24"), RuleAction.DENY));
        Tracer tracer = new Tracer(d.model().with(acl.withEntries(entries)));
        Trace t = windowsTrace(tracer);
        assertEquals(Verdict.PORT_DEPENDENT, t.verdict());
        assertEquals(List.of(), tracer.portRangeFixes(t));
    }

    @Test
    void reachableAndUnreachableTracesGetNoPortFix() {
        Tracer tracer = new Tracer(SampleDiagrams.windowsEphemeralPorts().model());
        Trace linux = tracer.trace(TraceQuery.of(WindowsEphemeralSample.LINUX, WindowsEphemeralSample.DB,
                io.hopscope.model.net.Protocol.TCP, 1433));
        assertEquals(Verdict.REACHABLE, linux.verdict());
        assertEquals(List.of(), tracer.portRangeFixes(linux));
    }
}
