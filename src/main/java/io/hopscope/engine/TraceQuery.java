package io.hopscope.engine;

import io.hopscope.model.ClientProfile;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;

/**
 * What to trace. {@code from}/{@code to} are references (resource id, DB identifier, Name tag,
 * service name or IP address); every other field may be null and then takes its documented default
 * (tcp, the client profile's source port, ICMP echo request, addresses chosen from the endpoints).
 * {@code clientProfile} overrides the profile the source's data gives (rulebook 13).
 */
public record TraceQuery(String from, String to, Protocol protocol, Integer port, Integer sourcePort,
                         Integer icmpType, Integer icmpCode, IpAddress sourceIp, IpAddress destinationIp,
                         Integer ipVersion, ClientProfile clientProfile) {

    public TraceQuery(String from, String to, Protocol protocol, Integer port, Integer sourcePort, Integer icmpType,
                      Integer icmpCode, IpAddress sourceIp, IpAddress destinationIp, Integer ipVersion) {
        this(from, to, protocol, port, sourcePort, icmpType, icmpCode, sourceIp, destinationIp, ipVersion, null);
    }

    public static TraceQuery of(String from, String to, Protocol protocol, Integer port) {
        return new TraceQuery(from, to, protocol, port, null, null, null, null, null, null);
    }

    public TraceQuery withSourcePort(Integer p) {
        return new TraceQuery(from, to, protocol, port, p, icmpType, icmpCode, sourceIp, destinationIp, ipVersion, clientProfile);
    }

    public TraceQuery withIcmp(Integer type, Integer code) {
        return new TraceQuery(from, to, protocol, port, sourcePort, type, code, sourceIp, destinationIp, ipVersion, clientProfile);
    }

    public TraceQuery withAddresses(IpAddress src, IpAddress dst) {
        return new TraceQuery(from, to, protocol, port, sourcePort, icmpType, icmpCode, src, dst, ipVersion, clientProfile);
    }

    public TraceQuery withIpVersion(Integer version) {
        return new TraceQuery(from, to, protocol, port, sourcePort, icmpType, icmpCode, sourceIp, destinationIp, version, clientProfile);
    }

    public TraceQuery withClientProfile(ClientProfile profile) {
        return new TraceQuery(from, to, protocol, port, sourcePort, icmpType, icmpCode, sourceIp, destinationIp, ipVersion,
                profile);
    }
}
