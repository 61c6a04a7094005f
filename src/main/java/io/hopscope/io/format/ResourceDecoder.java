package io.hopscope.io.format;

import io.hopscope.check.Problem;
import io.hopscope.model.AclEntry;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads one resource object of a model section into its record, the mirror of
 * {@link ResourceEncoder}. Returns null when any field failed; every failure is reported.
 */
final class ResourceDecoder {

    static final String DEFAULT_STATE = "available";
    static final String DEFAULT_PEERING_STATUS = "active";

    private ResourceDecoder() {
    }

    static Resource decode(ModelSection section, JsonFields f, List<Problem> problems) {
        String id = f.requiredText("id");
        String name = f.optionalText("name");
        tooLong(f, "id", id);
        tooLong(f, "name", name);
        Resource r = switch (section) {
            case VPCS -> vpc(f, id, name);
            case SUBNETS -> subnet(f, id, name);
            case ROUTE_TABLES -> routeTable(f, id, name, problems);
            case NETWORK_ACLS -> networkAcl(f, id, name, problems);
            case SECURITY_GROUPS -> securityGroup(f, id, name, problems);
            case PREFIX_LISTS -> {
                List<Cidr> cidrs = f.cidrList("cidrs");
                yield complete(f, () -> new PrefixList(id, name, nonNull(cidrs, f)));
            }
            case INTERNET_GATEWAYS -> {
                String vpc = f.optionalRef("vpc");
                yield complete(f, () -> new InternetGateway(id, name, vpc));
            }
            case EGRESS_ONLY_INTERNET_GATEWAYS -> {
                String vpc = f.requiredText("vpc");
                yield complete(f, () -> new EgressOnlyInternetGateway(id, name, vpc));
            }
            case NAT_GATEWAYS -> nat(f, id, name);
            case VPC_ENDPOINTS -> endpoint(f, id, name);
            case PEERING_CONNECTIONS -> peering(f, id, name);
            case VPN_GATEWAYS -> {
                String vpc = f.optionalRef("vpc");
                yield complete(f, () -> new VpnGateway(id, name, vpc));
            }
            case NETWORK_INTERFACES -> networkInterface(f, id, name);
            case WORKLOADS -> workload(f, id, name);
            case EXTERNALS -> external(f, id, name);
            case CUSTOMER_GATEWAYS, VPN_CONNECTIONS, DIRECT_CONNECT_GATEWAYS, VIRTUAL_INTERFACES ->
                    HybridCodec.decode(section, f, id, name, problems);
            case TRANSIT_GATEWAYS, TRANSIT_GATEWAY_ATTACHMENTS, TRANSIT_GATEWAY_ROUTE_TABLES ->
                    TransitCodec.decode(section, f, id, name, problems);
            case LOAD_BALANCERS, TARGET_GROUPS -> LoadBalancingCodec.decode(section, f, id, name, problems);
        };
        return f.ok() ? r : null;
    }

    private static Vpc vpc(JsonFields f, String id, String name) {
        String region = f.optionalText("region");
        List<Cidr> v4 = f.cidrList("ipv4Cidrs");
        List<Cidr> v6 = f.cidrList("ipv6Cidrs");
        return complete(f, () -> new Vpc(id, name, region, v4, v6));
    }

    private static Subnet subnet(JsonFields f, String id, String name) {
        String vpc = f.requiredText("vpc");
        Cidr cidr = f.cidr("cidr", false);
        Cidr ipv6 = f.cidr("ipv6Cidr", false);
        String az = f.optionalText("availabilityZone");
        return complete(f, () -> new Subnet(id, name, vpc, cidr, ipv6, az));
    }

    private static RouteTable routeTable(JsonFields f, String id, String name, List<Problem> problems) {
        String vpc = f.requiredText("vpc");
        boolean main = f.flag("main");
        List<String> subnets = f.textList("subnets");
        List<Route> routes = RuleDecoder.routes(f, problems);
        List<String> propagating = f.textList("propagatingVgws");
        return complete(f, () -> new RouteTable(id, name, vpc, main, nonNull(subnets, f), nonNull(routes, f),
                nonNull(propagating, f)));
    }

    private static NetworkAcl networkAcl(JsonFields f, String id, String name, List<Problem> problems) {
        String vpc = f.requiredText("vpc");
        boolean isDefault = f.flag("default");
        List<String> subnets = f.textList("subnets");
        List<AclEntry> inbound = RuleDecoder.aclEntries(f, "inbound", false, problems);
        List<AclEntry> outbound = RuleDecoder.aclEntries(f, "outbound", true, problems);
        return complete(f, () -> {
            List<AclEntry> all = new ArrayList<>(nonNull(inbound, f));
            all.addAll(nonNull(outbound, f));
            return new NetworkAcl(id, name, vpc, isDefault, nonNull(subnets, f), all);
        });
    }

    private static SecurityGroup securityGroup(JsonFields f, String id, String name, List<Problem> problems) {
        String vpc = f.requiredText("vpc");
        String description = f.optionalText("description");
        List<SgRule> inbound = RuleDecoder.sgRules(f, "inbound", problems);
        List<SgRule> outbound = RuleDecoder.sgRules(f, "outbound", problems);
        return complete(f, () -> new SecurityGroup(id, name, vpc, description, nonNull(inbound, f), nonNull(outbound, f)));
    }

