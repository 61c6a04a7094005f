package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTimestamps;
import io.hopscope.io.aws.describe.AwsTransit;
import io.hopscope.model.NetworkModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage one: files found by key, Region folders, timestamps, and hostile input refused quickly. */
class AwsDescribeReaderTest {

    @TempDir
    Path dir;

    @Test
    void isoAndBotoTimestampsAreTheSameInstant() {
        Instant expected = Instant.parse("2020-03-03T01:21:01Z");
        assertEquals(expected, AwsTimestamps.parse("2020-03-03T01:21:01.000Z"));
        assertEquals(expected, AwsTimestamps.parse("2020-03-03 01:21:01+00:00"));
        assertEquals(expected, AwsTimestamps.parse("2020-03-03T01:21:01+00:00"));
        assertEquals(expected, AwsTimestamps.parse("2020-03-03 03:21:01+02:00"));
        assertEquals(Instant.parse("2020-03-03T01:21:01.123456Z"), AwsTimestamps.parse("2020-03-03 01:21:01.123456+00:00"));
        assertThrows(IllegalArgumentException.class, () -> AwsTimestamps.parse("03/03/2020"));
    }

    @Test
    void bothTimestampFormsImportWithoutProblems() {
        AwsImport result = AwsMappingRulesTest.routingFixture(new AwsFixture(dir)).importAll();
        assertTrue(result.problems().stream().noneMatch(p -> p.severity() != Severity.INFO), () -> result.problems().toString());
        assertEquals(1, result.model().natGateways().size(), "the NAT gateway with a boto CreateTime read");
        assertEquals(1, result.model().workloads().size(), "the instance with an ISO LaunchTime read");
    }

    @Test
    void badTimestampSkipsOnlyThatRecordWithItsPath() {
        new AwsFixture(dir).write("describe-transit-gateway-attachments.json", """
                {"TransitGatewayAttachments": [
                  {"TransitGatewayAttachmentId": "tgw-attach-ok", "CreationTime": "2024-05-14T09:12:44+00:00"},
                  {"TransitGatewayAttachmentId": "tgw-attach-bad", "CreationTime": "yesterday",
                   "Association": {"State": "associated", "Nested": {"Deeper": [1, {"x": 2}]}}},
                  {"TransitGatewayAttachmentId": "tgw-attach-after", "CreationTime": "2020-03-03 01:21:01+00:00"}]}
                """);
        AwsSnapshot snapshot = new AwsDescribeReader().read(dir);
        assertEquals(List.of("tgw-attach-ok", "tgw-attach-after"), snapshot.all(AwsTransit.Attachment.class).stream()
                .map(a -> a.value().transitGatewayAttachmentId()).toList(), "the sibling after it still loads");
        Problem p = snapshot.problems().get(0);
        assertEquals("describe-transit-gateway-attachments.json: $.TransitGatewayAttachments[1].CreationTime", p.location());
        assertTrue(p.message().contains("yesterday"), p.message());
    }

    @Test
    void aFieldNothingReadsCannotLoseItsRecord() {
        // CreateTime and LaunchTime are not read (nothing in Hopscope uses them), so a garbled one is skipped unseen.
        AwsImport result = new AwsFixture(dir).write("describe-nat-gateways.json", """
                {"NatGateways": [{"NatGatewayId": "nat-1", "SubnetId": "subnet-a", "CreateTime": "yesterday"}]}
                """).importAll();
        assertEquals(1, result.model().natGateways().size(), () -> result.problems().toString());
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
    }

    @Test
    void filesAreRecognisedByTopLevelKeyNotByName() {
        new AwsFixture(dir).write("whatever-1.json", """
                {"RouteTables": [{"RouteTableId": "rtb-m", "VpcId": "vpc-1", "Associations": [{"Main": true}],
                  "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local"}]}]}
                """);
        NetworkModel m = AwsImporter.importDirectory(dir).model();
        assertEquals("rtb-m", m.routeTableOf("subnet-a").id());
    }

    @Test
    void regionSubFoldersAreReadAndNameTheRegion() {
        AwsFixture f = new AwsFixture(dir);
        f.write("eu-west-1/Vpcs.json", """
                {"Vpcs": [{"VpcId": "vpc-eu", "CidrBlock": "10.20.0.0/16"}]}
                """).write("eu-west-1/Subnets.json", """
                {"Subnets": [{"SubnetId": "subnet-eu", "VpcId": "vpc-eu", "CidrBlock": "10.20.1.0/24"}]}
                """).write("notes/Vpcs.json", """
                {"Vpcs": [{"VpcId": "vpc-nowhere", "CidrBlock": "10.30.0.0/16"}]}
                """);
        NetworkModel m = f.importAll().model();
        assertEquals("eu-west-1", m.vpc("vpc-eu").region(), "from the folder name");
        assertEquals("us-east-1", m.vpc("vpc-1").region(), "from the subnets' availability zone");
        assertEquals("", m.vpc("vpc-nowhere").region(), "unknown");
        assertEquals("vpc-eu", m.subnet("subnet-eu").vpcId());
    }

