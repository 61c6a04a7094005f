package io.hopscope.io.aws.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast record binder reads every describe file exactly as databind alone does: the same
 * records, the same problems with the same paths and messages, for every sample and fixture in the
 * repository and for thousands of randomly damaged copies of them.
 */
class RecordBinderEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everySampleFolderReadsTheSame() throws IOException {
        Set<Path> folders = new TreeSet<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../shared"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".json")).forEach(p -> folders.add(p.getParent()));
            }
        }
        assertFalse(folders.isEmpty());
        int records = 0;
        for (Path folder : folders) {
            records += assertSameReading(folder);
        }
        assertFalse(records < 1000, "the samples hold " + records + " records");
    }

    @Test
    void damagedRecordsReadTheSame() throws IOException {
        List<Path> samples = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("../shared/aws-samples-v2"))) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(samples::add);
        }
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Path sample = samples.get(random.nextInt(samples.size()));
            JsonNode tree = JSON.readTree(sample.toFile());
            List<JsonNode> containers = new ArrayList<>();
            JsonDamage.collect(tree, containers);
            for (int n = 1 + random.nextInt(4); n > 0 && !containers.isEmpty(); n--) {
                JsonDamage.damage(containers.get(random.nextInt(containers.size())), random);
            }
            Path dir = Files.createDirectories(tmp.resolve("round-" + round));
            Files.writeString(dir.resolve(sample.getFileName()), JSON.writeValueAsString(tree));
            assertSameReading(dir);
        }
    }

    @Test
    void oddValuesFallBackToDatabind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("odd"));
        Files.writeString(dir.resolve("describe-security-groups.json"), """
                {"SecurityGroups": [
                  {"GroupId": "sg-1", "VpcId": "vpc-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": "80",
                   "ToPort": 80.5, "IpRanges": [{"CidrIp": "10.0.0.0/8"}, null]}]},
                  {"GroupId": "sg-2", "groupid": "sg-3", "VpcId": 7},
                  {"GroupId": "sg-4", "IpPermissions": {"IpProtocol": "tcp"}},
                  {"GroupId": "sg-5", "IpPermissions": [{"FromPort": 99999999999}]},
                  {"GROUPID": "sg-6", "Tags": [{"Key": "Name", "Value": "x"}], "Unknown": {"a": [1, {"b": null}]}},
                  {"GroupId": "sg-7", "IpPermissions": [{"FromPort": null, "UserIdGroupPairs": [{"GroupId": true}]}]}
                ]}
                """);
        Files.writeString(dir.resolve("describe-instances.json"), """
                {"Reservations": [{"Instances": [
                  {"InstanceId": "i-1", "LaunchTime": "yesterday"},
                  {"InstanceId": "i-2", "LaunchTime": 1583198461.5, "State": {"Code": 16, "Name": "running"}},
                  {"InstanceId": "i-3", "LaunchTime": "2020-03-03 01:21:01+00:00", "SourceDestCheck": "false"},
                  {"InstanceId": "i-4", "NetworkInterfaces": [{"Attachment": {"DeviceIndex": 0, "AttachTime": ""}}]},
                  {"InstanceId": "i-5", "Placement": "eu-west-1a"}
                ]}]}
                """);
        assertSameReading(dir);
    }

    @Test
    void snapshotsAsTheCliWritesThemNeverBuildADatabindMapper() throws IOException {
        Set<Path> folders = new TreeSet<>();
        for (Path root : List.of(Path.of("../shared/aws-samples"), Path.of("../shared/aws-samples-v2"))) {
            try (Stream<Path> list = Files.list(root)) {
                list.filter(Files::isDirectory).forEach(folders::add);
            }
        }
        assertFalse(folders.isEmpty());
        for (Path folder : folders) {
            AwsDescribeReader reader = new AwsDescribeReader();
            AwsSnapshot snapshot = reader.read(folder);
            assertFalse(recordTypes().stream().allMatch(type -> snapshot.all(type).isEmpty()), folder.toString());
            assertFalse(reader.usedDatabind(), folder + ": building the mapper costs every import 130 ms of CPU");
        }
        Path odd = Files.createDirectories(tmp.resolve("odd-port"));
        Files.writeString(odd.resolve("describe-security-groups.json"),
                "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissions\": [{\"FromPort\": \"80\"}]}]}");
        AwsDescribeReader reader = new AwsDescribeReader();
        reader.read(odd);
        assertTrue(reader.usedDatabind(), "a port written as a string is read by databind");
    }

    /** Reads the folder both ways; returns how many records it held. */
    private static int assertSameReading(Path folder) {
        AwsSnapshot fast = new AwsDescribeReader(AwsReadLimits.DEFAULTS, true).read(folder);
        AwsSnapshot databind = new AwsDescribeReader(AwsReadLimits.DEFAULTS, false).read(folder);
        assertEquals(databind.problems(), fast.problems(), folder.toString());
        assertEquals(databind.refusals(), fast.refusals(), folder.toString());
        int records = 0;
        for (Class<?> type : recordTypes()) {
            assertEquals(databind.all(type), fast.all(type), folder + " " + type.getSimpleName());
            records += fast.all(type).size();
        }
        return records;
    }

    private static Set<Class<?>> recordTypes() {
        Set<Class<?>> types = new java.util.HashSet<>();
        for (String key : List.of("Vpcs", "Subnets", "RouteTables", "NetworkAcls", "SecurityGroups", "InternetGateways",
                "EgressOnlyInternetGateways", "VpnGateways", "TransitGateways", "TransitGatewayAttachments",
                "TransitGatewayVpcAttachments", "TransitGatewayPeeringAttachments", "TransitGatewayRouteTables",
                "TransitGatewayStaticRoutes", "TransitGatewayPropagations", "Functions", "NatGateways", "VpcEndpoints",
                "VpcPeeringConnections", "PrefixLists", "NetworkInterfaces", "DBInstances", "Addresses",
                "CustomerGateways", "VpnConnections", "DirectConnectGateways", "DirectConnectGatewayAssociations",
                "VirtualInterfaces", "LoadBalancers", "TargetGroups", "Listeners", "LoadBalancerListeners",
                "LoadBalancerTargetHealth", "LoadBalancerAttributes", "TargetGroupAttributes")) {
            types.add(DescribeKeys.recordType(key));
        }
        types.add(AwsInstance.class);
        return types;
    }
}
