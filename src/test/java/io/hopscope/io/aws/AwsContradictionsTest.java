package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contradictory data is reported with file and JSON path, and everything else still loads. */
class AwsContradictionsTest {

    @TempDir
    Path dir;

    @Test
    void subnetInUnknownVpcIsDroppedWithFileAndPath() {
        AwsImport result = new AwsFixture(dir).write("describe-subnets.json", """
                {"Subnets": [
                  {"SubnetId": "subnet-a", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24"},
                  {"SubnetId": "subnet-x", "VpcId": "vpc-0deadbeef", "CidrBlock": "10.5.1.0/24"},
                  {"SubnetId": "subnet-b", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24"}]}
                """).importAll();
        assertEquals(List.of("describe-subnets.json: $.Subnets[1].VpcId: unknown VPC vpc-0deadbeef; subnet subnet-x dropped"),
                result.errors().stream().map(Problem::toString).toList());
        assertEquals("subnet-x", result.errors().get(0).resourceId());
        NetworkModel m = result.model();
        assertEquals(2, m.subnets().size());
        assertNull(m.subnet("subnet-x"));
    }

    @Test
    void routeToUnknownTargetIsKeptAsBlackhole() {
        AwsImport result = new AwsFixture(dir).write("describe-route-tables.json", """
                {"RouteTables": [{"RouteTableId": "rtb-1", "VpcId": "vpc-1", "Associations": [{"Main": true}],
                  "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                             {"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-0missing", "State": "active"},
                             {"DestinationCidrBlock": "10.7.0.0/16", "GatewayId": "igw-1", "State": "active"}]}]}
                """).importAll();
        assertEquals(List.of("describe-route-tables.json: $.RouteTables[0].Routes[1].NatGatewayId: "
                + "unknown target nat-0missing; route kept as blackhole"),
                result.errors().stream().map(Problem::toString).toList());
        List<Route> routes = result.model().routeTable("rtb-1").routes();
        assertEquals(3, routes.size());
        assertEquals(Route.to(Cidr.parse("0.0.0.0/0"), RouteTargetKind.NAT_GATEWAY, "nat-0missing").asBlackhole(),
                routes.get(1));
        assertEquals(Route.to(Cidr.parse("10.7.0.0/16"), RouteTargetKind.INTERNET_GATEWAY, "igw-1"), routes.get(2));
    }

