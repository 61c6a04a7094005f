package io.hopscope.io.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small account written as describe-* files into a temp folder: one VPC (10.0.0.0/16 plus an
 * IPv6 block), subnets a (10.0.1.0/24, us-east-1a) and b (10.0.2.0/24, us-east-1b), groups
 * sg-app and sg-db, and an internet gateway. Tests add or replace files to exercise one rule.
 */
final class AwsFixture {

    static final String VPCS = """
            {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16",
              "CidrBlockAssociationSet": [
                {"CidrBlock": "10.0.0.0/16", "CidrBlockState": {"State": "associated"}},
                {"CidrBlock": "10.1.0.0/16", "CidrBlockState": {"State": "associated"}},
                {"CidrBlock": "10.9.0.0/16", "CidrBlockState": {"State": "disassociated"}}],
              "Ipv6CidrBlockAssociationSet": [
                {"Ipv6CidrBlock": "2600:1f18:1:100::/56", "Ipv6CidrBlockState": {"State": "associated"}}],
              "Tags": [{"Key": "env", "Value": "test"}, {"Key": "Name", "Value": "main-vpc"}]}]}
            """;

    static final String SUBNETS = """
            {"Subnets": [
              {"SubnetId": "subnet-a", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1a",
               "Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlock": "2600:1f18:1:100::/64",
                 "Ipv6CidrBlockState": {"State": "associated"}}],
               "Tags": [{"Key": "Name", "Value": "web-a"}]},
              {"SubnetId": "subnet-b", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24", "AvailabilityZone": "us-east-1b"}]}
            """;

    static final String SECURITY_GROUPS = """
            {"SecurityGroups": [
              {"GroupId": "sg-app", "GroupName": "app", "VpcId": "vpc-1", "Description": "app tier",
               "IpPermissions": [], "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
              {"GroupId": "sg-db", "GroupName": "db", "VpcId": "vpc-1", "Description": "db tier",
               "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
                  "UserIdGroupPairs": [{"GroupId": "sg-app", "UserId": "111122223333"}]}],
               "IpPermissionsEgress": []}]}
            """;

    static final String INTERNET_GATEWAYS = """
            {"InternetGateways": [{"InternetGatewayId": "igw-1",
              "Attachments": [{"State": "available", "VpcId": "vpc-1"}], "Tags": []}]}
            """;

    private final Path dir;

    AwsFixture(Path dir) {
        this.dir = dir;
        write("describe-vpcs.json", VPCS);
        write("describe-subnets.json", SUBNETS);
        write("describe-security-groups.json", SECURITY_GROUPS);
        write("describe-internet-gateways.json", INTERNET_GATEWAYS);
    }

    AwsFixture write(String name, String json) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    AwsImport importAll() {
        return AwsImporter.importDirectory(dir);
    }

    Path dir() {
        return dir;
    }
}
