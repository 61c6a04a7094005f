package io.hopscope.edit;

import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What belongs to a VPC and goes with it into a copy: the VPC first, then its subnets, route
 * tables, ACLs, groups, gateways, endpoints, the NAT gateways and interfaces in its subnets, and
 * the workloads owning those interfaces. Peering connections belong to two VPCs and prefix lists to
 * the Region, so neither is a member.
 */
final class VpcMembers {

    private VpcMembers() {
    }

    static List<Resource> of(NetworkModel model, Vpc vpc) {
        String id = vpc.id();
        List<Resource> members = new ArrayList<>();
        members.add(vpc);
        members.addAll(model.subnetsOf(id));
        Set<String> subnets = new HashSet<>();
        model.subnetsOf(id).forEach(s -> subnets.add(s.id()));
        model.routeTables().stream().filter(t -> id.equals(t.vpcId())).forEach(members::add);
        model.networkAcls().stream().filter(a -> id.equals(a.vpcId())).forEach(members::add);
        model.securityGroups().stream().filter(g -> id.equals(g.vpcId())).forEach(members::add);
        model.internetGateways().stream().filter(g -> id.equals(g.vpcId())).forEach(members::add);
        model.egressOnlyInternetGateways().stream().filter(g -> id.equals(g.vpcId())).forEach(members::add);
        model.vpnGateways().stream().filter(g -> id.equals(g.vpcId())).forEach(members::add);
        model.natGateways().stream().filter(n -> subnets.contains(n.subnetId())).forEach(members::add);
        model.vpcEndpoints().stream().filter(e -> id.equals(e.vpcId())).forEach(members::add);
        Set<String> enis = new HashSet<>();
        for (NetworkInterface eni : model.networkInterfaces()) {
            if (subnets.contains(eni.subnetId())) {
                members.add(eni);
                enis.add(eni.id());
            }
        }
        for (Workload w : model.workloads()) {
            if (w.networkInterfaceIds().stream().anyMatch(enis::contains)) {
                members.add(w);
            }
        }
        return members;
    }
}