    @Test
    void eniInUnknownSubnetIsDroppedAndItsInstanceKeepsTheOthers() {
        AwsImport result = new AwsFixture(dir).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [
                  {"NetworkInterfaceId": "eni-ok", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.10",
                   "Attachment": {"InstanceId": "i-1", "DeviceIndex": 0}},
                  {"NetworkInterfaceId": "eni-lost", "SubnetId": "subnet-0gone", "PrivateIpAddress": "10.0.9.10",
                   "Attachment": {"InstanceId": "i-1", "DeviceIndex": 1}}]}
                """).write("describe-instances.json", """
                {"Reservations": [{"Instances": [{"InstanceId": "i-1", "SubnetId": "subnet-a"}]}]}
                """).importAll();
        assertEquals(List.of("describe-network-interfaces.json: $.NetworkInterfaces[1].SubnetId: "
                + "unknown subnet subnet-0gone; interface eni-lost dropped"),
                result.errors().stream().map(Problem::toString).toList());
        assertEquals(List.of("eni-ok"), result.model().workload("i-1").networkInterfaceIds());
    }

    @Test
    void invalidCidrsAreReportedAndOnlyTheirItemIsDropped() {
        AwsImport result = new AwsFixture(dir).write("describe-subnets.json", """
                {"Subnets": [
                  {"SubnetId": "subnet-a", "VpcId": "vpc-1", "CidrBlock": "10.0.300.0/24"},
                  {"SubnetId": "subnet-b", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24"}]}
                """).write("more-groups.json", """
                {"SecurityGroups": [{"GroupId": "sg-w", "VpcId": "vpc-1", "IpPermissionsEgress": [],
                  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                    "IpRanges": [{"CidrIp": "10.0.0.0/33"}, {"CidrIp": "10.0.0.0/8"}]}]}]}
                """).importAll();
        assertEquals(List.of(
                "describe-subnets.json: $.Subnets[0].CidrBlock: invalid CIDR '10.0.300.0/24'; subnet subnet-a dropped",
                "more-groups.json: $.SecurityGroups[0].IpPermissions[0].IpRanges[0].CidrIp: invalid CIDR '10.0.0.0/33'; "
                        + "rule skipped"),
                result.errors().stream().map(Problem::toString).toList());
        NetworkModel m = result.model();
        assertEquals(1, m.subnets().size());
        assertEquals(1, m.securityGroup("sg-w").inbound().size());
    }

    @Test
    void danglingAssociationsAndSecurityGroupsAreDroppedFromTheirOwner() {
        AwsImport result = new AwsFixture(dir).write("describe-network-acls.json", """
                {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": true,
                  "Associations": [{"SubnetId": "subnet-a"}, {"SubnetId": "subnet-0gone"}], "Entries": []},
                  {"NetworkAclId": "acl-2", "VpcId": "vpc-0gone", "Associations": [], "Entries": []}]}
                """).write("describe-network-interfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.4",
                  "Groups": [{"GroupId": "sg-app"}, {"GroupId": "sg-0gone"}]}]}
                """).importAll();
        List<String> errors = result.errors().stream().map(Problem::toString).toList();
        assertTrue(errors.contains("describe-network-acls.json: $.NetworkAcls[0].Associations[1].SubnetId: "
                + "unknown subnet subnet-0gone; association dropped"), errors.toString());
        assertTrue(errors.contains("describe-network-acls.json: $.NetworkAcls[1].VpcId: unknown VPC vpc-0gone; "
                + "network ACL acl-2 dropped"), errors.toString());
        assertTrue(errors.contains("describe-network-interfaces.json: $.NetworkInterfaces[0].Groups[1].GroupId: "
                + "unknown security group sg-0gone; removed from interface eni-1"), errors.toString());
        NetworkModel m = result.model();
        assertEquals(List.of("subnet-a"), m.networkAcl("acl-1").subnetIds());
        assertEquals(List.of("sg-app"), m.networkInterface("eni-1").securityGroupIds());
    }

    @Test
    void endpointReferencesOutsideTheSnapshotAreDroppedFromTheEndpoint() {
        AwsImport result = new AwsFixture(dir).write("describe-vpc-endpoints.json", """
                {"VpcEndpoints": [{"VpcEndpointId": "vpce-1", "VpcEndpointType": "Interface", "VpcId": "vpc-1",
                  "ServiceName": "com.amazonaws.us-east-1.sqs", "SubnetIds": ["subnet-a", "subnet-0gone"],
                  "Groups": [{"GroupId": "sg-app"}, {"GroupId": "sg-0gone"}], "NetworkInterfaceIds": [],
                  "RouteTableIds": []}]}
                """).importAll();
        assertEquals(List.of(
                "describe-vpc-endpoints.json: $.VpcEndpoints[0].SubnetIds[1]: unknown subnet subnet-0gone; "
                        + "dropped from endpoint vpce-1",
                "describe-vpc-endpoints.json: $.VpcEndpoints[0].Groups[1].GroupId: unknown security group sg-0gone; "
                        + "dropped from endpoint vpce-1"),
                result.errors().stream().map(Problem::toString).toList());
        assertEquals(List.of("알 수 없는 서브넷 subnet-0gone. 엔드포인트 vpce-1에서 제외함",
                "알 수 없는 보안 그룹 sg-0gone. 엔드포인트 vpce-1에서 제외함"),
                result.errors().stream().map(p -> p.message(java.util.Locale.KOREAN)).toList(), "the kind is Korean too");
        assertEquals(List.of("subnet-a"), result.model().vpcEndpoint("vpce-1").subnetIds());
        assertEquals(List.of("sg-app"), result.model().vpcEndpoint("vpce-1").securityGroupIds());
    }
}
