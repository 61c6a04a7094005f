package io.hopscope.ui.reach;

import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a shape's {@link ExposureBadge} from its interfaces' answers, and says why an exposure is
 * port-dependent: a network ACL is stateless, so the reply must match an outbound rule for the
 * client's own port (or the port a NAT gateway picked), and when its rules cover only some of
 * those ports, the connection works only for the clients that happen to pick one of them
 * (VPC User Guide, "Network ACLs": ephemeral ports).
 */
final class ExposureWhy {
    private ExposureWhy() {
    }

    /** Adds "acl-…: 1024-65535" for each ACL of {@code trace} that lets only some client (or NAT) ports through. */
    static void portLimits(Trace trace, Set<String> out) {
        List<PortOutcome> outcomes = new ArrayList<>();
        if (trace.sourcePorts() != null) {
            outcomes.add(trace.sourcePorts());
        }
        if (trace.translatedPorts() != null) {
            outcomes.addAll(trace.translatedPorts());
        }
        for (PortOutcome o : outcomes) {
            if (!o.allWork() && o.decidedAt() != null) {
                out.add(o.decidedAt() + ": " + (o.working().isEmpty() ? "-" : String.join(",", o.working().texts())));
            }
        }
    }

    static ExposureBadge badge(List<InternetExposure.Answer> answers) {
        Set<String> reachable = new LinkedHashSet<>();
        Set<String> portDependent = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> limits = new LinkedHashSet<>();
        Set<String> unknownAt = new LinkedHashSet<>();
        for (InternetExposure.Answer a : answers) {
            reachable.addAll(a.reachable());
            portDependent.addAll(a.portDependent());
            unknown.addAll(a.unknown());
            limits.addAll(a.portLimits());
            unknownAt.addAll(a.unknownAt());
        }
        Set<String> shown = new LinkedHashSet<>(reachable);
        portDependent.forEach(o -> shown.add(marked(o, "*")));
        unknown.forEach(o -> shown.add(marked(o, "?")));
        Verdict level = !reachable.isEmpty() ? Verdict.REACHABLE : !portDependent.isEmpty() ? Verdict.PORT_DEPENDENT : Verdict.UNKNOWN;
        return new ExposureBadge(InternetExposure.text(shown), level, text(reachable), text(portDependent), text(unknown),
                List.copyOf(limits), List.copyOf(unknownAt));
    }

    private static String text(Set<String> openings) {
        return openings.isEmpty() ? "" : InternetExposure.text(openings);
    }

    /** "tcp 80,443" marked "*" is "tcp 80*,443*"; "icmp" is "icmp*". */
    static String marked(String opening, String mark) {
        int sp = opening.indexOf(' ');
        if (sp < 0) {
            return opening + mark;
        }
        List<String> ports = new ArrayList<>();
        for (String p : opening.substring(sp + 1).split(",")) {
            ports.add(p + mark);
        }
        return opening.substring(0, sp) + " " + String.join(",", ports);
    }
}
