package io.hopscope.export;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Direction;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which drawn shape stands for a hop's component: the one answer the canvas's trace marks, the
 * app's export and the CLI's {@code render --trace-from} all use. Gateways and endpoints have shapes of their own;
 * filters and tables do not: a security group guards an interface, so its hop is shown on the
 * workload owning that interface [SG]; a network ACL and a route table act at a subnet boundary
 * [NACL][RT], so their hop is shown on the subnet the packet is leaving or entering. The subnet is
 * found from the packet's address, since one ACL or table can serve several subnets.
 */
public final class HopShapes {

    private final NetworkModel model;

    public HopShapes(NetworkModel model) {
        this.model = model;
    }

    /**
     * The shape that stands for a resource named by a trace (its source or destination): its own,
     * else the workload or NAT gateway owning it when it is an interface; null when none is drawn.
     */
    public String shapeOf(String resourceId, Predicate<String> drawn) {
        if (resourceId == null) {
            return null;
        }
        if (drawn.test(resourceId)) {
            return resourceId;
        }
        Workload owner = model.ownerOf(resourceId);
        if (owner != null && drawn.test(owner.id())) {
            return owner.id();
        }
        LoadBalancer lb = loadBalancerOf(resourceId);
        if (lb != null && drawn.test(lb.id())) {
            return lb.id();
        }
        NatGateway nat = natOf(resourceId);
        if (nat != null && drawn.test(nat.id())) {
            return nat.id();
        }
        // An address on premises (a trace to 192.168.0.9) ends on the tile whose CIDRs hold it.
        if (IpAddress.isValid(resourceId)) {
            return OnPremisesShapes.holding(model, IpAddress.parse(resourceId)).stream().filter(drawn).findFirst().orElse(null);
        }
        return null;
    }

    /** The first candidate that is drawn, or null when none is. */
    public String shapeFor(Hop hop, Predicate<String> drawn) {
        for (String id : candidates(hop)) {
            if (drawn.test(id)) {
                return id;
            }
        }
        return null;
    }

    /** Ids that could stand for the hop, the most specific first. */
    public List<String> candidates(Hop hop) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(hop.componentId());
        // Egress is judged where the packet leaves (its source), ingress where it arrives.
        boolean ingress = hop.direction() == Direction.INGRESS;
        IpAddress here = ingress ? hop.packet().dst() : hop.packet().src();
        switch (hop.kind()) {
            case SECURITY_GROUP -> addInterfaceOwner(ids, hop, here);
            case NETWORK_ACL -> addSubnetOfAcl(ids, hop.componentId(), here);
            case ROUTE_TABLE -> addSubnetOfTable(ids, hop.componentId(), hop.packet().src());
            case TRANSIT_GATEWAY_ATTACHMENT -> new TransitHopShapes(model).addAttachment(ids, hop);
            case TRANSIT_GATEWAY_ROUTE_TABLE -> new TransitHopShapes(model).addRouteTable(ids, hop);
            // A target group acts in the load balancer's node that forwards to it (rulebook 10).
            case TARGET_GROUP -> model.loadBalancers().stream()
                    .filter(lb -> lb.listeners().stream().anyMatch(l -> l.targetGroupIds().contains(hop.componentId())))
                    .forEach(lb -> ids.add(lb.id()));
            // Leaving AWS the far end is the destination, arriving it is the source.
            case VPN_CONNECTION, VIRTUAL_INTERFACE -> ids.addAll(OnPremisesShapes.forLink(model, hop.componentId(),
                    ingress ? hop.packet().src() : hop.packet().dst()));
            default -> addInterfaceOwner(ids, hop, here);
        }
        return new ArrayList<>(ids);
    }

    private void addInterfaceOwner(Set<String> ids, Hop hop, IpAddress address) {
        NetworkInterface eni = model.find(hop.componentId())
                .filter(NetworkInterface.class::isInstance).map(NetworkInterface.class::cast)
                .orElseGet(() -> interfaceWith(address));
        if (eni == null) {
            return;
        }
        Workload owner = model.ownerOf(eni.id());
        if (owner != null) {
            ids.add(owner.id());
        }
        NatGateway nat = natOf(eni.id());
        if (nat != null) {
            ids.add(nat.id());
        }
        // A load balancer node's groups are the load balancer's: its hop is shown on the load balancer.
        LoadBalancer lb = loadBalancerOf(eni.id());
        if (lb != null) {
            ids.add(lb.id());
        }
        ids.add(eni.id());
        ids.add(eni.subnetId());
    }

    private LoadBalancer loadBalancerOf(String interfaceId) {
        for (LoadBalancer lb : model.loadBalancers()) {
            if (lb.networkInterfaceIds().contains(interfaceId)) {
                return lb;
            }
        }
        return null;
    }

    private NatGateway natOf(String interfaceId) {
        for (NatGateway n : model.natGateways()) {
            if (interfaceId.equals(n.networkInterfaceId())) {
                return n;
            }
        }
        return null;
    }

    private NetworkInterface interfaceWith(IpAddress address) {
        if (address == null) {
            return null;
        }
        for (NetworkInterface eni : model.networkInterfaces()) {
            if (eni.hasPrivateAddress(address) || address.equals(eni.publicIp())) {
                return eni;
            }
        }
        return null;
    }

    private void addSubnetOfAcl(Set<String> ids, String aclId, IpAddress address) {
        List<Subnet> served = model.subnets().stream().filter(s -> {
            NetworkAcl acl = model.networkAclOf(s.id());
            return acl != null && acl.id().equals(aclId);
        }).toList();
        addSubnets(ids, served, address);
    }

    private void addSubnetOfTable(Set<String> ids, String tableId, IpAddress address) {
        List<Subnet> served = model.subnets().stream().filter(s -> {
            RouteTable rt = model.routeTableOf(s.id());
            return rt != null && rt.id().equals(tableId);
        }).toList();
        addSubnets(ids, served, address);
        model.find(tableId).filter(RouteTable.class::isInstance).map(RouteTable.class::cast)
                .ifPresent(rt -> ids.add(rt.vpcId()));
    }

    private static void addSubnets(Set<String> ids, List<Subnet> served, IpAddress address) {
        for (Subnet s : served) {
            if (address != null && s.contains(address)) {
                ids.add(s.id());
            }
        }
        served.forEach(s -> ids.add(s.id()));
    }
}
