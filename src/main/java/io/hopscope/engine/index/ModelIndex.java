package io.hopscope.engine.index;

import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every lookup a trace needs, built once per model so that no hop scans the whole model: ENIs by
 * private and public address, security-group members' private addresses, sorted NACLs, LPM route
 * tables, prefix-list CIDRs, gateways per VPC and peerings.
 */
public final class ModelIndex {
    private final NetworkModel model;
    private final InterfaceIndex interfaces;
    private final TransitIndex transit;
    private final SpreadMap<String, Subnet> subnets;
    private final SpreadMap<String, SecurityGroup> securityGroups;
    private final SpreadMap<String, Workload> workloads;
    private final SpreadMap<String, AclIndex> aclBySubnet;
    private final SpreadMap<String, RouteIndex> routeTableBySubnet;
    private final Map<String, InternetGateway> igwByVpc = new HashMap<>();
    private final Map<String, EgressOnlyInternetGateway> eigwByVpc = new HashMap<>();
    private final Map<String, VpnGateway> vgwByVpc = new HashMap<>();
    private final Map<String, Set<String>> peeredVpcs = new HashMap<>();
    private final Map<String, List<Cidr>> prefixLists = new HashMap<>();
    private final Map<String, AclIndex> acls = new HashMap<>();
    private final Map<String, RouteIndex> routeTables = new HashMap<>();
    private final List<ExternalEndpoint> services = new ArrayList<>();

    public ModelIndex(NetworkModel model) {
        this.model = model;
        subnets = new SpreadMap<>(model.subnets().size());
        aclBySubnet = new SpreadMap<>(model.subnets().size());
        routeTableBySubnet = new SpreadMap<>(model.subnets().size());
        securityGroups = new SpreadMap<>(model.securityGroups().size());
        workloads = new SpreadMap<>(model.workloads().size());
        for (PrefixList p : model.prefixLists()) {
            prefixLists.put(p.id(), p.cidrs());
        }
        for (ExternalEndpoint e : model.externals()) {
            if (e.externalKind() == ExternalKind.AWS_SERVICE) {
                services.add(e);
                if (e.prefixListId() != null && !e.cidrs().isEmpty()) {
                    prefixLists.putIfAbsent(e.prefixListId(), e.cidrs());
                }
            }
        }
        interfaces = new InterfaceIndex(model);
        transit = new TransitIndex(model);
        for (InternetGateway g : model.internetGateways()) {
            if (g.vpcId() != null) {
                igwByVpc.putIfAbsent(g.vpcId(), g);
            }
        }
        for (EgressOnlyInternetGateway g : model.egressOnlyInternetGateways()) {
            eigwByVpc.putIfAbsent(g.vpcId(), g);
        }
        for (VpnGateway g : model.vpnGateways()) {
            if (g.vpcId() != null) {
                vgwByVpc.putIfAbsent(g.vpcId(), g);
            }
        }
        for (VpcPeeringConnection p : model.peeringConnections()) {
            peeredVpcs.computeIfAbsent(p.requesterVpcId(), k -> new HashSet<>()).add(p.accepterVpcId());
            peeredVpcs.computeIfAbsent(p.accepterVpcId(), k -> new HashSet<>()).add(p.requesterVpcId());
        }
        for (NetworkAcl a : model.networkAcls()) {
            acls.put(a.id(), new AclIndex(a));
        }
        for (RouteTable t : model.routeTables()) {
            routeTables.put(t.id(), new RouteIndex(t, prefixLists));
        }
        indexById();
    }

    /**
     * The model's own id lookups, copied where a trace asks them on every hop. Only what the model
     * itself answers for an id goes in (the first resource with an id wins there), so these agree.
     */
    private void indexById() {
        LongLoop.forEach(model.subnets(), this::indexSubnet);
        LongLoop.forEach(model.securityGroups(), g -> {
            if (model.securityGroup(g.id()) == g) {
                securityGroups.put(g.id(), g);
            }
        });
        LongLoop.forEach(model.workloads(), w -> {
            if (model.workload(w.id()) == w) {
                workloads.put(w.id(), w);
            }
        });
    }

    private void indexSubnet(Subnet s) {
        if (model.subnet(s.id()) == s) {
            subnets.put(s.id(), s);
            NetworkAcl acl = model.networkAclOf(s.id());
            if (acl != null && acls.get(acl.id()) != null) {
                aclBySubnet.put(s.id(), acls.get(acl.id()));
            }
            RouteTable t = model.routeTableOf(s.id());
            if (t != null && routeTables.get(t.id()) != null) {
                routeTableBySubnet.put(s.id(), routeTables.get(t.id()));
            }
        }
    }

    /** Transit gateways, attachments and their route tables' effective routes. */
    public TransitIndex transit() {
        return transit;
    }

    public NetworkModel model() {
        return model;
    }

    public NetworkInterface eni(String id) {
        return interfaces.eni(id);
    }

