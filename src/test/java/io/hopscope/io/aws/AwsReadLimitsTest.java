package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsReadLimits;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.testing.hostile.AwsSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS reader's limits refuse a file or the import; problems are capped; imports always validate. */
class AwsReadLimitsTest {

    @TempDir
    Path dir;

    @Test
    void tooManyRecordsInOneFileRefusesTheImportNamingFileAndLimit() throws Exception {
        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": [" + "{},".repeat(20) + "{}]}");
        AwsSnapshot s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxRecords(10, 1000)).read(dir);
        assertEquals(1, s.refusals().size());
        assertEquals("Vpcs.json: refused: more than 10 records in one file (the limit per file)", s.refusals().get(0).toString());
        assertTrue(s.all(io.hopscope.io.aws.describe.AwsVpc.class).isEmpty(), "a refused file yields nothing");
    }

    @Test
    void recordsAreCountedOverTheWholeFolder() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("Vpcs" + i + ".json"), "{\"Vpcs\": [{}, {}, {}, {}]}");
        }
        AwsSnapshot s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxRecords(100, 10)).read(dir);
        assertTrue(s.refusals().get(0).message().contains("records in the folder (the limit per import)"),
                s.refusals().toString());
    }

    @Test
    void folderOverTheByteLimitIsRefusedBeforeReading() throws Exception {
        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": []}" + " ".repeat(2000));
        AwsSnapshot s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxImportBytes(1000)).read(dir);
        assertTrue(s.refusals().get(0).message().startsWith("refused: the folder holds 2,012 bytes of JSON, over the"),
                s.refusals().toString());
    }

    @Test
    void fiftyTwoThousandBadElementsAreFiftyProblemsAndACount() throws Exception {
        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": [" + "1,".repeat(51_999) + "1]}");
        List<Problem> problems = new AwsDescribeReader().read(dir).problems();
        assertEquals(51, problems.size());
        assertEquals("Vpcs.json: ... and 51,950 more elements that are not objects", problems.get(50).toString());
        assertEquals("... 그 밖에 객체가 아닌 요소 51,950개", problems.get(50).message(java.util.Locale.KOREAN));
    }

    @Test
    void fifoInTheFolderRefusesTheImport() throws Exception {
        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": []}");
        new ProcessBuilder("mkfifo", dir.resolve("Subnets.json").toString()).start().waitFor();
        AwsImport result = AwsImporter.importDirectory(dir);
        assertTrue(result.refused());
        assertEquals("Subnets.json: refused: is a FIFO (named pipe), not a regular file (only regular files are read)",
                result.refusals().get(0).toString());
        assertEquals("거부됨: FIFO(명명된 파이프)이며 일반 파일이 아님(일반 파일만 읽음)",
                result.refusals().get(0).message(java.util.Locale.KOREAN));
    }

    @Test
    void snapshotWithDeletedResourcesImportsAsAValidModelAndSaysWhatItRepaired() throws Exception {
        AwsSnapshots.deletedResources(dir);
        AwsImport result = AwsImporter.importDirectory(dir);
        assertEquals(List.of(), ModelValidator.validate(result.model()).stream().filter(Problem::isError).toList());
        String all = result.problems().toString();
        assertTrue(all.contains("unknown target eni-terminated; route kept as blackhole"), all);
        assertTrue(all.contains("route 10.9.0.0/16 -> pcx-deleted of route table rtb-main: its target is not in the"
                + " snapshot (deleted?); kept as a blackhole"), all);
        assertTrue(all.contains("peering connection pcx-deleted dropped"), all);
        assertTrue(result.model().routeTable("rtb-main").routes().stream()
                .filter(r -> r.targetId().equals("pcx-deleted")).allMatch(r -> r.blackhole()), "route to the deleted peering");
        assertTrue(result.model().workload("i-web").networkInterfaceIds().equals(List.of("eni-web")));
    }
}
