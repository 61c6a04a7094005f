package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes resources together with what cannot exist without them (a VPC's subnets, tables, ACLs,
 * groups and gateways; a subnet's interfaces, NATs and the workloads left without an interface; a
 * workload's interfaces), and removes every reference that pointed at something deleted: subnet
 * associations, routes to a deleted target (AWS would show them as blackholes; a drawn network has
 * no use for them), group rules naming a deleted group, and endpoint and interface lists.
 */
public record DeleteResourcesEdit(Set<String> ids) implements Edit {

    public DeleteResourcesEdit {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return ids.size() == 1 ? Text.of("edit.delete.one", ids.iterator().next()) : Text.of("edit.delete.many", ids.size());
    }

    /** The picked ids and everything that goes with them, in a stable order: what the confirmation lists. */
    public static Set<String> closure(NetworkModel model, Set<String> picked) {
        Set<String> all = new LinkedHashSet<>();
        for (String id : picked) {
            if (model.find(id).isPresent()) {
                all.add(id);
            }
        }
        boolean grew = true;
        while (grew) {
            int before = all.size();
            for (Subnet s : model.subnets()) {
                addIf(all, all.contains(s.vpcId()), s.id());
            }
            for (RouteTable t : model.routeTables()) {
                addIf(all, all.contains(t.vpcId()), t.id());
            }
            for (NetworkAcl a : model.networkAcls()) {
                addIf(all, all.contains(a.vpcId()), a.id());
            }
            for (SecurityGroup g : model.securityGroups()) {
                addIf(all, all.contains(g.vpcId()), g.id());
            }
            for (InternetGateway g : model.internetGateways()) {
                addIf(all, g.vpcId() != null && all.contains(g.vpcId()), g.id());
            }
            for (EgressOnlyInternetGateway g : model.egressOnlyInternetGateways()) {
                addIf(all, all.contains(g.vpcId()), g.id());
            }
            for (VpnGateway g : model.vpnGateways()) {
                addIf(all, g.vpcId() != null && all.contains(g.vpcId()), g.id());
            }
            for (VpcEndpoint e : model.vpcEndpoints()) {
                addIf(all, all.contains(e.vpcId()), e.id());
            }
            for (VpcPeeringConnection p : model.peeringConnections()) {
                addIf(all, all.contains(p.requesterVpcId()) || all.contains(p.accepterVpcId()), p.id());
            }
            for (NatGateway n : model.natGateways()) {
                addIf(all, all.contains(n.subnetId()), n.id());
            }
            for (NetworkInterface eni : model.networkInterfaces()) {
                Workload owner = model.ownerOf(eni.id());
                addIf(all, all.contains(eni.subnetId()) || (owner != null && all.contains(owner.id())), eni.id());
            }
            for (Workload w : model.workloads()) {
                addIf(all, !w.networkInterfaceIds().isEmpty() && all.containsAll(w.networkInterfaceIds()), w.id());
            }
            LoadBalancerCascade.grow(model, all);
            TransitCascade.grow(model, all);
            HybridCascade.grow(model, all);
            grew = all.size() > before;
        }
        return all;
    }

    private static void addIf(Set<String> all, boolean condition, String id) {
        if (condition) {
            all.add(id);
        }
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel model = diagram.model();
        Set<String> gone = closure(model, ids);
        if (gone.isEmpty()) {
            throw new IllegalStateException("none of " + ids + " exists any more");
        }
        NetworkModel.Builder b = model.toBuilder();
        gone.forEach(b::remove);
        b.mapAll(RouteTable.class, t -> t.withSubnetIds(keep(t.subnetIds(), gone))
                .withRoutes(t.routes().stream().filter(r -> !gone.contains(r.targetId())).toList()));
        b.mapAll(NetworkAcl.class, a -> a.withSubnetIds(keep(a.subnetIds(), gone)));
        b.mapAll(SecurityGroup.class, g -> g.withInbound(keepRules(g.inbound(), gone)).withOutbound(keepRules(g.outbound(), gone)));
        b.mapAll(NetworkInterface.class, eni -> eni.withSecurityGroupIds(keep(eni.securityGroupIds(), gone)));
        b.mapAll(Workload.class, w -> new Workload(w.id(), w.name(), w.workloadKind(),
                keep(w.networkInterfaceIds(), gone), w.clientProfile()));
        b.mapAll(VpcEndpoint.class, e -> new VpcEndpoint(e.id(), e.name(), e.vpcId(), e.type(), e.serviceName(),
                keep(e.routeTableIds(), gone), keep(e.subnetIds(), gone), keep(e.networkInterfaceIds(), gone),
                keep(e.securityGroupIds(), gone), e.state()));
        LoadBalancerCascade.clear(model, b, gone);
        TransitCascade.clear(b, gone);
        HybridCascade.clear(b, gone);
        Layout layout = diagram.layout();
        for (String id : gone) {
            layout = layout.without(id);
        }
        return new Diagram(diagram.title(), diagram.description(), b.build(), layout);
    }

    private static List<String> keep(List<String> ids, Set<String> gone) {
        return ids.stream().filter(id -> !gone.contains(id)).toList();
    }

    private static List<SgRule> keepRules(List<SgRule> rules, Set<String> gone) {
        return rules.stream().filter(r -> r.peer().refId() == null || !gone.contains(r.peer().refId())).toList();
    }
}