    /** The interface holding private (or IPv6) address {@code ip} inside {@code vpcId}, or null. */
    public NetworkInterface eniByPrivateIp(String vpcId, IpAddress ip) {
        for (NetworkInterface eni : interfaces.enisByPrivateIp(ip)) {
            if (vpcId == null || vpcId.equals(vpcOfSubnet(eni.subnetId()))) {
                return eni;
            }
        }
        return null;
    }

    public List<NetworkInterface> enisByPrivateIp(IpAddress ip) {
        return interfaces.enisByPrivateIp(ip);
    }

    public NetworkInterface eniByPublicIp(IpAddress ip) {
        return interfaces.eniByPublicIp(ip);
    }

    public NatGateway natOfEni(String eniId) {
        return interfaces.natOfEni(eniId);
    }

    public NetworkInterface eniOfNat(String natId) {
        return interfaces.eniOfNat(natId);
    }

    public boolean isSgMember(String sgId, IpAddress ip) {
        return interfaces.isSgMember(sgId, ip);
    }

    public InternetGateway igwOf(String vpcId) {
        return igwByVpc.get(vpcId);
    }

    public VpnGateway vgwOf(String vpcId) {
        return vgwByVpc.get(vpcId);
    }

    public EgressOnlyInternetGateway eigwOf(String vpcId) {
        return eigwByVpc.get(vpcId);
    }

    /** Whether any peering connection (whatever its state) joins the two VPCs. */
    public boolean arePeered(String vpcA, String vpcB) {
        return peeredVpcs.getOrDefault(vpcA, Set.of()).contains(vpcB);
    }

    /** An active, same-Region peering between the two VPCs: what cross-VPC SG references need [PCX]. */
    public boolean activeSameRegionPeering(String vpcA, String vpcB) {
        if (!arePeered(vpcA, vpcB)) {
            return false;
        }
        for (VpcPeeringConnection p : model.peeringConnections()) {
            if (vpcB.equals(p.peerOf(vpcA)) && p.isActive() && p.isSameRegion()) {
                return true;
            }
        }
        return false;
    }

    public List<Cidr> prefixListCidrs(String prefixListId) {
        return prefixLists.getOrDefault(prefixListId, List.of());
    }

    public AclIndex aclOfSubnet(String subnetId) {
        AclIndex known = aclBySubnet.get(subnetId);
        if (known != null) {
            return known;
        }
        NetworkAcl acl = model.networkAclOf(subnetId);
        return acl == null ? null : acls.get(acl.id());
    }

    public RouteIndex routeTableOfSubnet(String subnetId) {
        RouteIndex known = routeTableBySubnet.get(subnetId);
        if (known != null) {
            return known;
        }
        RouteTable t = model.routeTableOf(subnetId);
        return t == null ? null : routeTables.get(t.id());
    }

    /** The network ACL with this id, or null. */
    public AclIndex acl(String id) {
        return acls.get(id);
    }

    public RouteIndex routeTable(String id) {
        return routeTables.get(id);
    }

    /** As {@link NetworkModel#subnet}, from the trace's own table. */
    public Subnet subnet(String id) {
        return subnets.get(id);
    }

    /** As {@link NetworkModel#securityGroup}, from the trace's own table. */
    public SecurityGroup securityGroup(String id) {
        return securityGroups.get(id);
    }

    /** As {@link NetworkModel#workload}, from the trace's own table. */
    public Workload workload(String id) {
        return workloads.get(id);
    }

    public String vpcOfSubnet(String subnetId) {
        Subnet s = subnets.get(subnetId);
        return s == null ? null : s.vpcId();
    }

    public String vpcOfEni(NetworkInterface eni) {
        return vpcOfSubnet(eni.subnetId());
    }

    public Vpc vpc(String id) {
        return model.vpc(id);
    }

    /** The subnet of {@code vpcId} whose block holds {@code ip}, or null. */
    public Subnet subnetContaining(String vpcId, IpAddress ip) {
        for (Subnet s : model.subnetsOf(vpcId)) {
            if (s.contains(ip)) {
                return s;
            }
        }
        return null;
    }

    /** The first VPC whose CIDRs hold {@code ip}, or null when none does. */
    public String vpcContaining(IpAddress ip) {
        for (Vpc v : model.vpcs()) {
            if (v.contains(ip)) {
                return v.id();
            }
        }
        return null;
    }

    /** AWS services known to the model (external endpoints of kind aws-service). */
    public List<ExternalEndpoint> services() {
        return services;
    }

    /** The prefix list id whose CIDRs hold {@code ip}, or null: how an address is recognised as an AWS service. */
    public String servicePrefixListOf(IpAddress ip) {
        for (Map.Entry<String, List<Cidr>> e : prefixLists.entrySet()) {
            PrefixList p = model.prefixList(e.getKey());
            boolean aws = p == null || p.name().startsWith("com.amazonaws");
            if (aws) {
                for (Cidr c : e.getValue()) {
                    if (c.contains(ip)) {
                        return e.getKey();
                    }
                }
            }
        }
        return null;
    }
}
