package io.hopscope.engine;

import io.hopscope.model.ClientProfile;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The query after resolution: endpoint ids and labels, the addresses and ports the packet carries,
 * the client's possible ephemeral range, and where the source port came from
 * ({@code sourcePortOrigin}: "query" or e.g. "linux client default (range 32768-60999)"), and the
 * client profile that gave the range ({@code profile}).
 *
 * <p>The accessors of a record, but a defaulted port's origin may be given as a supplier and is
 * only written when read (the writers read it; the walk never does): building "linux client
 * default for ec2 web-1 (...)" was a tenth of a trace.
 */
public final class ResolvedQuery {
    private static final String PINNED = "query";

    private final String from;
    private final String fromLabel;
    private final String to;
    private final String toLabel;
    private final Protocol protocol;
    private final IpAddress sourceIp;
    private final IpAddress destinationIp;
    private final Integer sourcePort;
    private final Integer destinationPort;
    private final Integer icmpType;
    private final Integer icmpCode;
    private final PortRange clientPorts;
    private final ClientProfile profile;
    private final boolean pinned;
    private Supplier<String> pendingOrigin;
    // Written at most once with an immutable String: a racing second reader at worst builds it again.
    private String sourcePortOrigin;

    public ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                         IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                         Integer icmpType, Integer icmpCode, String sourcePortOrigin, PortRange clientPorts,
                         ClientProfile profile) {
        this(from, fromLabel, to, toLabel, protocol, sourceIp, destinationIp, sourcePort, destinationPort, icmpType,
                icmpCode, PINNED.equals(sourcePortOrigin), null, clientPorts, profile);
        this.sourcePortOrigin = sourcePortOrigin;
    }

    public ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                         IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                         Integer icmpType, Integer icmpCode, String sourcePortOrigin, PortRange clientPorts) {
        this(from, fromLabel, to, toLabel, protocol, sourceIp, destinationIp, sourcePort, destinationPort, icmpType,
                icmpCode, sourcePortOrigin, clientPorts, null);
    }

    private ResolvedQuery(String from, String fromLabel, String to, String toLabel, Protocol protocol,
                          IpAddress sourceIp, IpAddress destinationIp, Integer sourcePort, Integer destinationPort,
                          Integer icmpType, Integer icmpCode, boolean pinned, Supplier<String> origin,
                          PortRange clientPorts, ClientProfile profile) {
        this.from = from;
        this.fromLabel = fromLabel;
        this.to = to;
        this.toLabel = toLabel;
        this.protocol = protocol;
        this.sourceIp = sourceIp;
        this.destinationIp = destinationIp;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
        this.icmpType = icmpType;
        this.icmpCode = icmpCode;
        this.pinned = pinned;
        this.pendingOrigin = origin;
        this.clientPorts = clientPorts;
        this.profile = profile;
    }

    /** A query whose source port the client profile gave: {@code origin} says which, on first read. */
    public static ResolvedQuery defaultedPort(String from, String fromLabel, String to, String toLabel,
                                              Protocol protocol, IpAddress sourceIp, IpAddress destinationIp,
                                              int sourcePort, int destinationPort, Supplier<String> origin,
                                              PortRange clientPorts, ClientProfile profile) {
        return new ResolvedQuery(from, fromLabel, to, toLabel, protocol, sourceIp, destinationIp, sourcePort,
                destinationPort, null, null, false, origin, clientPorts, profile);
    }

    public String from() {
        return from;
    }

    public String fromLabel() {
        return fromLabel;
    }

    public String to() {
        return to;
    }

    public String toLabel() {
        return toLabel;
    }

    public Protocol protocol() {
        return protocol;
    }

    public IpAddress sourceIp() {
        return sourceIp;
    }

    public IpAddress destinationIp() {
        return destinationIp;
    }

    public Integer sourcePort() {
        return sourcePort;
    }

    public Integer destinationPort() {
        return destinationPort;
    }

    public Integer icmpType() {
        return icmpType;
    }

    public Integer icmpCode() {
        return icmpCode;
    }

    public String sourcePortOrigin() {
        String text = sourcePortOrigin;
        if (text == null) {
            Supplier<String> s = pendingOrigin;
            if (s == null) {
                return null;
            }
            text = s.get();
            sourcePortOrigin = text;
            pendingOrigin = null;
        }
        return text;
    }

    public PortRange clientPorts() {
        return clientPorts;
    }

    public ClientProfile profile() {
        return profile;
    }

    /**
     * The source ports the verdict covers: the pinned {@code --source-port} alone, else the profile's
     * range; null for a protocol without ports.
     */
    public PortRange sourcePortRange() {
        if (sourcePort == null) {
            return null;
        }
        return pinned ? PortRange.single(sourcePort) : clientPorts;
    }

    public boolean sourcePortDefaulted() {
        return sourcePort != null && !pinned;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ResolvedQuery q && Objects.equals(from, q.from)
                && Objects.equals(fromLabel, q.fromLabel) && Objects.equals(to, q.to) && Objects.equals(toLabel, q.toLabel)
                && Objects.equals(protocol, q.protocol) && Objects.equals(sourceIp, q.sourceIp)
                && Objects.equals(destinationIp, q.destinationIp) && Objects.equals(sourcePort, q.sourcePort)
                && Objects.equals(destinationPort, q.destinationPort) && Objects.equals(icmpType, q.icmpType)
                && Objects.equals(icmpCode, q.icmpCode) && Objects.equals(sourcePortOrigin(), q.sourcePortOrigin())
                && Objects.equals(clientPorts, q.clientPorts) && profile == q.profile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, fromLabel, to, toLabel, protocol, sourceIp, destinationIp, sourcePort, destinationPort,
                icmpType, icmpCode, sourcePortOrigin(), clientPorts, profile);
    }

    @Override
    public String toString() {
        return "ResolvedQuery[from=" + from + ", fromLabel=" + fromLabel + ", to=" + to + ", toLabel=" + toLabel
                + ", protocol=" + protocol + ", sourceIp=" + sourceIp + ", destinationIp=" + destinationIp
                + ", sourcePort=" + sourcePort + ", destinationPort=" + destinationPort + ", icmpType=" + icmpType
                + ", icmpCode=" + icmpCode + ", sourcePortOrigin=" + sourcePortOrigin() + ", clientPorts=" + clientPorts
                + ", profile=" + profile + "]";
    }
}
