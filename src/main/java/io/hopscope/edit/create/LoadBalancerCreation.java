package io.hopscope.edit.create;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A new Application or Network Load Balancer as AWS makes one (rulebook 10): one node interface per
 * enabled subnet, at most one subnet per Availability Zone, and at least two zones for an ALB where
 * the VPC has them [ELBHOW]. The subnet dropped on comes first; the others are the VPC's subnets in
 * other zones that are public when it is public, private when it is private. Dropped in a public
 * subnet the load balancer is internet-facing (its nodes get public addresses), else internal. An
 * ALB always has security groups [ALBSG]: a new one admitting its listener port from the internet
 * (internet-facing) or from the VPC (internal); an NLB is created without any [NLBSG]. Its one
 * listener forwards port 80 to a new, empty target group of instances in the VPC.
 */
final class LoadBalancerCreation {

    private static final int PORT = 80;

    private final NetworkModel model;
    private final Function<String, String> ids;

    LoadBalancerCreation(NetworkModel model, Function<String, String> ids) {
        this.model = model;
        this.ids = ids;
    }

    String create(LoadBalancerType type, Vpc vpc, Subnet dropped, List<Resource> created) {
        boolean internetFacing = model.isPublic(dropped.id());
        List<Subnet> subnets = nodeSubnets(vpc, dropped, internetFacing);
        String shortName = type.shortName().toLowerCase(java.util.Locale.ROOT);
        String lbId = ids.apply(shortName + "-");
        String name = shortName + "-" + lbId.substring(lbId.length() - 4);
        List<String> groups = new ArrayList<>();
        if (type == LoadBalancerType.APPLICATION) {
            Cidr from = internetFacing || vpc.ipv4Cidrs().isEmpty() ? Cidr.ANY_IPV4 : vpc.ipv4Cidrs().get(0);
            SecurityGroup sg = new SecurityGroup(ids.apply("sg-"), name + "-sg", vpc.id(),
                    "security group of load balancer " + name,
                    List.of(new SgRule(Protocol.TCP, PortRange.single(PORT), null, SgPeer.cidr(from), "listener HTTP:80")),
                    List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), "")));
            created.add(sg);
            groups.add(sg.id());
        }
        String tgId = ids.apply("tg-");
        boolean alb = type == LoadBalancerType.APPLICATION;
        created.add(new TargetGroup(tgId, name + "-tg", TargetType.INSTANCE, alb ? "HTTP" : "TCP", PORT, vpc.id(),
                List.of(), null, null));
        List<String> enis = new ArrayList<>();
        Set<IpAddress> publicTaken = new HashSet<>();
        // The node interfaces are described the way ELB names them, "ELB app/NAME/ID" [ELBHOW].
        String description = "ELB " + (alb ? "app/" : "net/") + name + "/" + lbId;
        for (Subnet s : subnets) {
            IpAddress privateIp = FreeAddresses.freeIp(model, s, taken(created)).orElse(null);
            if (privateIp == null) {
                continue;
            }
            IpAddress publicIp = null;
            if (internetFacing) {
                publicIp = FreeAddresses.freePublicIp(model, publicTaken).orElse(null);
                if (publicIp != null) {
                    publicTaken.add(publicIp);
                }
            }
            NetworkInterface eni = new NetworkInterface(ids.apply("eni-"), "", s.id(), InterfaceType.LOAD_BALANCER,
                    List.of(privateIp), publicIp, List.of(), groups, description);
            created.add(eni);
            enis.add(eni.id());
        }
        List<String> subnetIds = created.stream().filter(r -> r instanceof NetworkInterface)
                .map(r -> ((NetworkInterface) r).subnetId()).toList();
        created.add(new LoadBalancer(lbId, name, type, !internetFacing, vpc.id(), subnetIds, groups, enis,
                List.of(new Listener(PORT, alb ? "HTTP" : "TCP", tgId)), null, "active"));
        return lbId;
    }

    /** The dropped subnet, then one subnet of the same kind (public or private) in each other zone. */
    private List<Subnet> nodeSubnets(Vpc vpc, Subnet dropped, boolean internetFacing) {
        Map<String, Subnet> byZone = new LinkedHashMap<>();
        byZone.put(dropped.availabilityZone(), dropped);
        for (Subnet s : model.subnetsOf(vpc.id())) {
            if (s.availabilityZone().isEmpty() || byZone.containsKey(s.availabilityZone()) || s.cidr() == null) {
                continue;
            }
            if (model.isPublic(s.id()) == internetFacing && FreeAddresses.freeIp(model, s).isPresent()) {
                byZone.put(s.availabilityZone(), s);
            }
        }
        return List.copyOf(byZone.values());
    }

    private static Set<IpAddress> taken(List<Resource> created) {
        Set<IpAddress> ips = new HashSet<>();
        for (Resource r : created) {
            if (r instanceof NetworkInterface eni) {
                ips.addAll(eni.privateIps());
            }
        }
        return ips;
    }
}
