package io.hopscope.testing.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small snapshot taken while the account changed: a NAT gateway deleted (its interface gone),
 * an instance terminated (its interface gone), a peering deleted with its peer VPC, a route to
 * each, an interface naming a deleted security group.
 */
public final class AwsSnapshots {

    private AwsSnapshots() {
    }

    public static void deletedResources(Path dir) throws IOException {
        Files.writeString(dir.resolve("Vpcs.json"), """
                {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16",
                  "CidrBlockAssociationSet": [{"CidrBlock": "10.0.0.0/16"}]}]}""");
        Files.writeString(dir.resolve("Subnets.json"), """
                {"Subnets": [
                  {"SubnetId": "subnet-a", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1a"},
                  {"SubnetId": "subnet-b", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24", "AvailabilityZone": "us-east-1a"}]}""");
        Files.writeString(dir.resolve("RouteTables.json"), """
                {"RouteTables": [{"RouteTableId": "rtb-main", "VpcId": "vpc-1",
                  "Associations": [{"Main": true, "RouteTableId": "rtb-main"}],
                  "Routes": [
                    {"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                    {"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-deleted", "State": "active"},
                    {"DestinationCidrBlock": "10.9.0.0/16", "VpcPeeringConnectionId": "pcx-deleted", "State": "active"},
                    {"DestinationCidrBlock": "10.8.0.0/16", "NetworkInterfaceId": "eni-terminated", "State": "active"}]}]}""");
        Files.writeString(dir.resolve("NetworkAcls.json"), """
                {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": true, "Associations": [],
                  "Entries": [
                    {"RuleNumber": 100, "Protocol": "-1", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0"},
                    {"RuleNumber": 100, "Protocol": "-1", "RuleAction": "allow", "Egress": true, "CidrBlock": "0.0.0.0/0"}]}]}""");
        Files.writeString(dir.resolve("SecurityGroups.json"), """
                {"SecurityGroups": [{"GroupId": "sg-1", "GroupName": "web", "VpcId": "vpc-1",
                  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                    "UserIdGroupPairs": [{"GroupId": "sg-deleted"}]}],
                  "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}""");
        Files.writeString(dir.resolve("NatGateways.json"), """
                {"NatGateways": [{"NatGatewayId": "nat-deleted", "SubnetId": "subnet-a", "State": "deleted",
                  "NatGatewayAddresses": [{"NetworkInterfaceId": "eni-nat-gone", "PrivateIp": "10.0.1.9"}]}]}""");
        Files.writeString(dir.resolve("VpcPeeringConnections.json"), """
                {"VpcPeeringConnections": [{"VpcPeeringConnectionId": "pcx-deleted", "Status": {"Code": "deleted"},
                  "RequesterVpcInfo": {"VpcId": "vpc-gone-a"}, "AccepterVpcInfo": {"VpcId": "vpc-gone-b"}}]}""");
        Files.writeString(dir.resolve("NetworkInterfaces.json"), """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-web", "SubnetId": "subnet-b", "VpcId": "vpc-1",
                  "InterfaceType": "interface", "PrivateIpAddress": "10.0.2.10",
                  "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.2.10", "Primary": true}],
                  "Groups": [{"GroupId": "sg-1"}, {"GroupId": "sg-deleted"}],
                  "Attachment": {"InstanceId": "i-web", "DeviceIndex": 0}}]}""");
        Files.writeString(dir.resolve("Instances.json"), """
                {"Reservations": [{"Instances": [
                  {"InstanceId": "i-web", "State": {"Name": "running"}, "SubnetId": "subnet-b", "VpcId": "vpc-1",
                   "PrivateIpAddress": "10.0.2.10",
                   "NetworkInterfaces": [{"NetworkInterfaceId": "eni-web", "Attachment": {"DeviceIndex": 0}},
                                         {"NetworkInterfaceId": "eni-terminated", "Attachment": {"DeviceIndex": 1}}]},
                  {"InstanceId": "i-gone", "State": {"Name": "terminated"},
                   "NetworkInterfaces": [{"NetworkInterfaceId": "eni-terminated"}]}]}]}""");
    }
}
