package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;

/** Gives a resource a new name (its Name tag); the id, which references use, stays. */
public record RenameResourceEdit(String resourceId, String newName) implements Edit {

    public RenameResourceEdit {
        newName = newName == null ? "" : newName.strip();
    }

    /** Whether a resource of this type can be renamed by this edit. */
    public static boolean canRename(Resource r) {
        return renamed(r, "") != null;
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.rename", resourceId, newName);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Resource r = diagram.model().find(resourceId)
                .orElseThrow(() -> new IllegalStateException(resourceId + " no longer exists"));
        Resource changed = renamed(r, newName);
        if (changed == null) {
            throw new IllegalStateException(r.kind().wireName() + " " + resourceId + " cannot be renamed here");
        }
        return diagram.withModel(diagram.model().with(changed));
    }

    private static Resource renamed(Resource r, String n) {
        if (r instanceof Vpc v) return v.withName(n);
        if (r instanceof Subnet s) return s.withName(n);
        if (r instanceof Workload w) return w.withName(n);
        if (r instanceof RouteTable t) return new RouteTable(t.id(), n, t.vpcId(), t.main(), t.subnetIds(), t.routes(),
                t.propagatingVgwIds());
        if (r instanceof NetworkAcl a) return new NetworkAcl(a.id(), n, a.vpcId(), a.isDefault(), a.subnetIds(), a.entries());
        if (r instanceof SecurityGroup g) return new SecurityGroup(g.id(), n, g.vpcId(), g.description(), g.inbound(), g.outbound());
        if (r instanceof NetworkInterface e) return new NetworkInterface(e.id(), n, e.subnetId(), e.type(), e.privateIps(),
                e.publicIp(), e.ipv6Ips(), e.securityGroupIds(), e.description());
        if (r instanceof NatGateway g) return new NatGateway(g.id(), n, g.subnetId(), g.publicConnectivity(), g.privateIp(),
                g.elasticIp(), g.networkInterfaceId(), g.state());
        if (r instanceof InternetGateway g) return new InternetGateway(g.id(), n, g.vpcId());
        if (r instanceof EgressOnlyInternetGateway g) return new EgressOnlyInternetGateway(g.id(), n, g.vpcId());
        if (r instanceof VpnGateway g) return new VpnGateway(g.id(), n, g.vpcId());
        if (r instanceof ExternalEndpoint x) return new ExternalEndpoint(x.id(), n, x.externalKind(), x.cidrs(),
                x.serviceName(), x.prefixListId(), x.gatewayId());
        if (r instanceof VpcEndpoint e) return new VpcEndpoint(e.id(), n, e.vpcId(), e.type(), e.serviceName(),
                e.routeTableIds(), e.subnetIds(), e.networkInterfaceIds(), e.securityGroupIds(), e.state());
        if (r instanceof VpcPeeringConnection p) return new VpcPeeringConnection(p.id(), n, p.requesterVpcId(),
                p.accepterVpcId(), p.requesterRegion(), p.accepterRegion(), p.status());
        if (r instanceof io.hopscope.model.HybridResource h) return HybridRenames.renamed(h, n);
        return null;
    }
}
