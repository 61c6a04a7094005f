package io.hopscope.ui.reach;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a resource on the canvas stands for in a reachability question: a workload (or load
 * balancer, NAT gateway, endpoint, interface) its interfaces, a subnet every interface in it, a
 * security group every interface that has it, exactly as the CLI's selectors resolve them.
 */
public final class ReachSubjects {
    private ReachSubjects() {
    }

    /** Whether "Who can reach this?" means something for {@code id}: it names at least one interface. */
    public static boolean isSubject(NetworkModel model, String id) {
        if (id == null || model.find(id).isEmpty()) {
            return false;
        }
        try {
            return !endpoints(new SelectorResolver(model, null), model, id).isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The interfaces {@code id} stands for (subnet and SG by their selector, anything else by reference). */
    public static List<ReachEndpoint> endpoints(SelectorResolver resolver, NetworkModel model, String id) {
        Optional<Resource> r = model.find(id);
        ResourceKind kind = r.map(Resource::kind).orElse(null);
        String selector = kind == ResourceKind.SUBNET ? "subnet:" + id
                : kind == ResourceKind.SECURITY_GROUP ? "sg:" + id : id;
        if (kind == ResourceKind.VPC || kind == ResourceKind.ROUTE_TABLE || kind == ResourceKind.NETWORK_ACL) {
            return List.of();
        }
        return resolver.resolve(Selector.parse(selector)).stream().filter(ReachEndpoint::isInterface).toList();
    }

    /** Every source of "Who can reach this?": the internet, every interface, every on-premises network. */
    public static List<ReachEndpoint> everySource(SelectorResolver resolver) {
        Map<String, ReachEndpoint> out = new LinkedHashMap<>();
        out.put("internet", SelectorResolver.internet());
        for (ReachEndpoint e : everyInterface(resolver)) {
            out.putIfAbsent(e.id(), e);
        }
        for (ExternalEndpoint x : resolver.model().externals()) {
            if (x.externalKind() == ExternalKind.ON_PREMISES && !x.cidrs().isEmpty()) {
                for (ReachEndpoint e : resolver.resolve(Selector.parse(x.id()))) {
                    out.putIfAbsent(e.id(), e);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Every modelled interface (of a workload, load balancer, NAT gateway, endpoint...). */
    public static List<ReachEndpoint> everyInterface(SelectorResolver resolver) {
        Map<String, ReachEndpoint> out = new LinkedHashMap<>();
        for (var eni : resolver.model().networkInterfaces()) {
            for (ReachEndpoint e : resolver.resolve(Selector.parse(eni.id()))) {
                if (e.isInterface()) {
                    out.putIfAbsent(e.id(), e);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The shape that stands for an endpoint on the canvas: its owner when it has one, else the interface. */
    public static String shapeOf(ReachEndpoint e) {
        if (!e.isInterface()) {
            return e.kind() == ReachEndpoint.Kind.INTERNET ? null : e.id();
        }
        return e.owner() != null ? e.owner() : e.id();
    }
}
