package io.hopscope.reach;

import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Which workload, NAT gateway or endpoint owns each interface, and the endpoint an interface stands for. */
final class InterfaceOwners {
    private final NetworkModel model;
    private final Map<String, String> ownerOfEni = new HashMap<>();
    private final Map<String, String> ownerName = new HashMap<>();
    private final Map<String, List<NetworkInterface>> enisOfOwner = new LinkedHashMap<>();

    InterfaceOwners(NetworkModel model) {
        this.model = model;
        for (Workload w : model.workloads()) {
            own(w.id(), w.label(), w.networkInterfaceIds());
        }
        for (NatGateway n : model.natGateways()) {
            own(n.id(), n.label(), n.networkInterfaceId() == null ? List.of() : List.of(n.networkInterfaceId()));
        }
        for (VpcEndpoint v : model.vpcEndpoints()) {
            own(v.id(), v.label(), v.networkInterfaceIds());
        }
        for (LoadBalancer lb : model.loadBalancers()) {
            own(lb.id(), lb.label(), lb.networkInterfaceIds());
        }
    }

    /** The node interfaces of every load balancer. */
    List<NetworkInterface> loadBalancerInterfaces() {
        List<NetworkInterface> out = new ArrayList<>();
        for (LoadBalancer lb : model.loadBalancers()) {
            out.addAll(interfacesOfOwner(lb.id()));
        }
        return out;
    }

    private void own(String owner, String label, List<String> eniIds) {
        List<NetworkInterface> list = enisOfOwner.computeIfAbsent(owner, k -> new ArrayList<>());
        for (String id : eniIds) {
            NetworkInterface e = model.networkInterface(id);
            if (e != null && !ownerOfEni.containsKey(id)) {
                ownerOfEni.put(id, owner);
                ownerName.put(id, label);
                list.add(e);
            }
        }
    }

    List<NetworkInterface> interfacesOfOwner(String ownerId) {
        return enisOfOwner.getOrDefault(ownerId, List.of());
    }

    boolean isOwner(String id) {
        return enisOfOwner.containsKey(id);
    }

    /** The interfaces of the workloads {@code p} accepts, in model order of the workloads. */
    List<NetworkInterface> workloadInterfaces(Predicate<Workload> p) {
        List<NetworkInterface> out = new ArrayList<>();
        for (Workload w : model.workloads()) {
            if (p.test(w)) {
                out.addAll(interfacesOfOwner(w.id()));
            }
        }
        return out;
    }

    ReachEndpoint endpoint(NetworkInterface e) {
        List<Cidr> addresses = new ArrayList<>();
        for (IpAddress ip : e.privateIps()) {
            addresses.add(Cidr.host(ip));
        }
        for (IpAddress ip : e.ipv6Ips()) {
            addresses.add(Cidr.host(ip));
        }
        String name = ownerName.getOrDefault(e.id(), e.label());
        return new ReachEndpoint(ReachEndpoint.Kind.INTERFACE, e.id(), name, ownerOfEni.get(e.id()), e, addresses);
    }
}
