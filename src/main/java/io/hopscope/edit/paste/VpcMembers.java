package io.hopscope.edit.paste;

import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What belongs to VPCs and goes with them into a copy: the VPCs first, then each one's subnets,
 * route tables, ACLs, groups, gateways, endpoints, the NAT gateways and interfaces in its subnets,
 * the workloads owning those interfaces, its load balancers and target groups; last the peering
 * connections between two of the VPCs.
 * A peering to a VPC outside the set joins two VPCs, one of them not copied, and prefix lists
 * belong to the Region, so neither is a member.
 */
final class VpcMembers {

    private VpcMembers() {
    }

    static List<Resource> of(NetworkModel model, List<Vpc> vpcs) {
        List<Resource> members = new ArrayList<>(vpcs);
        Set<String> vpcIds = new HashSet<>();
        for (Vpc vpc : vpcs) {
            vpcIds.add(vpc.id());
            addContents(model, vpc.id(), members);
        }
        for (VpcPeeringConnection p : model.peeringConnections()) {
            if (vpcIds.contains(p.requesterVpcId()) && vpcIds.contains(p.accepterVpcId())) {
                members.add(p);
            }
        }
        return members;
    }

    private static void addContents(NetworkModel model, String id, List<Resource> members) {
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
        // Load balancers and target groups belong to one VPC (rulebook 10).
        model.loadBalancers().stream().filter(lb -> id.equals(lb.vpcId())).forEach(members::add);
        model.targetGroups().stream().filter(tg -> id.equals(tg.vpcId())).forEach(members::add);
    }
}
