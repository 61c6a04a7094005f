package io.hopscope.engine.walk;

import io.hopscope.engine.Packet;
import io.hopscope.engine.QueryField;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.text.Text;
import io.hopscope.engine.index.LoadBalancerIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;

/**
 * Fills in a query's defaults: addresses from the endpoints (private inside a VPC or across peering,
 * public from the internet), the protocol (tcp), the client's source port from its profile, ICMP echo.
 */
final class QueryResolver {
    /** Documentation addresses standing for "some host on the internet" when only a gateway was named. */
    private static final IpAddress INTERNET_V4 = IpAddress.parse("203.0.113.10");
    private static final IpAddress INTERNET_V6 = IpAddress.parse("2001:db8::10");

    /** The resolved query, both endpoints and the first packet. */
    record Resolution(ResolvedQuery query, Endpoint from, Endpoint to, Packet packet) {
    }

    private final ModelIndex index;
    private final EndpointResolver endpoints;

    private final LoadBalancerEnds loadBalancers;

    QueryResolver(ModelIndex index, LoadBalancerIndex lbs) {
        this.index = index;
        this.loadBalancers = new LoadBalancerEnds(lbs);
        this.endpoints = new EndpointResolver(index, loadBalancers);
    }

    Resolution resolve(TraceQuery q) {
        Endpoint from = endpoints.holding(endpoints.resolve(q.from(), QueryField.FROM), q.sourceIp());
        Endpoint to = loadBalancers.chooseNode(endpoints.holding(endpoints.resolve(q.to(), QueryField.TO),
                q.destinationIp()), from, q.destinationIp());
        int version = ipVersion(q, from, to);
        IpAddress src = sourceAddress(q, from, version);
        IpAddress dst = destinationAddress(q, from, to, version);
        if (q.ipVersion() != null && (src.version() != version || dst.version() != version)) {
            throw new TraceQueryException(Text.of("query.ipVersionMismatch", QueryField.IP_VERSION, version,
                    src.toString(), dst.toString()));
        }
        if (src.version() != dst.version()) {
            throw new TraceQueryException(Text.of("query.mixedVersions", QueryField.SOURCE_IP, src.toString(),
                    QueryField.DESTINATION_IP, dst.toString()));
        }
        if (from.kind() != Endpoint.Kind.INTERFACE && to.kind() != Endpoint.Kind.INTERFACE) {
            throw new TraceQueryException(Text.of("query.bothOutside", QueryField.FROM, QueryField.TO));
        }
        Protocol protocol = q.protocol() == null ? Protocol.TCP : q.protocol();
        // "--protocol all" traces "all traffic": a packet only protocol -1 rules admit (no ports, no ICMP type).
        if (protocol.number() == 1 && version == 6) {
            protocol = Protocol.ICMPV6;
        } else if (protocol.number() == 58 && version == 4) {
            protocol = Protocol.ICMP;
        }
        Integer srcPort = null;
        Integer dstPort = null;
        String origin = null;
        if (protocol.hasPorts()) {
            if (q.port() == null) {
                throw new TraceQueryException(Text.of("query.portRequired", QueryField.PORT, protocol.label()));
            }
            dstPort = checkPort(q.port(), QueryField.PORT);
            ClientProfile profile = profileOf(q, from);
            if (q.sourcePort() != null) {
                srcPort = checkPort(q.sourcePort(), QueryField.SOURCE_PORT);
                origin = "query";
            } else {
                srcPort = profile.defaultSourcePort();
                origin = q.clientProfile() == null && from.profileSource() == null ? PLAIN_ORIGINS[profile.ordinal()]
                        : q.clientProfile() != null ? CLI_ORIGINS[profile.ordinal()] : null;
            }
        }
        Integer type = null;
        Integer code = null;
        if (protocol.isIcmp()) {
            int echo = version == 6 ? IcmpMatch.ECHO_REQUEST_V6 : IcmpMatch.ECHO_REQUEST;
            type = q.icmpType() == null ? echo : checkIcmp(q.icmpType(), QueryField.ICMP_TYPE);
            code = q.icmpCode() == null ? 0 : checkIcmp(q.icmpCode(), QueryField.ICMP_CODE);
        }
        Packet p = new Packet(protocol, src, srcPort, dst, dstPort, type, code);
        ClientProfile profile = profileOf(q, from);
        ResolvedQuery rq;
        if (srcPort != null && origin == null) {
            // Named after the endpoint whose profile gave the port, written only when a writer reads it.
            rq = ResolvedQuery.defaultedPort(from.id(), from.label(), to.id(), to.label(), protocol, src, dst, srcPort,
                    dstPort, () -> origin(profile, " for " + from.profileSource().get()), profile.ephemeralPorts(), profile);
        } else {
            rq = new ResolvedQuery(from.id(), from.label(), to.id(), to.label(), protocol, src, dst, srcPort,
                    dstPort, type, code, origin, profile.ephemeralPorts(), profile);
        }
        return new Resolution(rq, from, to, p);
    }

    /** "linux client default (ephemeral range 32768-60999)": the same few texts, built once instead of per trace. */
    private static final String[] PLAIN_ORIGINS = java.util.Arrays.stream(ClientProfile.values())
            .map(p -> origin(p, "")).toArray(String[]::new);
    private static final String[] CLI_ORIGINS = java.util.Arrays.stream(ClientProfile.values())
            .map(p -> origin(p, " (--client-profile)")).toArray(String[]::new);

