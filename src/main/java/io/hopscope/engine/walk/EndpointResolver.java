package io.hopscope.engine.walk;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.text.Text;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a reference from the CLI or the trace panel into an {@link Endpoint}: a resource id
 * (i-, eni-, nat-, vpce-, igw-), an RDS DB identifier, a Name tag, a service (s3, dynamodb) or an IP
 * address. An address no interface holds is a host on the internet.
 */
final class EndpointResolver {
    private final ModelIndex index;
    private final NetworkModel model;
    private final ResourceNames names;
    private final LoadBalancerEnds loadBalancers;

    EndpointResolver(ModelIndex index, LoadBalancerEnds loadBalancers) {
        this.index = index;
        this.model = index.model();
        this.loadBalancers = loadBalancers;
        this.names = new ResourceNames(model, loadBalancers.named());
    }

    Endpoint resolve(String ref, QueryField field) {
        if (ref == null || ref.isBlank()) {
            throw new TraceQueryException(Text.of("query.endpointMissing", field));
        }
        String r = ref.trim();
        if (looksLikeAddress(r) && IpAddress.isValid(r)) {
            return byAddress(IpAddress.parse(r));
        }
        Endpoint e = byId(r, field);
        if (e != null) {
            return e;
        }
        e = byService(r);
        if (e != null) {
            return e;
        }
        List<Resource> named = names.named(r);
        if (named != null) {
            Resource first = named.get(0);
            boolean sameOwner = named.stream().allMatch(x -> x == first
                    || (first instanceof Workload w && w.networkInterfaceIds().contains(x.id())));
            if (!sameOwner) {
                throw new TraceQueryException(Text.of("query.ambiguousName", field, r,
                        String.join(", ", named.stream().map(Resource::id).toList())));
            }
            return byId(first.id(), field);
        }
        throw new TraceQueryException(Text.of("query.unknownEndpoint", field, r));
    }

    /**
     * The same endpoint on the interface that holds {@code ip}, when the reference stands for several
     * interfaces: an instance with a second ENI, an interface endpoint with one ENI per subnet [IFE].
     * A pinned address decides which one the packet leaves or reaches; unchanged when none holds it.
     */
    Endpoint holding(Endpoint e, IpAddress ip) {
        if (ip == null || e.kind() != Endpoint.Kind.INTERFACE || holds(e.eni(), ip)) {
            return e;
        }
        Workload w = index.workload(e.id());
        VpcEndpoint vpce = w == null ? model.vpcEndpoint(e.id()) : null;
        List<String> ids = w != null ? w.networkInterfaceIds() : vpce != null ? vpce.networkInterfaceIds() : List.of();
        for (String id : ids) {
            NetworkInterface eni = index.eni(id);
            if (eni != null && holds(eni, ip)) {
                return new Endpoint(e.kind(), e.id(), e.label(), eni, e.address(), e.profile(), e.profileSource(),
                        e.serviceCidrs());
            }
        }
        return e;
    }

    private static boolean holds(NetworkInterface eni, IpAddress ip) {
        return eni.hasPrivateAddress(ip) || ip.equals(eni.publicIp());
    }

    /** A cheap filter before the parser: ids and names ("i-0abc", "orders-db") never need parsing. */
    private static boolean looksLikeAddress(String r) {
        boolean separator = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '.' || c == ':') {
                separator = true;
            } else if (Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return separator;
    }

    private Endpoint byAddress(IpAddress ip) {
        List<NetworkInterface> enis = index.enisByPrivateIp(ip);
        if (enis.size() > 1) {
            // Overlapping VPC CIDRs: the same private address exists in several VPCs.
            throw new TraceQueryException(Text.of("query.ipShared", ip.toString(), String.join(", ", enis.stream()
                    .map(e -> e.id() + " (" + index.vpcOfEni(e) + ")").toList())));
        }
        if (!enis.isEmpty()) {
            return ofEni(enis.get(0), ip);
        }
        NetworkInterface pub = index.eniByPublicIp(ip);
        if (pub != null) {
            return ofEni(pub, ip);
        }
        String pl = index.servicePrefixListOf(ip);
        if (pl != null) {
            return new Endpoint(Endpoint.Kind.SERVICE, ip.toString(), serviceLabel(pl), null, ip,
                    ClientProfile.LINUX, null, index.prefixListCidrs(pl));
        }
        return internet(ip.toString(), ip);
    }

