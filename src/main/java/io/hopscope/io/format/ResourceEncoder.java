package io.hopscope.io.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.model.AclEntry;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.HybridResource;
import io.hopscope.model.TransitResource;
import io.hopscope.model.LoadBalancing;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one model resource into its v1 JSON object. Fields come in a fixed order (id, name, the
 * owner reference, then the kind's own fields); a field holding its default (empty text, empty
 * list, false, the default state) is left out, so files stay short and every writer agrees.
 */
final class ResourceEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResourceEncoder() {
    }

    static ObjectNode encode(Resource r) {
        ObjectNode o = NODES.objectNode();
        o.put("id", r.id());
        text(o, "name", r.name());
        if (r instanceof Vpc v) {
            text(o, "region", v.region());
            list(o, "ipv4Cidrs", v.ipv4Cidrs());
            list(o, "ipv6Cidrs", v.ipv6Cidrs());
        } else if (r instanceof Subnet s) {
            text(o, "vpc", s.vpcId());
            text(o, "cidr", s.cidr());
            text(o, "ipv6Cidr", s.ipv6Cidr());
            text(o, "availabilityZone", s.availabilityZone());
        } else if (r instanceof RouteTable t) {
            text(o, "vpc", t.vpcId());
            flag(o, "main", t.main());
            list(o, "subnets", t.subnetIds());
            ArrayNode routes = NODES.arrayNode();
            t.routes().forEach(route -> routes.add(route(route)));
            nonEmpty(o, "routes", routes);
            list(o, "propagatingVgws", t.propagatingVgwIds());
        } else if (r instanceof NetworkAcl a) {
            text(o, "vpc", a.vpcId());
            flag(o, "default", a.isDefault());
            list(o, "subnets", a.subnetIds());
            nonEmpty(o, "inbound", aclEntries(a.inbound()));
            nonEmpty(o, "outbound", aclEntries(a.outbound()));
        } else if (r instanceof SecurityGroup g) {
            text(o, "vpc", g.vpcId());
            text(o, "description", g.description());
            nonEmpty(o, "inbound", sgRules(g.inbound()));
            nonEmpty(o, "outbound", sgRules(g.outbound()));
        } else if (r instanceof PrefixList p) {
            list(o, "cidrs", p.cidrs());
        } else if (r instanceof InternetGateway g) {
            text(o, "vpc", g.vpcId());
        } else if (r instanceof EgressOnlyInternetGateway g) {
            text(o, "vpc", g.vpcId());
        } else if (r instanceof NatGateway n) {
            encodeNat(o, n);
        } else if (r instanceof VpcEndpoint e) {
            encodeEndpoint(o, e);
        } else if (r instanceof VpcPeeringConnection p) {
            text(o, "requesterVpc", p.requesterVpcId());
            text(o, "requesterRegion", p.requesterRegion());
            text(o, "accepterVpc", p.accepterVpcId());
            text(o, "accepterRegion", p.accepterRegion());
            if (!p.status().equals(ResourceDecoder.DEFAULT_PEERING_STATUS)) {
                o.put("status", p.status());
            }
        } else if (r instanceof VpnGateway g) {
            text(o, "vpc", g.vpcId());
        } else if (r instanceof NetworkInterface n) {
            encodeInterface(o, n);
        } else if (r instanceof Workload w) {
            o.put("kind", w.workloadKind().wireName());
            list(o, "networkInterfaces", w.networkInterfaceIds());
            if (w.clientProfile() != new Workload(w.id(), w.name(), w.workloadKind(), List.of(), null).clientProfile()) {
                o.put("clientProfile", w.clientProfile().wireName());
            }
        } else if (r instanceof ExternalEndpoint e) {
            o.put("kind", e.externalKind().wireName());
            list(o, "cidrs", e.cidrs());
            text(o, "service", e.serviceName());
            text(o, "prefixList", e.prefixListId());
            text(o, "gateway", e.gatewayId());
        } else if (r instanceof HybridResource h) {
            HybridCodec.encode(o, h);
        } else if (r instanceof TransitResource t) {
            TransitCodec.encode(o, t);
        } else if (r instanceof LoadBalancing l) {
            LoadBalancingCodec.encode(o, l);
        } else {
            throw new IllegalArgumentException("no file encoding for " + r.getClass().getSimpleName());
        }
        return o;
    }

    private static void encodeNat(ObjectNode o, NatGateway n) {
        text(o, "subnet", n.subnetId());
        o.put("connectivity", n.publicConnectivity() ? "public" : "private");
        text(o, "privateIp", n.privateIp());
        text(o, "elasticIp", n.elasticIp());
        text(o, "networkInterface", n.networkInterfaceId());
        if (!n.state().equals(ResourceDecoder.DEFAULT_STATE)) {
            o.put("state", n.state());
        }
    }

    private static void encodeEndpoint(ObjectNode o, VpcEndpoint e) {
        text(o, "vpc", e.vpcId());
        o.put("type", e.type().wireName());
        text(o, "service", e.serviceName());
        list(o, "routeTables", e.routeTableIds());
        list(o, "subnets", e.subnetIds());
        list(o, "networkInterfaces", e.networkInterfaceIds());
        list(o, "securityGroups", e.securityGroupIds());
        if (!e.state().equals(ResourceDecoder.DEFAULT_STATE)) {
            o.put("state", e.state());
        }
    }

    private static void encodeInterface(ObjectNode o, NetworkInterface n) {
        text(o, "subnet", n.subnetId());
        o.put("type", n.type().wireName());
        list(o, "privateIps", n.privateIps());
        text(o, "publicIp", n.publicIp());
        list(o, "ipv6Ips", n.ipv6Ips());
        list(o, "securityGroups", n.securityGroupIds());
        text(o, "description", n.description());
        if (!n.sourceDestCheck()) {
            // Written only when off (an appliance); "disabled" reads as AWS's console says it.
            o.put("sourceDestCheck", "disabled");
        }
    }

    private static ObjectNode route(Route route) {
        ObjectNode o = NODES.objectNode();
        if (route.destination() != null) {
            o.put("destination", route.destination().toString());
        } else {
            o.put("destinationPrefixList", route.prefixListId());
        }
        o.put("targetKind", route.targetKind().wireName());
        if (route.targetKind() != RouteTargetKind.LOCAL) {
            text(o, "target", route.targetId());
        }
        flag(o, "blackhole", route.blackhole());
        flag(o, "propagated", route.propagated());
        return o;
    }

    /** NACL entries are written in evaluation order (lowest rule number first) [NACL]. */
    private static ArrayNode aclEntries(List<AclEntry> entries) {
        ArrayNode array = NODES.arrayNode();
        entries.stream().sorted(Comparator.comparingInt(AclEntry::ruleNumber)).forEach(e -> {
            ObjectNode o = array.addObject();
            o.put("rule", e.ruleNumber());
            o.put("action", e.action().wireName());
            o.put("protocol", e.protocol().label());
            ports(o, e.ports());
            icmp(o, e.icmp());
            o.put("cidr", e.cidr().toString());
        });
        return array;
    }

    private static ArrayNode sgRules(List<SgRule> rules) {
        ArrayNode array = NODES.arrayNode();
        for (SgRule rule : rules) {
            ObjectNode o = array.addObject();
            o.put("protocol", rule.protocol().label());
            ports(o, rule.ports());
            icmp(o, rule.icmp());
            switch (rule.peer().kind()) {
                case CIDR -> o.put("cidr", rule.peer().cidr().toString());
                case SECURITY_GROUP -> o.put("securityGroup", rule.peer().refId());
                case PREFIX_LIST -> o.put("prefixList", rule.peer().refId());
                default -> throw new IllegalStateException("unknown peer kind " + rule.peer().kind());
            }
            text(o, "description", rule.description());
        }
        return array;
    }

    private static void ports(ObjectNode o, PortRange ports) {
        if (ports != null) {
            o.put("ports", ports.isAll() ? "all" : ports.toString());
        }
    }

    private static void icmp(ObjectNode o, IcmpMatch icmp) {
        if (icmp != null) {
            ObjectNode i = o.putObject("icmp");
            i.put("type", icmp.type());
            i.put("code", icmp.code());
        }
    }

    private static void text(ObjectNode o, String field, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            o.put(field, value.toString());
        }
    }

    private static void flag(ObjectNode o, String field, boolean value) {
        if (value) {
            o.put(field, true);
        }
    }

    private static void list(ObjectNode o, String field, Collection<?> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(field);
            values.forEach(v -> array.add(v.toString()));
        }
    }

    private static void nonEmpty(ObjectNode o, String field, ArrayNode array) {
        if (!array.isEmpty()) {
            o.set(field, array);
        }
    }
}
