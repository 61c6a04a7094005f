package io.hopscope.reach;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A bare REF, as {@code trace} reads it: a resource id, RDS identifier, Name tag, service name or IP
 * address. Unlike a trace, which needs one interface, a selector keeps every interface the
 * reference stands for (an instance with two ENIs, an endpoint with one ENI per subnet).
 */
final class RefResolver {
    private final NetworkModel model;
    private final InterfaceOwners owners;

    RefResolver(NetworkModel model, InterfaceOwners owners) {
        this.model = model;
        this.owners = owners;
    }

    List<ReachEndpoint> resolve(String ref, Function<IpAddress, ReachEndpoint> outsideHost) {
        if (looksLikeAddress(ref) && IpAddress.isValid(ref)) {
            return byAddress(IpAddress.parse(ref), outsideHost);
        }
        List<ReachEndpoint> byId = byId(ref);
        if (byId != null) {
            return byId;
        }
        List<ReachEndpoint> svc = byService(ref);
        if (svc != null) {
            return svc;
        }
        List<ReachEndpoint> named = byName(ref, false);
        if (named.isEmpty()) {
            named = byName(ref, true);
        }
        if (!named.isEmpty()) {
            return named;
        }
        throw new SelectorException(Text.of("selector.unknownRef", ref, hint(ref)));
    }

    /** Only digits, hex letters, dots and colons: the IP library also reads forms no person types ("sg-…" as base 85). */
    static boolean looksLikeAddress(String r) {
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

    private Text hint(String ref) {
        for (String[] p : new String[][] {{"sg-", "sg:"}, {"subnet-", "subnet:"}, {"vpc-", "vpc:"}}) {
            if (ref.startsWith(p[0])) {
                return Text.of("selector.groupHint", p[1] + ref);
            }
        }
        return Text.literal("");
    }

    private List<ReachEndpoint> byAddress(IpAddress ip, Function<IpAddress, ReachEndpoint> outsideHost) {
        List<ReachEndpoint> out = new ArrayList<>();
        for (NetworkInterface e : model.networkInterfaces()) {
            if (e.hasPrivateAddress(ip) || ip.equals(e.publicIp())) {
                out.add(owners.endpoint(e));
            }
        }
        return out.isEmpty() ? List.of(outsideHost.apply(ip)) : out;
    }

    private List<ReachEndpoint> byId(String id) {
        if (owners.isOwner(id)) {
            return endpoints(owners.interfacesOfOwner(id));
        }
        NetworkInterface eni = model.networkInterface(id);
        if (eni != null) {
            return List.of(owners.endpoint(eni));
        }
        if (model.internetGateway(id) != null) {
            return List.of(SelectorResolver.internet());
        }
        ExternalEndpoint ext = model.get(id, ExternalEndpoint.class);
        if (ext != null) {
            return List.of(SelectorResolver.external(ext, serviceCidrs(ext)));
        }
        return null;
    }

    private List<ReachEndpoint> byService(String name) {
        String svc = name.toLowerCase(Locale.ROOT);
        for (ExternalEndpoint e : model.externals()) {
            if (e.externalKind() == ExternalKind.AWS_SERVICE && svc.equalsIgnoreCase(e.serviceName())) {
                return List.of(SelectorResolver.external(e, serviceCidrs(e)));
            }
        }
        for (PrefixList p : model.prefixLists()) {
            if (p.name().toLowerCase(Locale.ROOT).endsWith("." + svc) && !p.cidrs().isEmpty()) {
                return List.of(new ReachEndpoint(ReachEndpoint.Kind.SERVICE, svc, p.name(), null, null, p.cidrs()));
            }
        }
        return null;
    }

    private List<Cidr> serviceCidrs(ExternalEndpoint e) {
        if (!e.cidrs().isEmpty() || e.prefixListId() == null) {
            return e.cidrs();
        }
        PrefixList p = model.prefixList(e.prefixListId());
        return p == null ? List.of() : p.cidrs();
    }

    private List<ReachEndpoint> byName(String name, boolean ignoreCase) {
        Set<NetworkInterface> found = new LinkedHashSet<>();
        List<ReachEndpoint> outside = new ArrayList<>();
        for (Resource r : model.allResources()) {
            boolean match = ignoreCase ? r.name().equalsIgnoreCase(name) : r.name().equals(name);
            if (!match) {
                continue;
            }
            if (owners.isOwner(r.id())) {
                found.addAll(owners.interfacesOfOwner(r.id()));
            } else if (r instanceof NetworkInterface e) {
                found.add(e);
            } else if (r instanceof ExternalEndpoint e) {
                outside.add(SelectorResolver.external(e, serviceCidrs(e)));
            }
        }
        List<ReachEndpoint> out = new ArrayList<>(endpoints(new ArrayList<>(found)));
        out.addAll(outside);
        return out;
    }

    private List<ReachEndpoint> endpoints(List<NetworkInterface> enis) {
        return enis.stream().map(owners::endpoint).toList();
    }
}
