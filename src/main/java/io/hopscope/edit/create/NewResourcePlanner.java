package io.hopscope.edit.create;

import io.hopscope.text.Text;
import io.hopscope.edit.AddResourcesEdit;
import io.hopscope.edit.AssociateSubnetEdit;
import io.hopscope.edit.AttachSecurityGroupEdit;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.edit.fresh.FreshIds;

import io.hopscope.diagram.Shape;
import io.hopscope.model.AclEntry;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a palette drop creates: the resources (with fresh ids, the next free CIDR or
 * address) and their box, or why the drop is refused. Everything is worked out here, once, so the
 * edit itself is a plain value and redo gives the same ids.
 */
public final class NewResourcePlanner {

    /** Shapes snap to this grid, in canvas units. */
    public static final double GRID = 20;

    private final NetworkModel model;
    private final Set<String> taken = new HashSet<>();
    private final List<Resource> created = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();

    private NewResourcePlanner(NetworkModel model) {
        this.model = model;
    }

    public static CreatePlan plan(NetworkModel model, NewResourceKind kind, DropTarget target) {
        return new NewResourcePlanner(model).planFor(kind, target);
    }

    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    private CreatePlan planFor(NewResourceKind kind, DropTarget target) {
        Optional<io.hopscope.text.Text> refusal = new DropRefusals(model).refusal(kind, target);
        if (refusal.isPresent()) {
            return CreatePlan.refused(refusal.get());
        }
        Vpc vpc = target.vpcId() == null ? null : model.vpc(target.vpcId());
        Subnet subnet = target.subnetId() == null ? null : model.subnet(target.subnetId());
        if (vpc == null && subnet != null) {
            vpc = model.vpc(subnet.vpcId());
        }
        String id;
        switch (kind) {
            case VPC -> id = createVpc();
            case SUBNET -> id = createSubnet(vpc);
            case ROUTE_TABLE -> id = add(new RouteTable(id("rtb-"), "", vpc.id(), false, List.of(),
                    vpc.ipv4Cidrs().stream().map(Route::local).toList()));
            case NETWORK_ACL -> id = add(new NetworkAcl(id("acl-"), "", vpc.id(), false, List.of(), List.of()));
            case SECURITY_GROUP -> id = add(newGroup(vpc, "", "created on the canvas"));
            case INTERNET_GATEWAY -> id = add(new InternetGateway(id("igw-"), "", vpc.id()));
            case EGRESS_ONLY_INTERNET_GATEWAY -> id = add(new EgressOnlyInternetGateway(id("eigw-"), "", vpc.id()));
            case GATEWAY_ENDPOINT -> id = add(new VpcEndpoint(id("vpce-"), "", vpc.id(), EndpointType.GATEWAY,
                    "com.amazonaws." + region(vpc) + ".s3", mainTableIds(vpc), List.of(), List.of(), List.of(), null));
            case PEERING -> id = add(new VpcPeeringConnection(id("pcx-"), "", vpc.id(), DropRefusals.peerFor(model, vpc).orElseThrow().id(),
                    vpc.region(), DropRefusals.peerFor(model, vpc).orElseThrow().region(), "active"));
            case NAT_GATEWAY -> id = add(new NatGateway(id("nat-"), "", subnet.id(), true, ip(subnet),
                    null, null, "available"));
            case INTERFACE_ENDPOINT -> id = createInterfaceEndpoint(vpc, subnet);
            case INTERNET -> id = add(new ExternalEndpoint(id("internet-"), "internet", ExternalKind.INTERNET,
                    List.of(Cidr.ANY_IPV4), null, null, null));
            case AWS_SERVICE -> id = add(new ExternalEndpoint(id("service-"), "s3", ExternalKind.AWS_SERVICE,
                    List.of(), "s3", null, null));
            case TRANSIT_GATEWAY -> id = TransitCreation.create(model, this::id, this::add);
            case ON_PREMISES -> id = add(new ExternalEndpoint(id("onprem-"), "on-premises", ExternalKind.ON_PREMISES,
                    List.of(Cidr.parse("192.168.0.0/16")), null, null, null));
            case APPLICATION_LOAD_BALANCER -> id = new LoadBalancerCreation(model, this::id)
                    .create(io.hopscope.model.LoadBalancerType.APPLICATION, vpc, subnet, created);
            case NETWORK_LOAD_BALANCER -> id = new LoadBalancerCreation(model, this::id)
                    .create(io.hopscope.model.LoadBalancerType.NETWORK, vpc, subnet, created);
            case VPN_GATEWAY, VPN_CONNECTION, CUSTOMER_GATEWAY, DIRECT_CONNECT_GATEWAY ->
                    id = add(new HybridCreation(model, this::id).create(kind, vpc));
            default -> id = new WorkloadCreation(model, this::id, this::ip).create(kind, vpc, subnet, created);
        }
        List<Edit> parts = new ArrayList<>();
        // A gateway's drop point is already on its VPC's border (the canvas puts it there): centred
        // on it as is, since snapping would pull it off the line.
        if (kind.hasBox()) {
            double[] size = TransitCreation.boxOf(created, id, kind.width(), kind.height());
            double left = target.x() - size[0] / 2;
            double top = target.y() - size[1] / 2;
            shapes.add(kind.sitsOnVpcEdge() ? new Shape(id, left, top, size[0], size[1])
                    : new Shape(id, snap(left), snap(top), size[0], size[1]));
        }
        parts.add(AddResourcesEdit.described(Text.of("edit.add", kind.text()), created, shapes));
        if (kind == NewResourceKind.SECURITY_GROUP && target.workloadId() != null) {
            parts.add(new AttachSecurityGroupEdit(id, target.workloadId()));
        }
        if ((kind == NewResourceKind.ROUTE_TABLE || kind == NewResourceKind.NETWORK_ACL) && subnet != null) {
            parts.add(new AssociateSubnetEdit(subnet.id(), id));
        }
        Edit edit = parts.size() == 1 ? parts.get(0)
                : CompositeEdit.described(Text.of("edit.add.to", kind.text(), subnet != null && target.workloadId() == null
                        ? subnet.id() : target.workloadId()), parts);
        if (kind == NewResourceKind.VPN_CONNECTION) {
            edit = HybridCreation.withPropagation(model, edit, created);
        }
        return CreatePlan.of(edit, id);
    }