    /** A converter's note (a subnet of a VPC the snapshot lacks) reads in Korean in the app, in English for the CLI. */
    @Test
    void aConvertersNoteReadsInKorean() {
        AwsImport result = new AwsFixture(dir).write("Subnets2.json", """
                {"Subnets": [{"SubnetId": "subnet-lost", "VpcId": "vpc-gone", "CidrBlock": "10.9.0.0/24"}]}
                """).importAll();
        Problem lost = result.problems().stream().filter(p -> "subnet-lost".equals(p.resourceId())).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals("unknown VPC vpc-gone; subnet subnet-lost dropped", lost.message());
        assertEquals("알 수 없는 VPC vpc-gone. 서브넷 subnet-lost을(를) 제외함", lost.message(java.util.Locale.KOREAN));
    }

    @Test
    void unknownTopLevelKeyIsSkippedWithANote() {
        AwsImport result = new AwsFixture(dir).write("VpcEndpointServices.json", """
                {"ServiceDetails": [{"ServiceName": "com.amazonaws.us-east-1.s3"}], "ServiceNames": ["x"],
                 "Vpcs": [{"VpcId": "vpc-2", "CidrBlock": "10.2.0.0/16"}]}
                """).importAll();
        assertTrue(result.errors().isEmpty());
        // Keyed, so the app says it in the UI's language; its English is what the CLI always printed.
        Problem details = new Problem(Severity.INFO, "VpcEndpointServices.json: $.ServiceDetails",
                io.hopscope.text.Text.of("import.aws.unknownKey", "ServiceDetails"), null);
        assertEquals("skipped: unknown key ServiceDetails", details.message());
        assertTrue(result.problems().contains(details), result.problems()::toString);
        assertTrue(result.problems().contains(new Problem(Severity.INFO, "VpcEndpointServices.json: $.ServiceNames",
                io.hopscope.text.Text.of("import.aws.unknownKey", "ServiceNames"), null)));
        assertEquals(2, result.model().vpcs().size(), "known keys of the same file still load");
    }

    @Test
    void unknownFieldsInsideARecordAreIgnored() {
        AwsImport result = new AwsFixture(dir).write("describe-vpcs.json", """
                {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "BrandNewField": {"Nested": [1, 2]},
                  "DhcpOptionsId": "dopt-1", "IsDefault": false}]}
                """).importAll();
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        assertEquals(2, result.model().subnets().size());
    }

    @Test
    void deepNestingIsRefusedFastAndTheRestLoads() throws IOException {
        AwsFixture f = new AwsFixture(dir);
        int depth = 200_000;
        Files.writeString(dir.resolve("deep.json"), "{\"Vpcs\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        long start = System.nanoTime();
        AwsImport result = f.importAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Problem refused = result.errors().get(0);
        assertEquals("deep.json", refused.location());
        assertTrue(refused.message().startsWith("refused:") && refused.message().contains("nesting depth"),
                refused.message());
        assertTrue(millis < 5000, "took " + millis + " ms");
        assertEquals(2, result.model().subnets().size());
    }

    @Test
    void hugeStringIsRefusedFast() throws IOException {
        AwsFixture f = new AwsFixture(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("huge.json"))) {
            w.write("{\"Vpcs\": [{\"VpcId\": \"");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 64; i++) {
                w.write(chunk);
            }
            w.write("\"}]}");
        }
        long start = System.nanoTime();
        AwsImport result = f.importAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Problem refused = result.errors().get(0);
        assertEquals("huge.json", refused.location());
        assertTrue(refused.message().startsWith("refused:") && refused.message().contains("String value length"),
                refused.message());
        assertTrue(millis < 5000, "took " + millis + " ms");
        assertEquals(1, result.model().vpcs().size());
    }

    @Test
    void fileOverTheSizeCapIsRefusedWithoutReadingIt() throws IOException {
        new AwsFixture(dir);
        long big = Files.size(dir.resolve("describe-vpcs.json"));
        AwsImport result = AwsImporter.importDirectory(dir, big - 1);
        Problem refused = result.problems().get(0);
        assertEquals("describe-vpcs.json: refused: the file is " + big + " bytes, over the " + (big - 1) + "-byte limit",
                refused.toString());
        assertEquals("거부됨: 파일 크기 " + big + "바이트가 한도 " + (big - 1) + "바이트를 넘음",
                refused.message(java.util.Locale.KOREAN));
        assertEquals(0, result.model().vpcs().size());
        assertTrue(AwsDescribeReader.DEFAULT_MAX_FILE_BYTES > 100L * 1024 * 1024);
    }

    @Test
    void brokenJsonFileIsReportedAndTheRestLoads() {
        AwsImport result = new AwsFixture(dir).write("broken.json", "{\"Vpcs\": [ {\"VpcId\": ").importAll();
        assertEquals("broken.json", result.errors().get(0).location());
        assertTrue(result.errors().get(0).message().startsWith("not valid JSON"));
        assertEquals(2, result.model().subnets().size());
    }

    @Test
    void missingDirectoryIsAProblemNotAnException() {
        AwsImport result = AwsImporter.importDirectory(dir.resolve("nope"));
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().startsWith("not a directory"));
        assertEquals(NetworkModel.EMPTY, result.model());
    }
}
