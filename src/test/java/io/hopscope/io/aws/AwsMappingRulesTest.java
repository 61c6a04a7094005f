package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.AclEntry;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per mapping rule of stage two, each on a small hand-written account. */
class AwsMappingRulesTest {

    @TempDir
    Path dir;

    private NetworkModel load(AwsFixture f) {
        AwsImport result = f.importAll();
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        return result.model();
    }

    @Test
    void nameTagBecomesNameAndVpcKeepsLiveCidrBlocksOnly() {
        NetworkModel m = load(new AwsFixture(dir));
        Vpc vpc = m.vpc("vpc-1");
        assertEquals("main-vpc", vpc.name());
        assertEquals(List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")), vpc.ipv4Cidrs());
        assertEquals(List.of(Cidr.parse("2600:1f18:1:100::/56")), vpc.ipv6Cidrs());
        assertEquals("us-east-1", vpc.region(), "Region from the availability zone when no Region folder");
        assertEquals("web-a", m.subnet("subnet-a").name());
        assertEquals("", m.subnet("subnet-b").name());
        assertEquals(Cidr.parse("2600:1f18:1:100::/64"), m.subnet("subnet-a").ipv6Cidr());
        assertEquals("us-east-1b", m.subnet("subnet-b").availabilityZone());
        assertEquals("vpc-1", m.internetGateway("igw-1").vpcId());
        assertEquals("app", m.securityGroup("sg-app").name(), "GroupName when there is no Name tag");
    }

    @Test
    void naclStarRulesAreImplicitAndNotStored() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-network-acls.json", """
                {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": false,
                  "Associations": [{"SubnetId": "subnet-b", "NetworkAclId": "acl-1"}],
                  "Entries": [
                    {"RuleNumber": 32767, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"},
                    {"RuleNumber": 32768, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "Ipv6CidrBlock": "::/0"},
                    {"RuleNumber": 200, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "10.0.0.0/16",
                     "PortRange": {"From": 3306, "To": 3306}},
                    {"RuleNumber": 100, "Egress": false, "Protocol": "6", "RuleAction": "deny", "CidrBlock": "10.0.1.0/24",
                     "PortRange": {"From": 3306, "To": 3306}},
                    {"RuleNumber": 110, "Egress": true, "Protocol": "1", "RuleAction": "allow", "CidrBlock": "10.0.1.0/24",
                     "IcmpTypeCode": {"Type": 0, "Code": -1}},
                    {"RuleNumber": 120, "Egress": true, "Protocol": "58", "RuleAction": "allow",
                     "Ipv6CidrBlock": "2600:1f18:1:100::/64", "IcmpTypeCode": {"Type": 129, "Code": 0}}]}]}
                """));
        NetworkAcl acl = m.networkAcl("acl-1");
        assertEquals(4, acl.entries().size());
        assertTrue(acl.entries().stream().allMatch(e -> e.ruleNumber() <= AclEntry.MAX_RULE_NUMBER));
        assertEquals(new AclEntry(200, false, Protocol.TCP, PortRange.single(3306), null, Cidr.parse("10.0.0.0/16"),
                RuleAction.ALLOW), acl.entries().get(0), "entries keep API order; the engine sorts by number");
        assertEquals(RuleAction.DENY, acl.entries().get(1).action());
        assertEquals(new IcmpMatch(0, -1), acl.entries().get(2).icmp());
        assertTrue(acl.entries().get(2).egress());
        assertEquals(Protocol.ICMPV6, acl.entries().get(3).protocol());
        assertEquals(Cidr.parse("2600:1f18:1:100::/64"), acl.entries().get(3).cidr());
    }

    @Test
    void naclAssociationsAndIsDefaultDecideEachSubnetsAcl() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-network-acls.json", """
                {"NetworkAcls": [
                  {"NetworkAclId": "acl-default", "VpcId": "vpc-1", "IsDefault": true,
                   "Associations": [{"SubnetId": "subnet-a"}], "Entries": []},
                  {"NetworkAclId": "acl-db", "VpcId": "vpc-1", "IsDefault": false,
                   "Associations": [{"SubnetId": "subnet-b"}], "Entries": [], "Tags": [{"Key": "Name", "Value": "db"}]}]}
                """));
        assertTrue(m.networkAcl("acl-default").isDefault());
        assertFalse(m.networkAcl("acl-db").isDefault());
        assertEquals("db", m.networkAcl("acl-db").name());
        assertEquals("acl-default", m.networkAclOf("subnet-a").id());
        assertEquals("acl-db", m.networkAclOf("subnet-b").id());
    }

    @Test
    void permissionWithSeveralPeersBecomesOneRulePerPeer() {
        NetworkModel m = load(new AwsFixture(dir).write("more-groups.json", """
                {"SecurityGroups": [{"GroupId": "sg-web", "GroupName": "web", "VpcId": "vpc-1",
                  "Tags": [{"Key": "Name", "Value": "web servers"}],
                  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                    "IpRanges": [{"CidrIp": "203.0.113.0/24", "Description": "office"}, {"CidrIp": "198.51.100.7/32"}],
                    "Ipv6Ranges": [{"CidrIpv6": "2001:db8::/32"}],
                    "UserIdGroupPairs": [{"GroupId": "sg-app"}],
                    "PrefixListIds": [{"PrefixListId": "pl-1"}]}],
                  "IpPermissionsEgress": []}]}
                """).write("describe-prefix-lists.json", """
                {"PrefixLists": [{"PrefixListId": "pl-1", "PrefixListName": "corp", "Cidrs": ["192.0.2.0/24"]}]}
                """));
        SecurityGroup web = m.securityGroup("sg-web");
        assertEquals("web servers", web.name());
        List<SgPeer> peers = web.inbound().stream().map(SgRule::peer).toList();
        assertEquals(List.of(SgPeer.cidr(Cidr.parse("203.0.113.0/24")), SgPeer.cidr(Cidr.parse("198.51.100.7/32")),
                SgPeer.cidr(Cidr.parse("2001:db8::/32")), SgPeer.group("sg-app"), SgPeer.prefixList("pl-1")), peers);
        assertTrue(web.inbound().stream().allMatch(r -> r.protocol().equals(Protocol.TCP)
                && r.ports().equals(PortRange.single(443))));
        assertEquals("office", web.inbound().get(0).description());
        assertTrue(web.outbound().isEmpty());
        assertEquals(0, m.externals().size(), "a customer prefix list is not an AWS service");
    }

    @Test
    void protocolFormsMapToPortsOrIcmpTypeAndCode() {
        NetworkModel m = load(new AwsFixture(dir).write("more-groups.json", """
                {"SecurityGroups": [{"GroupId": "sg-p", "GroupName": "p", "VpcId": "vpc-1", "IpPermissionsEgress": [],
                  "IpPermissions": [
                    {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "6", "FromPort": 1024, "ToPort": 65535, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "udp", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "icmp", "FromPort": 8, "ToPort": 0, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "icmpv6", "FromPort": 128, "ToPort": -1, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
                    {"IpProtocol": "47", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}]}]}
                """));
        List<SgRule> in = m.securityGroup("sg-p").inbound();
        assertEquals(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.parse("10.0.0.0/8")), ""), in.get(0));
        assertEquals(new PortRange(1024, 65535), in.get(1).ports());
        assertEquals(Protocol.TCP, in.get(1).protocol());
        assertEquals(PortRange.ALL, in.get(2).ports(), "udp without ports means all ports");
        assertEquals(new IcmpMatch(8, 0), in.get(3).icmp());
        assertNull(in.get(3).ports());
        assertEquals(IcmpMatch.ANY, in.get(4).icmp());
        assertEquals(new IcmpMatch(128, -1), in.get(5).icmp());
        assertEquals(new Protocol(47), in.get(6).protocol());
        assertNull(in.get(6).ports());
        assertNull(in.get(6).icmp());
    }

    @Test
    void everyRouteTargetFieldMapsToItsKind() {
        NetworkModel m = load(routingFixture());
        RouteTable t = m.routeTable("rtb-a");
        assertEquals(List.of("subnet-a"), t.subnetIds());
        assertFalse(t.main());
        List<Route> r = t.routes();
        assertEquals(Route.local(Cidr.parse("10.0.0.0/16")), r.get(0));
        assertEquals(Route.to(Cidr.parse("0.0.0.0/0"), RouteTargetKind.INTERNET_GATEWAY, "igw-1"), r.get(1));
        assertEquals(Route.to(Cidr.parse("::/0"), RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, "eigw-1"), r.get(2));
        assertEquals(Route.to(Cidr.parse("172.16.0.0/16"), RouteTargetKind.NAT_GATEWAY, "nat-1"), r.get(3));
        assertEquals(Route.to(Cidr.parse("10.2.0.0/16"), RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-1"), r.get(4));
        assertEquals(Route.toPrefixList("pl-s3", RouteTargetKind.GATEWAY_ENDPOINT, "vpce-s3"), r.get(5));
        assertEquals(new Route(Cidr.parse("192.168.0.0/16"), null, RouteTargetKind.VPN_GATEWAY, "vgw-1", false, true),
                r.get(6), "Origin EnableVgwRoutePropagation = propagated");
        assertEquals(Route.to(Cidr.parse("10.50.0.0/16"), RouteTargetKind.TRANSIT_GATEWAY, "tgw-1"), r.get(7));
        assertEquals(Route.to(Cidr.parse("10.60.0.0/16"), RouteTargetKind.NETWORK_INTERFACE, "eni-app"), r.get(8));
        assertEquals(Route.to(Cidr.parse("10.70.0.0/16"), RouteTargetKind.NETWORK_INTERFACE, "eni-app"), r.get(9),
                "InstanceId targets become the instance's primary ENI");
        assertEquals(Route.to(Cidr.parse("10.80.0.0/16"), RouteTargetKind.NAT_GATEWAY, "nat-1").asBlackhole(), r.get(10));
        assertEquals(new Route(Cidr.parse("10.90.0.0/16"), null, RouteTargetKind.VPN_GATEWAY, "vgw-1", false, true),
                r.get(11), "Origin CreateRoutePropagation = propagated");
        assertTrue(m.routeTable("rtb-main").main());
        assertEquals("rtb-main", m.routeTableOf("subnet-b").id());
        assertEquals("vpc-1", m.egressOnlyInternetGateways().get(0).vpcId());
        assertEquals("vpc-1", m.vpnGateways().get(0).vpcId());
    }

    static AwsFixture routingFixture(AwsFixture f) {
        return f.write("describe-route-tables.json", """
                {"RouteTables": [
                  {"RouteTableId": "rtb-main", "VpcId": "vpc-1", "Associations": [{"Main": true}],
                   "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"}]},
                  {"RouteTableId": "rtb-a", "VpcId": "vpc-1",
                   "Associations": [{"Main": false, "SubnetId": "subnet-a"}],
                   "Routes": [
                    {"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"},
                    {"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationIpv6CidrBlock": "::/0", "EgressOnlyInternetGatewayId": "eigw-1", "State": "active"},
                    {"DestinationCidrBlock": "172.16.0.0/16", "NatGatewayId": "nat-1", "State": "active"},
                    {"DestinationCidrBlock": "10.2.0.0/16", "VpcPeeringConnectionId": "pcx-1", "State": "active"},
                    {"DestinationPrefixListId": "pl-s3", "GatewayId": "vpce-s3", "State": "active"},
                    {"DestinationCidrBlock": "192.168.0.0/16", "GatewayId": "vgw-1", "Origin": "EnableVgwRoutePropagation",
                     "State": "active"},
                    {"DestinationCidrBlock": "10.50.0.0/16", "TransitGatewayId": "tgw-1", "State": "active"},
                    {"DestinationCidrBlock": "10.60.0.0/16", "NetworkInterfaceId": "eni-app", "State": "active"},
                    {"DestinationCidrBlock": "10.70.0.0/16", "InstanceId": "i-app", "State": "active"},
                    {"DestinationCidrBlock": "10.80.0.0/16", "NatGatewayId": "nat-1", "State": "blackhole"},
                    {"DestinationCidrBlock": "10.90.0.0/16", "GatewayId": "vgw-1", "Origin": "CreateRoutePropagation",
                     "State": "active"}]}]}
                """).write("describe-egress-only-internet-gateways.json", """
                {"EgressOnlyInternetGateways": [{"EgressOnlyInternetGatewayId": "eigw-1",
                  "Attachments": [{"State": "attached", "VpcId": "vpc-1"}]}]}
                """).write("describe-vpn-gateways.json", """
                {"VpnGateways": [{"VpnGatewayId": "vgw-1", "State": "available",
                  "VpcAttachments": [{"State": "attached", "VpcId": "vpc-1"}]}]}
                """).write("describe-transit-gateways.json", """
                {"TransitGateways": [{"TransitGatewayId": "tgw-1", "State": "available"}]}
                """).write("describe-nat-gateways.json", """
                {"NatGateways": [{"NatGatewayId": "nat-1", "SubnetId": "subnet-a", "VpcId": "vpc-1", "State": "available",
                  "CreateTime": "2020-03-03 01:21:01+00:00", "ConnectivityType": "public",
                  "NatGatewayAddresses": [{"PrivateIp": "10.0.1.100", "PublicIp": "198.51.100.50",
                    "NetworkInterfaceId": "eni-nat", "IsPrimary": true}]}]}
                """).write("describe-vpc-peering-connections.json", """
                {"VpcPeeringConnections": [{"VpcPeeringConnectionId": "pcx-1",
                  "RequesterVpcInfo": {"VpcId": "vpc-1", "Region": "us-east-1"},
                  "AccepterVpcInfo": {"VpcId": "vpc-other", "Region": "us-west-2", "OwnerId": "444455556666"},
                  "Status": {"Code": "pending-acceptance", "Message": "Pending"}}]}
                """).write("describe-vpc-endpoints.json", """
                {"VpcEndpoints": [{"VpcEndpointId": "vpce-s3", "VpcEndpointType": "Gateway", "VpcId": "vpc-1",
                  "ServiceName": "com.amazonaws.us-east-1.s3", "State": "available", "RouteTableIds": ["rtb-a"],
                  "SubnetIds": [], "Groups": [], "NetworkInterfaceIds": [],
                  "CreationTimestamp": "2024-05-14T09:20:03.000Z"}]}
                """).write("describe-prefix-lists.json", """
                {"PrefixLists": [{"PrefixListId": "pl-s3", "PrefixListName": "com.amazonaws.us-east-1.s3",
                  "Cidrs": ["52.216.0.0/15", "3.5.0.0/19"]},
                  {"PrefixListId": "pl-ddb", "PrefixListName": "com.amazonaws.us-east-1.dynamodb", "Cidrs": ["52.94.0.0/22"]}]}
                """).write("describe-instances.json", """
                {"Reservations": [{"ReservationId": "r-1", "Instances": [{"InstanceId": "i-app", "SubnetId": "subnet-a",
                  "VpcId": "vpc-1", "LaunchTime": "2024-05-14T09:12:44+00:00", "State": {"Code": 16, "Name": "running"},
                  "Tags": [{"Key": "Name", "Value": "app-1"}],
                  "NetworkInterfaces": [{"NetworkInterfaceId": "eni-app", "SubnetId": "subnet-a",
                    "PrivateIpAddress": "10.0.1.10", "Groups": [{"GroupId": "sg-app"}],
                    "Attachment": {"DeviceIndex": 0, "AttachTime": "2024-05-14T09:12:44+00:00"}}]}]}]}
                """);
    }

    private AwsFixture routingFixture() {
        return routingFixture(new AwsFixture(dir));
    }

    @Test
    void natEndpointPeeringAndServiceFieldsAreCarried() {
        NetworkModel m = load(routingFixture());
        var nat = m.natGateway("nat-1");
        assertEquals(IpAddress.parse("10.0.1.100"), nat.privateIp());
        assertEquals(IpAddress.parse("198.51.100.50"), nat.elasticIp());
        // eni-nat is not in the fixture's describe-network-interfaces: kept, it would dangle and fail validate.
        assertNull(nat.networkInterfaceId());
        assertEquals("available", nat.state());
        VpcPeeringConnection pcx = m.peeringConnection("pcx-1");
        assertEquals("vpc-1", pcx.requesterVpcId());
        assertEquals("vpc-other", pcx.accepterVpcId());
        assertEquals("us-west-2", pcx.accepterRegion());
        assertEquals("pending-acceptance", pcx.status());
        assertFalse(pcx.isActive());
        VpcEndpoint s3 = m.vpcEndpoint("vpce-s3");
        assertEquals(EndpointType.GATEWAY, s3.type());
        assertEquals(List.of("rtb-a"), s3.routeTableIds());
        assertEquals("com.amazonaws.us-east-1.s3", s3.serviceName());
        ExternalEndpoint s3Service = (ExternalEndpoint) m.find("s3").orElseThrow();
        assertEquals(ExternalKind.AWS_SERVICE, s3Service.externalKind());
        assertEquals("pl-s3", s3Service.prefixListId());
        assertEquals(List.of(Cidr.parse("52.216.0.0/15"), Cidr.parse("3.5.0.0/19")), s3Service.cidrs());
        ExternalEndpoint ddb = (ExternalEndpoint) m.find("dynamodb").orElseThrow();
        assertEquals("dynamodb", ddb.serviceName());
        assertEquals("pl-ddb", ddb.prefixListId());
    }

    @Test
    void privateNatGatewayHasNoPublicConnectivity() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-nat-gateways.json", """
                {"NatGateways": [{"NatGatewayId": "nat-p", "SubnetId": "subnet-b", "State": "pending",
                  "ConnectivityType": "private",
                  "NatGatewayAddresses": [{"PrivateIp": "10.0.2.9", "NetworkInterfaceId": "eni-natp"}]}]}
                """));
        assertFalse(m.natGateway("nat-p").publicConnectivity());
        assertNull(m.natGateway("nat-p").elasticIp());
        assertFalse(m.natGateway("nat-p").isAvailable());
    }

    @Test
    void describeNetworkInterfacesWinsOverTheInstancesOwnCopy() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-instances.json", """
                {"Reservations": [{"Instances": [{"InstanceId": "i-1", "SubnetId": "subnet-a", "Platform": "windows",
                  "State": {"Name": "running"},
                  "NetworkInterfaces": [
                    {"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.99",
                     "Groups": [{"GroupId": "sg-db"}], "Attachment": {"DeviceIndex": 0}},
                    {"NetworkInterfaceId": "eni-2", "SubnetId": "subnet-b", "PrivateIpAddress": "10.0.2.20",
                     "Groups": [{"GroupId": "sg-app"}], "Attachment": {"DeviceIndex": 1}}]},
                  {"InstanceId": "i-gone", "SubnetId": "subnet-a", "State": {"Name": "terminated"}}]}]}
                """).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "InterfaceType": "interface",
                  "Description": "", "PrivateIpAddress": "10.0.1.11",
                  "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.12", "Primary": false},
                                         {"PrivateIpAddress": "10.0.1.11", "Primary": true,
                                          "Association": {"PublicIp": "198.51.100.11"}}],
                  "Ipv6Addresses": [{"Ipv6Address": "2600:1f18:1:100::11"}],
                  "Groups": [{"GroupId": "sg-app"}, {"GroupId": "sg-db"}],
                  "Attachment": {"InstanceId": "i-1", "DeviceIndex": 0, "AttachTime": "2020-03-03 01:21:03+00:00"},
                  "TagSet": [{"Key": "Name", "Value": "app-primary"}]}]}
                """));
        Workload w = m.workload("i-1");
        assertEquals(List.of("eni-1", "eni-2"), w.networkInterfaceIds());
        assertEquals(ClientProfile.WINDOWS, w.clientProfile());
        assertEquals(WorkloadKind.EC2, w.workloadKind());
        NetworkInterface eni1 = m.networkInterface("eni-1");
        assertEquals(List.of(IpAddress.parse("10.0.1.11"), IpAddress.parse("10.0.1.12")), eni1.privateIps(),
                "primary first");
        assertEquals(IpAddress.parse("198.51.100.11"), eni1.publicIp());
        assertEquals(List.of(IpAddress.parse("2600:1f18:1:100::11")), eni1.ipv6Ips());
        assertEquals(List.of("sg-app", "sg-db"), eni1.securityGroupIds());
        assertEquals("app-primary", eni1.name());
        assertEquals(InterfaceType.INSTANCE, eni1.type());
        NetworkInterface eni2 = m.networkInterface("eni-2");
        assertEquals(List.of(IpAddress.parse("10.0.2.20")), eni2.privateIps(), "fallback to the instance's copy");
        assertEquals(InterfaceType.INSTANCE, eni2.type());
        assertNull(m.workload("i-gone"), "terminated instances are skipped");
    }

    @Test
    void interfaceTypeAndDescriptionDecideWhoOwnsAnEni() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [
                  {"NetworkInterfaceId": "eni-nat", "SubnetId": "subnet-a", "InterfaceType": "nat_gateway",
                   "Description": "Interface for NAT Gateway nat-1", "PrivateIpAddress": "10.0.1.100"},
                  {"NetworkInterfaceId": "eni-vpce", "SubnetId": "subnet-a", "InterfaceType": "vpc_endpoint",
                   "Description": "VPC Endpoint Interface vpce-1", "PrivateIpAddress": "10.0.1.101"},
                  {"NetworkInterfaceId": "eni-elb", "SubnetId": "subnet-a", "InterfaceType": "interface",
                   "Description": "ELB app/web/50dc6c495c0c9188", "PrivateIpAddress": "10.0.1.102"},
                  {"NetworkInterfaceId": "eni-rds", "SubnetId": "subnet-b", "InterfaceType": "interface",
                   "Description": "RDSNetworkInterface", "PrivateIpAddress": "10.0.2.45",
                   "Attachment": {"InstanceOwnerId": "amazon-rds"}},
                  {"NetworkInterfaceId": "eni-l1", "SubnetId": "subnet-b", "InterfaceType": "lambda",
                   "Description": "AWS Lambda VPC ENI-orders-fn-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab",
                   "PrivateIpAddress": "10.0.2.50", "Groups": [{"GroupId": "sg-app"}]},
                  {"NetworkInterfaceId": "eni-l2", "SubnetId": "subnet-a", "InterfaceType": "interface",
                   "Description": "AWS Lambda VPC ENI-orders-fn-99999999-aaaa-bbbb-cccc-0123456789ab",
                   "PrivateIpAddress": "10.0.1.50"},
                  {"NetworkInterfaceId": "eni-free", "SubnetId": "subnet-a", "InterfaceType": "interface",
                   "Description": "spare", "PrivateIpAddress": "10.0.1.200"}]}
                """));
        assertEquals(InterfaceType.NAT_GATEWAY, m.networkInterface("eni-nat").type());
        assertEquals(InterfaceType.VPC_ENDPOINT, m.networkInterface("eni-vpce").type());
        assertEquals(InterfaceType.LOAD_BALANCER, m.networkInterface("eni-elb").type());
        assertEquals(InterfaceType.RDS, m.networkInterface("eni-rds").type());
        assertEquals(InterfaceType.LAMBDA, m.networkInterface("eni-l1").type());
        assertEquals(InterfaceType.LAMBDA, m.networkInterface("eni-l2").type());
        assertEquals(InterfaceType.OTHER, m.networkInterface("eni-free").type());
        Workload lambda = m.workload("orders-fn");
        assertEquals(WorkloadKind.LAMBDA, lambda.workloadKind());
        assertEquals(List.of("eni-l1", "eni-l2"), lambda.networkInterfaceIds());
        assertEquals(ClientProfile.LAMBDA, lambda.clientProfile());
        assertEquals(1, m.workloads().size());
    }

    @Test
    void rdsWithoutMatchingEniIsKeptWithoutAnInventedAddress() {
        AwsImport result = new AwsFixture(dir).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [
                  {"NetworkInterfaceId": "eni-rds-a", "SubnetId": "subnet-a", "Description": "RDSNetworkInterface",
                   "PrivateIpAddress": "10.0.1.45", "Groups": [{"GroupId": "sg-db"}]},
                  {"NetworkInterfaceId": "eni-rds-b", "SubnetId": "subnet-b", "Description": "RDSNetworkInterface",
                   "PrivateIpAddress": "10.0.2.45", "Groups": [{"GroupId": "sg-db"}]}]}
                """).write("describe-db-instances.json", """
                {"DBInstances": [
                  {"DBInstanceIdentifier": "orders-db", "AvailabilityZone": "us-east-1b",
                   "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db", "Status": "active"}],
                   "DBSubnetGroup": {"VpcId": "vpc-1", "Subnets": [{"SubnetIdentifier": "subnet-a"},
                                                                     {"SubnetIdentifier": "subnet-b"}]}},
                  {"DBInstanceIdentifier": "reports-db", "AvailabilityZone": "us-east-1a",
                   "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-app"}],
                   "DBSubnetGroup": {"Subnets": [{"SubnetIdentifier": "subnet-a"}]}}]}
                """).importAll();
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        NetworkModel m = result.model();
        assertEquals(List.of("eni-rds-b"), m.workload("orders-db").networkInterfaceIds(),
                "the ENI in the DB's availability zone, not the standby's");
        assertEquals(List.of(), m.workload("reports-db").networkInterfaceIds(), "SGs differ: no ENI, no invented IP");
        assertTrue(result.problems().stream().anyMatch(p -> p.resourceId() != null
                && p.resourceId().equals("reports-db") && p.message().contains("without an address")));
    }

    @Test
    void elasticIpFromDescribeAddressesFillsAMissingPublicIp() {
        NetworkModel m = load(new AwsFixture(dir).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-x", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.5"}]}
                """).write("describe-addresses.json", """
                {"Addresses": [{"PublicIp": "198.51.100.99", "NetworkInterfaceId": "eni-x", "AllocationId": "eipalloc-1"}]}
                """));
        assertEquals(IpAddress.parse("198.51.100.99"), m.networkInterface("eni-x").publicIp());
    }
}