    private String createVpc() {
        String vpcId = id("vpc-");
        Cidr cidr = FreeAddresses.nextVpcCidr(model).orElseThrow();
        Vpc vpc = new Vpc(vpcId, "", "", List.of(cidr), List.of());
        add(vpc);
        // AWS creates a main route table, a default ACL allowing everything and a default group with
        // every VPC [RT][NACL][SG].
        add(new RouteTable(id("rtb-"), "", vpcId, true, List.of(), List.of(Route.local(cidr))));
        add(new NetworkAcl(id("acl-"), "", vpcId, true, List.of(), List.of(
                AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))));
        SecurityGroup group = newGroup(vpc, "default", "default VPC security group");
        add(group.withInbound(List.of(new SgRule(Protocol.ALL, null, null, SgPeer.group(group.id()), ""))));
        return vpcId;
    }

    private String createSubnet(Vpc vpc) {
        Cidr cidr = FreeAddresses.nextSubnetCidr(model, vpc).orElseThrow();
        return add(new Subnet(id("subnet-"), "", vpc.id(), cidr, null, ""));
    }

    private String createInterfaceEndpoint(Vpc vpc, Subnet subnet) {
        String eniId = id("eni-");
        String endpointId = id("vpce-");
        add(new NetworkInterface(eniId, "", subnet.id(), InterfaceType.VPC_ENDPOINT, List.of(ip(subnet)), null,
                List.of(), defaultGroup(vpc), "VPC endpoint " + endpointId));
        return add(new VpcEndpoint(endpointId, "", vpc.id(), EndpointType.INTERFACE,
                "com.amazonaws." + region(vpc) + ".ssm", List.of(), List.of(subnet.id()), List.of(eniId),
                defaultGroup(vpc), null));
    }

    /** A new group allows all outbound traffic and no inbound traffic until rules are added [SG]. */
    private SecurityGroup newGroup(Vpc vpc, String name, String description) {
        return new SecurityGroup(id("sg-"), name, vpc.id(), description, List.of(),
                List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), "")));
    }

    List<String> defaultGroup(Vpc vpc) {
        if (vpc == null) {
            return List.of();
        }
        return model.securityGroups().stream().filter(g -> g.vpcId().equals(vpc.id()) && "default".equals(g.name()))
                .map(SecurityGroup::id).limit(1).toList();
    }

    private List<String> mainTableIds(Vpc vpc) {
        return model.routeTables().stream().filter(t -> t.main() && t.vpcId().equals(vpc.id()))
                .map(RouteTable::id).toList();
    }

    private static String region(Vpc vpc) {
        return vpc.region().isEmpty() ? "us-east-1" : vpc.region();
    }

    private String add(Resource r) {
        created.add(r);
        taken.add(r.id());
        return r.id();
    }

    String id(String prefix) {
        String id = FreshIds.next(model, prefix, taken);
        taken.add(id);
        return id;
    }

    IpAddress ip(Subnet subnet) {
        Set<IpAddress> handedOut = new HashSet<>();
        for (Resource r : created) {
            if (r instanceof NetworkInterface eni) {
                handedOut.addAll(eni.privateIps());
            }
            if (r instanceof NatGateway nat && nat.privateIp() != null) {
                handedOut.add(nat.privateIp());
            }
        }
        return FreeAddresses.freeIp(model, subnet, handedOut).orElseThrow();
    }
}
