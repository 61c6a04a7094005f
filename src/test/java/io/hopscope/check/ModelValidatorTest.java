package io.hopscope.check;

import static io.hopscope.check.Lab.cidr;
import static io.hopscope.check.Lab.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.AclEntry;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
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
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.EndpointType;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    private static List<Problem> validate(NetworkModel.Builder b) {
        return ModelValidator.validate(b.build());
    }

    private static Problem expect(List<Problem> problems, Severity severity, String location, String fragment) {
        for (Problem p : problems) {
            if (p.severity() == severity && p.location().equals(location) && p.message().contains(fragment)) {
                return p;
            }
        }
        throw new AssertionError("no " + severity + " at " + location + " containing '" + fragment + "'; got " + problems);
    }

    private static Problem error(List<Problem> problems, String location, String fragment) {
        return expect(problems, Severity.ERROR, location, fragment);
    }

    private static Problem warning(List<Problem> problems, String location, String fragment) {
        return expect(problems, Severity.WARNING, location, fragment);
    }

    private static NetworkModel.Builder withAppAcl(AclEntry... entries) {
        return Lab.builder().add(new NetworkAcl("acl-app", "db", "vpc-1", false, List.of("subnet-app"), List.of(entries)));
    }

    @Test
    void labModelHasNoProblems() {
        assertEquals(List.of(), ModelValidator.validate(Lab.model()));
    }

    @Test
    void rulesHaveDistinctNames() {
        assertEquals(ModelValidator.RULES.size(), new HashSet<>(ModelValidator.RULES.stream().map(ModelRule::name).toList()).size());
    }

    @Test
    void duplicateIdIsReportedAtTheSecondResourceByModelPosition() {
        List<Problem> p = validate(Lab.builder().add(new InternetGateway("subnet-web", "", null)));
        Problem dup = error(p, "$.model.internetGateways[1].id", "duplicate id 'subnet-web' (also used by subnet web)");
        assertEquals("subnet-web", dup.resourceId());
    }

    @Test
    void everyReferenceFieldIsChecked() {
        List<Problem> p = validate(Lab.builder()
                .add(new NatGateway("nat-1", "", "subnet-web", true, ip("10.0.1.5"), null, "eni-gone", null))
                .add(new VpcEndpoint("vpce-1", "", "vpc-1", EndpointType.GATEWAY, "s3", List.of("rtb-gone"), List.of(),
                        List.of(), List.of(), null))
                .add(new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-gone", "", "", null))
                .add(new ExternalEndpoint("ext-1", "", ExternalKind.ON_PREMISES, List.of(), null, "pl-gone", "vgw-gone")));
        error(p, "$.model.natGateways[0].networkInterface", "unknown network interface 'eni-gone'");
        error(p, "$.model.vpcEndpoints[0].routeTables[0]", "unknown route table 'rtb-gone'");
        // [PCX] the other side may be in another account or Region: a note, not a broken reference.
        warning(p, "$.model.peeringConnections[0].accepterVpc", "VPC 'vpc-gone' is not in the model");
        error(p, "$.model.externals[0].prefixList", "unknown prefix list 'pl-gone'");
        error(p, "$.model.externals[0].gateway", "unknown VPN gateway 'vgw-gone'");
    }

    @Test
    void peeringWithNeitherVpcInTheModelIsABrokenReference() {
        List<Problem> p = validate(Lab.builder().add(new VpcPeeringConnection("pcx-1", "", "vpc-x", "vpc-y", "", "", null)));
        error(p, "$.model.peeringConnections[0].requesterVpc", "unknown VPC 'vpc-x'");
        error(p, "$.model.peeringConnections[0].accepterVpc", "unknown VPC 'vpc-y'");
    }

    @Test
    void blackholeRouteToADeletedTargetIsNotADanglingReference() {
        List<Problem> p = validate(Lab.builder().put(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(
                Route.local(cidr("10.0.0.0/16")), Route.to(Cidr.ANY_IPV4, RouteTargetKind.NAT_GATEWAY, "nat-deleted").asBlackhole()))));
        assertEquals(List.of(), p);
    }

    @Test
    void vpcWithoutIpv4BlockIsAnError() {
        List<Problem> p = validate(Lab.builder().add(new Vpc("vpc-2", "empty", "", List.of(), List.of())));
        error(p, "$.model.vpcs[1].ipv4Cidrs", "has no IPv4 CIDR block");
    }

    @Test
    void subnetIpv6BlockOutsideTheVpcIsAnError() {
        List<Problem> p = validate(Lab.builder().put(new Subnet("subnet-app", "app", "vpc-1", cidr("10.0.2.0/24"),
                cidr("2600:1f18::/64"), "")));
        error(p, "$.model.subnets[1].ipv6Cidr", "is outside the IPv6 blocks of VPC lab (no blocks)");
    }

    @Test
    void twoDefaultNaclsInOneVpcAreAnError() {
        List<Problem> p = validate(Lab.builder().add(new NetworkAcl("acl-2", "", "vpc-1", true, List.of(), List.of())));
        error(p, "$.model.networkAcls[1].default", "more than one default network ACL");
    }

    @Test
    void subnetInTwoNaclsIsAnError() {
        List<Problem> p = validate(withAppAcl(AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))
                .add(new NetworkAcl("acl-3", "other", "vpc-1", false, List.of("subnet-app"), List.of())));
        error(p, "$.model.networkAcls[2].subnets[0]", "subnet app is associated with two network ACLs: db and other");
    }

    @Test
    void routeTableAssociatedWithSubnetOfAnotherVpcIsAnError() {
        List<Problem> p = validate(Lab.builder()
                .add(new Vpc("vpc-2", "other", "", List.of(cidr("10.9.0.0/16")), List.of()))
                .add(new Subnet("subnet-x", "x", "vpc-2", cidr("10.9.1.0/24"), null, ""))
                .add(new RouteTable("rtb-2", "", "vpc-2", true, List.of(), List.of()))
                .add(new NetworkAcl("acl-2", "", "vpc-2", true, List.of(), List.of()))
                .put(new RouteTable("rtb-web", "web", "vpc-1", false, List.of("subnet-web", "subnet-x"), List.of(
                        Route.local(cidr("10.0.0.0/16")), Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY, "igw-1")))));
        error(p, "$.model.routeTables[1].subnets[1]", "subnet x is in VPC vpc-2, but route table web belongs to VPC vpc-1");
    }

    @Test
    void addressReservedByAwsIsAnError() {
        List<Problem> p = validate(Lab.builder().put(new NetworkInterface("eni-app", "", "subnet-app", InterfaceType.INSTANCE,
                List.of(ip("10.0.2.10"), ip("10.0.2.1")), null, List.of(), List.of("sg-app"), "")));
        error(p, "$.model.networkInterfaces[0].privateIps[1]", "address 10.0.2.1 is reserved by AWS");
    }

    @Test
    void securityGroupOfAnotherVpcOnAnInterfaceIsAnError() {
        List<Problem> p = validate(Lab.builder()
                .add(new Vpc("vpc-2", "other", "", List.of(cidr("10.9.0.0/16")), List.of()))
                .add(new SecurityGroup("sg-other", "other", "vpc-2", "", List.of(), List.of()))
                .put(new NetworkInterface("eni-app", "", "subnet-app", InterfaceType.INSTANCE, List.of(ip("10.0.2.10")),
                        null, List.of(), List.of("sg-app", "sg-other"), "")));
        error(p, "$.model.networkInterfaces[0].securityGroups[1]", "security group other is in VPC vpc-2");
    }

    @Test
    void naclRuleNumberOutOfRangeInTheModelIsAnError() {
        List<Problem> p = validate(withAppAcl(AclEntry.allowAll(32767, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4)));
        error(p, "$.model.networkAcls[1].inbound[0].rule", "rule number 32767 is out of range 1-32766");
    }

    @Test
    void peeringAVpcWithItselfIsAnError() {
        List<Problem> p = validate(Lab.builder().add(new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-1", "", "", null)));
        error(p, "$.model.peeringConnections[0].accepterVpc", "joins VPC vpc-1 to itself");
    }

    @Test
    void secondInternetGatewayOnAVpcIsAnError() {
        List<Problem> p = validate(Lab.builder().add(new InternetGateway("igw-2", "", "vpc-1")));
        error(p, "$.model.internetGateways[1].vpc", "already has internet gateway igw-1");
    }

    @Test
    void routeToPeeringThatDoesNotTouchTheVpcIsAnError() {
        List<Problem> p = validate(Lab.builder()
                .add(new Vpc("vpc-2", "b", "", List.of(cidr("10.8.0.0/16")), List.of()))
                .add(new Vpc("vpc-3", "c", "", List.of(cidr("10.9.0.0/16")), List.of()))
                .add(new VpcPeeringConnection("pcx-bc", "", "vpc-2", "vpc-3", "", "", null))
                .put(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(Route.local(cidr("10.0.0.0/16")),
                        Route.to(cidr("10.9.0.0/16"), RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-bc")))));
        error(p, "$.model.routeTables[0].routes[1].target", "which does not connect this table's VPC vpc-1");
    }

    @Test
    void publicIpInPrivateSubnetIsAWarningNamingTheInstance() {
        List<Problem> p = validate(Lab.builder().put(new NetworkInterface("eni-app", "", "subnet-app", InterfaceType.INSTANCE,
                List.of(ip("10.0.2.10")), ip("3.3.3.3"), List.of(), List.of("sg-app"), "")));
        warning(p, "$.model.networkInterfaces[0].publicIp", "instance app-1 has a public IP in private subnet app");
        assertTrue(p.stream().noneMatch(Problem::isError), p::toString);
    }

    @Test
    void natInAPublicSubnetGivesNoWarning() {
        List<Problem> p = validate(Lab.builder()
                .add(new NatGateway("nat-1", "nat", "subnet-web", true, ip("10.0.1.5"), ip("54.1.1.1"), null, null))
                .put(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(Route.local(cidr("10.0.0.0/16")),
                        Route.to(Cidr.ANY_IPV4, RouteTargetKind.NAT_GATEWAY, "nat-1")))));
        assertEquals(List.of(), p);
    }

    @Test
    void natInAPrivateSubnetIsAWarningForEachSubnetUsingIt() {
        List<Problem> p = validate(Lab.builder()
                .add(new NatGateway("nat-1", "nat", "subnet-app", true, ip("10.0.2.5"), ip("54.1.1.1"), null, null))
                .put(new RouteTable("rtb-web", "web", "vpc-1", false, List.of("subnet-web"), List.of(Route.local(cidr("10.0.0.0/16")),
                        Route.to(Cidr.ANY_IPV4, RouteTargetKind.NAT_GATEWAY, "nat-1")))));
        warning(p, "$.model.routeTables[1].routes[1]",
                "subnet web routes 0.0.0.0/0 to NAT nat in subnet app that has no route to an internet gateway");
    }

    @Test
    void routeToAPendingPeeringIsAWarning() {
        List<Problem> p = validate(Lab.builder()
                .add(new Vpc("vpc-2", "b", "", List.of(cidr("10.8.0.0/16")), List.of()))
                .add(new VpcPeeringConnection("pcx-1", "ab", "vpc-1", "vpc-2", "", "", "pending-acceptance"))
                .put(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(Route.local(cidr("10.0.0.0/16")),
                        Route.to(cidr("10.8.0.0/16"), RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-1")))));
        warning(p, "$.model.routeTables[0].routes[1]",
                "route 10.8.0.0/16 targets peering connection ab, which is pending-acceptance: AWS treats the route as a blackhole");
    }

    @Test
    void naclWithoutInboundEphemeralRangeIsAWarning() {
        List<Problem> p = validate(withAppAcl(
                new AclEntry(100, true, Protocol.TCP, PortRange.single(443), null, Cidr.ANY_IPV4, RuleAction.ALLOW),
                new AclEntry(100, false, Protocol.TCP, PortRange.single(443), null, Cidr.ANY_IPV4, RuleAction.ALLOW)));
        warning(p, "$.model.networkAcls[1].inbound", "NACL db has no inbound rule for ephemeral ports 1024-65535");
        warning(p, "$.model.networkAcls[1].outbound", "NACL db has no outbound rule for ephemeral ports 1024-65535");
    }

    @Test
    void naclOpeningALinuxEphemeralRangeGivesNoWarning() {
        List<Problem> p = validate(withAppAcl(
                new AclEntry(100, false, Protocol.TCP, PortRange.single(3306), null, cidr("10.0.1.0/24"), RuleAction.ALLOW),
                new AclEntry(100, true, Protocol.TCP, new PortRange(32768, 65535), null, cidr("10.0.1.0/24"), RuleAction.ALLOW)));
        assertEquals(List.of(), p);
    }

    @Test
    void securityGroupReferenceToAnUnpeeredVpcIsAWarning() {
        NetworkModel.Builder b = Lab.builder()
                .add(new Vpc("vpc-2", "partner", "", List.of(cidr("10.9.0.0/16")), List.of()))
                .add(new SecurityGroup("sg-partner", "partner", "vpc-2", "", List.of(), List.of()))
                .put(new SecurityGroup("sg-app", "app", "vpc-1", "", List.of(
                        new SgRule(Protocol.TCP, PortRange.single(8080), null, SgPeer.group("sg-partner"), "")), List.of()));
        warning(validate(b), "$.model.securityGroups[0].inbound[0].securityGroup",
                "security group rule references a group in an unpeered VPC");
        b.add(new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-2", "us-east-1", "us-east-1", "active"));
        assertTrue(validate(b).stream().noneMatch(x -> x.message().contains("unpeered")));
    }

    @Test
    void defaultLocatorUsesTheFileSectionKeys() {
        NetworkModel model = Lab.model();
        ResourceLocator locator = ResourceLocator.byModelIndex(model);
        assertEquals("$.model.workloads[0]", locator.locate(model.workload("i-app")));
        assertEquals("$.model.subnets[1]", locator.locate(model.subnet("subnet-app")));
    }
}
