package io.hopscope.ui.reach;

import io.hopscope.engine.Verdict;
import java.util.List;

/**
 * One shape's internet-exposure badge: its text, with the ports that open only for some client
 * ports marked {@code *} and those the model cannot decide marked {@code ?} ("tcp 443,8080* ·
 * udp 53?"); its level, the most certain of what it shows (REACHABLE, else PORT_DEPENDENT, else
 * UNKNOWN); and why: each network ACL that lets the reply through to only some client ports (or
 * some ports a NAT gateway picks), with those ports, and each component the model could not evaluate.
 */
public record ExposureBadge(String text, Verdict level, String reachable, String portDependent, String unknown,
                            List<String> portLimits, List<String> unknownAt) {

    public ExposureBadge {
        portLimits = List.copyOf(portLimits);
        unknownAt = List.copyOf(unknownAt);
    }

    /** The style class that makes a port-dependent or unknown badge look different. */
    public String styleClass() {
        return "exposure-badge-" + level.name();
    }
}
