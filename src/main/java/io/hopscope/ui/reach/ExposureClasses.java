package io.hopscope.ui.reach;

import io.hopscope.model.AclEntry;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Interfaces that a host on the internet cannot tell apart: same subnet, same security groups, same
 * kind of interface and owner, the same kinds of address, and every address inside exactly the same
 * blocks of every CIDR the model holds (routes, NACL entries, group rules, prefix lists, VPC and
 * subnet blocks, external networks). Every component decides on those facts only, so such
 * interfaces have the same exposure up to their own addresses, and one answer serves them all. A
 * model with transit gateways, VPN or Direct Connect, or load balancers (whose routes and listeners
 * hold more addresses) gets no classes: every interface is answered on its own.
 */
final class ExposureClasses {
    private final NetworkModel model;
    private final List<Cidr> blocks;

    private ExposureClasses(NetworkModel model, List<Cidr> blocks) {
        this.model = model;
        this.blocks = blocks;
    }

    /** The classes of {@code model}, or null when it holds components this does not reason about. */
    static ExposureClasses of(NetworkModel model) {
        if (!model.transit().isEmpty() || !model.hybrid().isEmpty() || !model.loadBalancing().isEmpty()) {
            return null;
        }
        Set<Cidr> all = new LinkedHashSet<>();
        for (Vpc v : model.vpcs()) {
            all.addAll(v.ipv4Cidrs());
            all.addAll(v.ipv6Cidrs());
        }
        for (Subnet s : model.subnets()) {
            all.add(s.cidr());
            if (s.ipv6Cidr() != null) {
                all.add(s.ipv6Cidr());
            }
        }
        for (RouteTable t : model.routeTables()) {
            for (Route r : t.routes()) {
                if (r.destination() != null) {
                    all.add(r.destination());
                }
            }
        }
        for (NetworkAcl a : model.networkAcls()) {
            for (AclEntry e : a.entries()) {
                all.add(e.cidr());
            }
        }
        for (SecurityGroup g : model.securityGroups()) {
            for (List<SgRule> rules : List.of(g.inbound(), g.outbound())) {
                for (SgRule r : rules) {
                    if (r.peer().kind() == SgPeerKind.CIDR) {
                        all.add(r.peer().cidr());
                    }
                }
            }
        }
        for (PrefixList p : model.prefixLists()) {
            all.addAll(p.cidrs());
        }
        for (ExternalEndpoint x : model.externals()) {
            all.addAll(x.cidrs());
        }
        all.remove(null);
        return new ExposureClasses(model, new ArrayList<>(all));
    }

    /** What an interface's answer depends on besides its identity; equal keys, equal exposure. */
    List<Object> key(NetworkInterface e) {
        Workload owner = model.ownerOf(e.id());
        if (owner == null) {
            // NAT gateways and endpoints hold addresses of their own: never grouped.
            return List.of(e.id());
        }
        List<Object> k = new ArrayList<>(List.of(e.subnetId(), e.securityGroupIds(), e.type(), e.sourceDestCheck(),
                e.publicIp() != null, e.privateIps().size(), e.ipv6Ips().size(),
                owner.workloadKind() + "/" + owner.networkInterfaceIds().size()));
        for (IpAddress ip : e.privateIps()) {
            k.add(blocksOf(ip));
        }
        if (e.publicIp() != null) {
            k.add(blocksOf(e.publicIp()));
        }
        for (IpAddress ip : e.ipv6Ips()) {
            k.add(blocksOf(ip));
        }
        return k;
    }

    private List<Integer> blocksOf(IpAddress ip) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).version() == ip.version() && blocks.get(i).contains(ip)) {
                out.add(i);
            }
        }
        return out;
    }
}