    private static String origin(ClientProfile profile, String why) {
        return profile.wireName() + " client default" + why + " (ephemeral range " + profile.ephemeralPorts() + ")";
    }

    private static ClientProfile profileOf(TraceQuery q, Endpoint from) {
        return q.clientProfile() != null ? q.clientProfile() : from.profile();
    }

    private int ipVersion(TraceQuery q, Endpoint from, Endpoint to) {
        if (q.ipVersion() != null) {
            if (q.ipVersion() != 4 && q.ipVersion() != 6) {
                throw new TraceQueryException(Text.of("query.ipVersion", QueryField.IP_VERSION, q.ipVersion()));
            }
            return q.ipVersion();
        }
        for (IpAddress ip : new IpAddress[] {q.sourceIp(), q.destinationIp(), from.address(), to.address()}) {
            if (ip != null) {
                return ip.version();
            }
        }
        return 4;
    }

    private IpAddress sourceAddress(TraceQuery q, Endpoint from, int version) {
        IpAddress pinned = q.sourceIp() != null ? q.sourceIp() : from.address();
        switch (from.kind()) {
            case INTERFACE: {
                NetworkInterface eni = from.eni();
                if (q.sourceIp() == null && pinned != null && !eni.hasPrivateAddress(pinned)) {
                    // Named by its public IP: packets still leave the interface from its private address [IGW].
                    pinned = null;
                }
                if (pinned != null) {
                    if (!eni.hasPrivateAddress(pinned)) {
                        throw new TraceQueryException(Text.of("query.notPrivateAddress", QueryField.SOURCE_IP,
                                pinned.toString(), eni.id()));
                    }
                    return pinned;
                }
                return addressOf(eni, version, QueryField.FROM);
            }
            case SERVICE:
                return pinned != null ? pinned : serviceAddress(from, version);
            default:
                return pinned != null ? pinned : version == 6 ? INTERNET_V6 : INTERNET_V4;
        }
    }

    private IpAddress destinationAddress(TraceQuery q, Endpoint from, Endpoint to, int version) {
        IpAddress pinned = q.destinationIp() != null ? q.destinationIp() : to.address();
        switch (to.kind()) {
            case INTERFACE: {
                NetworkInterface eni = to.eni();
                if (pinned != null) {
                    if (!eni.hasPrivateAddress(pinned) && !pinned.equals(eni.publicIp())
                            && !pinned.equals(natElasticIp(eni))) {
                        throw new TraceQueryException(Text.of("query.notAnAddress", QueryField.DESTINATION_IP,
                                pinned.toString(), eni.id()));
                    }
                    return pinned;
                }
                if (version == 4 && !reachesPrivately(from, eni)) {
                    IpAddress pub = eni.publicIp() != null ? eni.publicIp() : natElasticIp(eni);
                    if (pub != null) {
                        return pub;
                    }
                }
                return addressOf(eni, version, QueryField.TO);
            }
            case SERVICE:
                return pinned != null ? pinned : serviceAddress(to, version);
            default:
                return pinned != null ? pinned : version == 6 ? INTERNET_V6 : INTERNET_V4;
        }
    }

    private IpAddress natElasticIp(NetworkInterface eni) {
        var nat = index.natOfEni(eni.id());
        return nat == null ? null : nat.elasticIp();
    }

    /**
     * Same VPC or peered VPCs use private addresses, and so does a source with a private address (an
     * on-premises network reaches a VPC's private addresses over a VPN or Direct Connect [VPNHOW]);
     * anything else reaches a public IP, when there is one.
     */
    private boolean reachesPrivately(Endpoint from, NetworkInterface target) {
        if (from.kind() != Endpoint.Kind.INTERFACE) {
            return from.kind() == Endpoint.Kind.INTERNET && from.address() != null
                    && Cidr.PRIVATE_RANGES.stream().anyMatch(c -> c.contains(from.address()));
        }
        String a = index.vpcOfEni(from.eni());
        String b = index.vpcOfEni(target);
        return a != null && (a.equals(b) || index.arePeered(a, b)
                || (!index.transit().attachmentsOf(a).isEmpty() && !index.transit().attachmentsOf(b).isEmpty()));
    }

    private static IpAddress addressOf(NetworkInterface eni, int version, QueryField field) {
        if (version == 6) {
            if (eni.ipv6Ips().isEmpty()) {
                throw new TraceQueryException(Text.of("query.noIpv6", field, eni.id()));
            }
            return eni.ipv6Ips().get(0);
        }
        if (eni.primaryIp() == null) {
            throw new TraceQueryException(Text.of("query.noIpv4", field, eni.id()));
        }
        return eni.primaryIp();
    }

    private static IpAddress serviceAddress(Endpoint service, int version) {
        for (Cidr c : service.serviceCidrs()) {
            if (c.version() == version) {
                return c.prefixLength() == c.network().bitLength() ? c.network() : c.addressAt(1);
            }
        }
        throw new TraceQueryException(Text.of("query.serviceNoPrefix", service.id(), version));
    }

    private static int checkPort(int port, QueryField field) {
        if (port < 0 || port > 65535) {
            throw new TraceQueryException(Text.of("query.portRange", field, port));
        }
        return port;
    }

    private static int checkIcmp(int value, QueryField field) {
        if (value < 0 || value > 255) {
            throw new TraceQueryException(Text.of("query.icmpRange", field, value));
        }
        return value;
    }
}
