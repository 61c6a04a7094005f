package io.hopscope.engine;

import io.hopscope.model.net.PortSet;

/**
 * Which ports of a range get a connection through: the client's source ports ({@code at} null,
 * {@code profile} the client profile) or the ports a NAT gateway picks ({@code at} its id).
 * {@code working} and {@code failing} partition {@code range}; {@code decidedAt} is the network ACL
 * whose rule splits it (null when nothing does).
 */
public record PortOutcome(String at, String profile, PortSet range, PortSet working, PortSet failing,
                          String decidedAt) {

    public boolean allWork() {
        return failing.isEmpty();
    }
}
