package io.hopscope.reach;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceTags;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds what a {@link Selector} names in one model: a list of {@link ReachEndpoint}s without
 * duplicates, in model order. A reference or group name that matches nothing is a
 * {@link SelectorException} naming it; a group that exists but is empty (a tag nobody carries, a
 * subnet without interfaces) resolves to an empty list, which callers that need endpoints refuse with
 * {@link #resolveNonEmpty}.
 */
public final class SelectorResolver {
    private final NetworkModel model;
    private final ResourceTags tags;
    private final InterfaceOwners owners;

    public SelectorResolver(NetworkModel model, ResourceTags tags) {
        this.model = model;
        this.tags = tags == null ? ResourceTags.NONE : tags;
        this.owners = new InterfaceOwners(model);
    }

    public NetworkModel model() {
        return model;
    }

    /** The endpoints {@code s} names; throws {@link SelectorException} when it names no resource. */
    public List<ReachEndpoint> resolve(Selector s) {
        return switch (s.kind()) {
            case INTERNET -> List.of(internet());
            case ALL -> interfacesOf(allWorkloadInterfaces());
            case CIDR -> List.of(network(Cidr.parse(s.argument())));
            case TAG -> byTag(s);
            case SG -> byGroup(s);
            case SUBNET -> bySubnet(s);
            case VPC -> byVpc(s);
            case KIND -> byKind(s);
            case REF -> new RefResolver(model, owners).resolve(s.text(), this::internetHost);
        };
    }

    /** As {@link #resolve}, but a selection of nothing is an error: an assertion over nothing proves nothing. */
    public List<ReachEndpoint> resolveNonEmpty(Selector s) {
        List<ReachEndpoint> r = resolve(s);
        if (r.isEmpty()) {
            throw new SelectorException(Text.of("selector.matchesNothing", s.text()));
        }
        return r;
    }

    /** Every public address: IPv4 outside RFC 1918 and RFC 6598, and IPv6 global unicast (2000::/3). */
    public static ReachEndpoint internet() {
        return new ReachEndpoint(ReachEndpoint.Kind.INTERNET, "internet", "internet", null, null,
                List.of(Cidr.ANY_IPV4, Cidr.parse("2000::/3")));
    }

    static ReachEndpoint network(Cidr c) {
        return new ReachEndpoint(ReachEndpoint.Kind.NETWORK, "cidr:" + c, "cidr:" + c, null, null, List.of(c));
    }

    private ReachEndpoint internetHost(IpAddress ip) {
        return ip.isIpv4() && ip.isPrivateIpv4() ? network(Cidr.host(ip))
                : new ReachEndpoint(ReachEndpoint.Kind.INTERNET, ip.toString(), "internet host " + ip, null, null,
                List.of(Cidr.host(ip)));
    }

    /** Workloads and load balancers (drawn as workloads before they were a resource of their own). */
    private List<NetworkInterface> allWorkloadInterfaces() {
        List<NetworkInterface> enis = new ArrayList<>(owners.workloadInterfaces(w -> true));
        enis.addAll(owners.loadBalancerInterfaces());
        return enis;
    }

    private List<ReachEndpoint> byTag(Selector s) {
        String k = s.tagKey();
        String v = s.tagValue();
        Map<String, NetworkInterface> found = new LinkedHashMap<>();
        for (Workload w : model.workloads()) {
            if (tags.has(w, k, v)) {
                owners.interfacesOfOwner(w.id()).forEach(e -> found.put(e.id(), e));
            }
        }
        for (NetworkInterface e : model.networkInterfaces()) {
            Workload w = model.ownerOf(e.id());
            if (tags.has(e, k, v) || hasTag(model.subnet(e.subnetId()), k, v)
                    || (model.subnet(e.subnetId()) != null && hasTag(model.vpc(model.subnet(e.subnetId()).vpcId()), k, v))
                    || e.securityGroupIds().stream().anyMatch(g -> hasTag(model.securityGroup(g), k, v))
                    || (w != null && tags.has(w, k, v))) {
                found.put(e.id(), e);
            }
        }
        for (NatGateway n : model.natGateways()) {
            if (tags.has(n, k, v)) {
                owners.interfacesOfOwner(n.id()).forEach(e -> found.put(e.id(), e));
            }
        }
        for (VpcEndpoint n : model.vpcEndpoints()) {
            if (tags.has(n, k, v)) {
                owners.interfacesOfOwner(n.id()).forEach(e -> found.put(e.id(), e));
            }
        }
        return interfacesOf(ordered(found));
    }

    private boolean hasTag(Resource r, String k, String v) {
        return r != null && tags.has(r, k, v);
    }

    private List<ReachEndpoint> byGroup(Selector s) {
        SecurityGroup g = one(s, model.securityGroups(), "securityGroup");
        return interfacesOf(model.networkInterfaces().stream().filter(e -> e.securityGroupIds().contains(g.id())).toList());
    }

    private List<ReachEndpoint> bySubnet(Selector s) {
        Subnet sn = one(s, model.subnets(), "subnet");
        return interfacesOf(model.networkInterfaces().stream().filter(e -> sn.id().equals(e.subnetId())).toList());
    }

    private List<ReachEndpoint> byVpc(Selector s) {
        Vpc v = one(s, model.vpcs(), "vpc");
        return interfacesOf(model.networkInterfaces().stream().filter(e -> {
            Subnet sn = model.subnet(e.subnetId());
            return sn != null && v.id().equals(sn.vpcId());
        }).toList());
    }

    private List<ReachEndpoint> byKind(Selector s) {
        String w = s.argument().toLowerCase(Locale.ROOT);
        if (w.equals("nat")) {
            return interfacesOf(model.natGateways().stream().flatMap(n -> owners.interfacesOfOwner(n.id()).stream()).toList());
        }
        if (w.equals("endpoint")) {
            return interfacesOf(model.vpcEndpoints().stream().flatMap(n -> owners.interfacesOfOwner(n.id()).stream()).toList());
        }
        WorkloadKind kind = s.workloadKind();
        Predicate<Workload> p = x -> x.workloadKind() == kind;
        List<NetworkInterface> enis = new ArrayList<>(owners.workloadInterfaces(p));
        if (kind == WorkloadKind.LOAD_BALANCER) {
            enis.addAll(owners.loadBalancerInterfaces());
        }
        return interfacesOf(enis);
    }

    /**
     * The one resource of a list whose id or name (case-insensitively) is the selector's argument;
     * {@code kind} names the kind in the refusals ({@code selector.kind.<kind>}, plural {@code selector.kinds.<kind>}).
     */
    private <T extends Resource> T one(Selector s, List<T> all, String kind) {
        String a = s.argument();
        for (T r : all) {
            if (r.id().equals(a)) {
                return r;
            }
        }
        List<T> named = all.stream().filter(r -> r.name().equalsIgnoreCase(a)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new SelectorException(Text.of("selector.ambiguous", s.text(), named.size(), Text.of("selector.kinds." + kind), a,
                    named.stream().map(Resource::id).toList()));
        }
        throw new SelectorException(Text.of("selector.noSuch", s.text(), Text.of("selector.kind." + kind), a));
    }

    private List<ReachEndpoint> interfacesOf(List<NetworkInterface> enis) {
        List<ReachEndpoint> out = new ArrayList<>(enis.size());
        for (NetworkInterface e : enis) {
            out.add(owners.endpoint(e));
        }
        return out;
    }

    private List<NetworkInterface> ordered(Map<String, NetworkInterface> found) {
        return model.networkInterfaces().stream().filter(e -> found.containsKey(e.id())).toList();
    }

    /** Resolves external endpoints named by id for {@link RefResolver}. */
    static ReachEndpoint external(ExternalEndpoint e, List<Cidr> serviceCidrs) {
        if (e.externalKind() == ExternalKind.AWS_SERVICE) {
            return new ReachEndpoint(ReachEndpoint.Kind.SERVICE, e.serviceName() == null ? e.id() : e.serviceName(),
                    e.label(), null, null, serviceCidrs);
        }
        ReachEndpoint.Kind k = e.externalKind() == ExternalKind.INTERNET ? ReachEndpoint.Kind.INTERNET
                : ReachEndpoint.Kind.NETWORK;
        return new ReachEndpoint(k, e.id(), e.label(), null, null, e.cidrs());
    }
}