    private static NatGateway nat(JsonFields f, String id, String name) {
        String subnet = f.requiredText("subnet");
        String connectivity = f.requiredText("connectivity");
        if (connectivity != null && !connectivity.equals("public") && !connectivity.equals("private")) {
            f.error("connectivity", Text.of("field.nat.notAConnectivity", connectivity));
        }
        IpAddress privateIp = f.ip("privateIp");
        IpAddress elasticIp = f.ip("elasticIp");
        String eni = f.optionalRef("networkInterface");
        String state = f.optionalRef("state");
        return complete(f, () -> new NatGateway(id, name, subnet, "public".equals(connectivity), privateIp, elasticIp,
                eni, state));
    }

    private static VpcEndpoint endpoint(JsonFields f, String id, String name) {
        String vpc = f.requiredText("vpc");
        EndpointType type = wireEnum(f, "type", EndpointType.values(), EndpointType::wireName, Text.of("field.what.endpointType"));
        String service = f.optionalText("service");
        List<String> routeTables = f.textList("routeTables");
        List<String> subnets = f.textList("subnets");
        List<String> enis = f.textList("networkInterfaces");
        List<String> groups = f.textList("securityGroups");
        String state = f.optionalRef("state");
        return complete(f, () -> new VpcEndpoint(id, name, vpc, type, service, nonNull(routeTables, f),
                nonNull(subnets, f), nonNull(enis, f), nonNull(groups, f), state));
    }

    private static VpcPeeringConnection peering(JsonFields f, String id, String name) {
        String requester = f.requiredText("requesterVpc");
        String requesterRegion = f.optionalText("requesterRegion");
        String accepter = f.requiredText("accepterVpc");
        String accepterRegion = f.optionalText("accepterRegion");
        String status = f.optionalRef("status");
        return complete(f, () -> new VpcPeeringConnection(id, name, requester, accepter, requesterRegion,
                accepterRegion, status));
    }

    private static NetworkInterface networkInterface(JsonFields f, String id, String name) {
        String subnet = f.requiredText("subnet");
        InterfaceType type = wireEnum(f, "type", InterfaceType.values(), InterfaceType::wireName, Text.of("field.what.interfaceType"));
        List<IpAddress> privateIps = f.ipList("privateIps");
        IpAddress publicIp = f.ip("publicIp");
        List<IpAddress> ipv6 = f.ipList("ipv6Ips");
        List<String> groups = f.textList("securityGroups");
        String description = f.optionalText("description");
        String check = f.optionalRef("sourceDestCheck");
        if (check != null && !check.equals("enabled") && !check.equals("disabled")) {
            f.error("sourceDestCheck", Text.of("field.eni.notASourceDestCheck", check));
        }
        boolean sourceDestCheck = !"disabled".equals(check);
        return complete(f, () -> new NetworkInterface(id, name, subnet, type, nonNull(privateIps, f), publicIp,
                nonNull(ipv6, f), nonNull(groups, f), description, sourceDestCheck));
    }

    private static Workload workload(JsonFields f, String id, String name) {
        WorkloadKind kind = wireEnum(f, "kind", WorkloadKind.values(), WorkloadKind::wireName, Text.of("field.what.workloadKind"));
        List<String> enis = f.textList("networkInterfaces");
        ClientProfile profile = f.has("clientProfile")
                ? wireEnum(f, "clientProfile", ClientProfile.values(), ClientProfile::wireName, Text.of("field.what.clientProfile"))
                : null;
        return complete(f, () -> new Workload(id, name, kind, nonNull(enis, f), profile));
    }

    private static ExternalEndpoint external(JsonFields f, String id, String name) {
        ExternalKind kind = wireEnum(f, "kind", ExternalKind.values(), ExternalKind::wireName, Text.of("field.what.externalKind"));
        List<Cidr> cidrs = f.cidrList("cidrs");
        String service = f.optionalRef("service");
        String prefixList = f.optionalRef("prefixList");
        String gateway = f.optionalRef("gateway");
        return complete(f, () -> new ExternalEndpoint(id, name, kind, nonNull(cidrs, f), service, prefixList, gateway));
    }

    /** A required enum field written by its wire name; the message lists the accepted names. */
    private static <E> E wireEnum(JsonFields f, String field, E[] values, Function<E, String> wire, Text what) {
        String text = f.requiredText(field);
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E v : values) {
            if (wire.apply(v).equals(text)) {
                return v;
            }
            names.add(wire.apply(v));
        }
        f.error(field, Text.of("field.notOneOf", text, what, names));
        return null;
    }

    /** Ids and names are repeated in messages and on screen; AWS keeps them far shorter (a Name tag: 256). */
    private static void tooLong(JsonFields f, String field, String text) {
        if (text != null && text.length() > DiagramFormat.MAX_LABEL_LENGTH) {
            f.error(field, Text.of("field.tooLong", grouped(text.length()), grouped(DiagramFormat.MAX_LABEL_LENGTH)));
        }
    }

    /** "1,500": digits grouped as the English message always had them, in every language. */
    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** Checks unknown fields, then builds the record only when every field was read cleanly. */
    private static <T> T complete(JsonFields f, java.util.function.Supplier<T> build) {
        f.finish();
        return f.ok() ? build.get() : null;
    }

    private static <T> List<T> nonNull(List<T> list, JsonFields f) {
        return Objects.requireNonNull(list, () -> "list of " + f.path() + " read despite errors");
    }
}