    private Endpoint byId(String id, QueryField field) {
        Workload w = index.workload(id);
        if (w != null) {
            for (String eniId : w.networkInterfaceIds()) {
                NetworkInterface eni = index.eni(eniId);
                if (eni != null) {
                    return new Endpoint(Endpoint.Kind.INTERFACE, w.id(), w.label(), eni, null, w.clientProfile(),
                            () -> w.workloadKind().wireName() + " " + w.label(), null);
                }
            }
            if (w.workloadKind() == WorkloadKind.LAMBDA) {
                return LambdaEndpoints.outsideVpc(w, field);
            }
            throw new TraceQueryException(Text.of("query.noInterface", field, id));
        }
        NetworkInterface eni = index.eni(id);
        if (eni != null) {
            return ofEni(eni, null);
        }
        Endpoint lb = loadBalancers.byId(id, field);
        if (lb != null) {
            return lb;
        }
        NatGateway nat = model.natGateway(id);
        if (nat != null) {
            NetworkInterface natEni = index.eniOfNat(id);
            if (natEni == null) {
                throw new TraceQueryException(Text.of("query.natNoPrivateIp", field, id));
            }
            return new Endpoint(Endpoint.Kind.INTERFACE, nat.id(), nat.label(), natEni, null, ClientProfile.NAT_GATEWAY,
                    () -> "NAT gateway", null);
        }
        VpcEndpoint vpce = model.vpcEndpoint(id);
        if (vpce != null) {
            for (String eniId : vpce.networkInterfaceIds()) {
                NetworkInterface e = index.eni(eniId);
                if (e != null) {
                    return new Endpoint(Endpoint.Kind.INTERFACE, vpce.id(), vpce.label(), e, null, ClientProfile.LINUX,
                            null, null);
                }
            }
            Endpoint svc = byService(vpce.shortServiceName());
            if (svc != null) {
                return svc;
            }
            throw new TraceQueryException(Text.of("query.endpointNoPrefixList", field, id));
        }
        if (model.internetGateway(id) != null) {
            return internet(id, null);
        }
        ExternalEndpoint ext = model.get(id, ExternalEndpoint.class);
        if (ext != null) {
            if (ext.externalKind() == ExternalKind.AWS_SERVICE) {
                return byService(ext.serviceName());
            }
            IpAddress ip = ext.cidrs().isEmpty() ? null : hostIn(ext.cidrs().get(0));
            return new Endpoint(Endpoint.Kind.INTERNET, ext.id(), ext.label(), null, ip, ClientProfile.ANY, null, null);
        }
        Endpoint onPremises = CustomerGatewayEnds.of(model, id, field);
        if (onPremises != null) {
            return onPremises;
        }
        return null;
    }

    /**
     * A host that stands for a drawn network: its first usable address, since the network address
     * itself is never a host's (10.200.0.0/16 sends from 10.200.0.1). Single addresses, /31 links and
     * the catch-all blocks (0.0.0.0/0 and other /0-/7 ranges) keep their first address.
     */
    static IpAddress hostIn(Cidr block) {
        int hostBits = (block.isIpv4() ? 32 : 128) - block.prefixLength();
        boolean network = hostBits >= 2 && block.prefixLength() >= 8;
        return network ? block.addressAt(1) : block.network();
    }

    private Endpoint byService(String name) {
        if (name == null) {
            return null;
        }
        String svc = name.toLowerCase(Locale.ROOT);
        for (ExternalEndpoint e : index.services()) {
            if (svc.equalsIgnoreCase(e.serviceName()) || svc.equalsIgnoreCase(e.id())) {
                List<Cidr> cidrs = !e.cidrs().isEmpty() ? e.cidrs() : index.prefixListCidrs(e.prefixListId());
                if (!cidrs.isEmpty()) {
                    return new Endpoint(Endpoint.Kind.SERVICE, svc, e.label(), null, null, ClientProfile.LINUX, null, cidrs);
                }
            }
        }
        for (PrefixList p : model.prefixLists()) {
            if (p.name().toLowerCase(Locale.ROOT).endsWith("." + svc) && !p.cidrs().isEmpty()) {
                return new Endpoint(Endpoint.Kind.SERVICE, svc, p.name(), null, null, ClientProfile.LINUX, null, p.cidrs());
            }
        }
        return null;
    }

    private String serviceLabel(String prefixListId) {
        PrefixList p = model.prefixList(prefixListId);
        return p == null ? prefixListId : p.name();
    }

    private Endpoint ofEni(NetworkInterface eni, IpAddress literal) {
        Workload owner = model.ownerOf(eni.id());
        NatGateway nat = index.natOfEni(eni.id());
        if (owner != null) {
            return new Endpoint(Endpoint.Kind.INTERFACE, eni.id(), owner.label(), eni, literal, owner.clientProfile(),
                    () -> owner.workloadKind().wireName() + " " + owner.label(), null);
        }
        if (nat != null) {
            return new Endpoint(Endpoint.Kind.INTERFACE, eni.id(), nat.label(), eni, literal, ClientProfile.NAT_GATEWAY,
                    () -> "NAT gateway", null);
        }
        return new Endpoint(Endpoint.Kind.INTERFACE, eni.id(), eni.label(), eni, literal, ClientProfile.LINUX, null, null);
    }

    private Endpoint internet(String id, IpAddress ip) {
        // Its system is unknown: rulebook 13 gives it every port a client may pick ("any", 1024-65535).
        return new Endpoint(Endpoint.Kind.INTERNET, id, ip == null ? "internet" : "internet host " + ip, null, ip,
                ClientProfile.ANY, () -> "a host outside the VPCs", null);
    }
}
