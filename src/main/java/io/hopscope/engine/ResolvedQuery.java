package io.hopscope.engine;

import io.hopscope.model.ClientProfile;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

/**
 * The query after resolution: endpoint ids and labels, the addresses and ports the packet carries,
 * the client's possible ephemeral range, and where the source port came from
 * ({@code sourcePortOrigin}: "query" or e.g. "linux client default (range 32768-60999)"), and the
 * client profile that gave the range ({@code profile}).
 */
public record ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                            IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                            Integer icmpType, Integer icmpCode, String sourcePortOrigin, PortRange clientPorts,
                            ClientProfile profile) {

    public ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                         IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                         Integer icmpType, Integer icmpCode, String sourcePortOrigin, PortRange clientPorts) {
        this(from, fromLabel, to, toLabel, protocol, sourceIp, destinationIp, sourcePort, destinationPort, icmpType,
                icmpCode, sourcePortOrigin, clientPorts, null);
    }

    /**
     * The source ports the verdict covers: the pinned {@code --source-port} alone, else the profile's
     * range; null for a protocol without ports.
     */
    public PortRange sourcePortRange() {
        if (sourcePort == null) {
            return null;
        }
        return "query".equals(sourcePortOrigin) ? PortRange.single(sourcePort) : clientPorts;
    }

    public boolean sourcePortDefaulted() {
        return sourcePort != null && !"query".equals(sourcePortOrigin);
    }
}
