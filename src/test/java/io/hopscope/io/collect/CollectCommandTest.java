package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** collect against a local EC2/RDS/ELB/Lambda stand-in: pages, throttling, access denied, what import reads. */
class CollectCommandTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void fakeCredentials() {
        // The default chain reads these system properties first; no real account is ever called.
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void readsEveryPageRetriesThrottlingNamesTheDeniedActionAndWritesWhatImportReads() throws Exception {
        try (FakeAwsServer aws = new FakeAwsServer()) {
            Path out = tmp.resolve("snapshot");
            String[] r = run("collect", "-o", out.toString(), "--region", "eu-west-1", "--endpoint-url", aws.uri().toString());
            assertEquals("2", r[0], "a denied call makes the collect incomplete: " + r[2]);
            assertTrue(r[2].contains("collect: eu-west-1 ec2:DescribeVpcs page 2: 1 records"), r[2]);
            assertTrue(r[2].contains("ec2:DescribeVpnGateways: access denied; the IAM policy must allow ec2:DescribeVpnGateways"), r[2]);
            assertTrue(r[2].contains("error: incomplete: access denied for ec2:DescribeVpnGateways (eu-west-1)"), r[2]);
            assertEquals(2, aws.requests.get("DescribeVpcs").get(), "one request per page");
            assertEquals(2, aws.requests.get("DescribeSubnets").get(), "the throttled request is retried once");
            Path region = out.resolve("eu-west-1");
            assertTrue(Files.readString(region.resolve("describe-vpcs.json")).contains("vpc-0b000000000000002"));
            assertTrue(Files.readString(region.resolve("describe-db-instances.json")).contains("orders-db"));
            assertFalse(Files.exists(region.resolve("describe-vpn-gateways.json")), "nothing written for a denied call");
            AwsImport imported = AwsImporter.importDirectory(out);
            assertEquals(2, imported.model().vpcs().size());
            assertEquals(1, imported.model().subnets().size());
            assertEquals("app", imported.model().vpc("vpc-0a000000000000001").name());
        }
    }

    @Test
    void printPolicyListsEveryReadOnlyAction() {
        String[] r = run("collect", "--print-policy");
        assertEquals("0", r[0]);
        for (String action : CollectCalls.actions()) {
            assertTrue(r[1].contains("\"" + action + "\""), action);
            assertTrue(action.contains(":Describe") || action.contains(":List"), "read-only: " + action);
        }
    }

    @Test
    void unknownRegionIsOneLine() {
        String[] r = run("collect", "-o", tmp.resolve("x").toString(), "--region", "mars-north-1");
        assertEquals("2", r[0]);
        assertEquals("error: unknown Region 'mars-north-1' (for example us-east-1, eu-west-1)", r[2].strip());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
