package io.hopscope.engine;

import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

/**
 * The query after resolution: endpoint ids and labels, the addresses and ports the packet carries,
 * the client's possible ephemeral range, and where the source port came from
 * ({@code sourcePortOrigin}: "query" or e.g. "linux client default (range 32768-60999)").
 */
public record ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                            IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                            Integer icmpType, Integer icmpCode, String sourcePortOrigin, PortRange clientPorts) {

    public boolean sourcePortDefaulted() {
        return sourcePort != null && !"query".equals(sourcePortOrigin);
    }
}
