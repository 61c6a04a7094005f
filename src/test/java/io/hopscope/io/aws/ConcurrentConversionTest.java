package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.check.Problem;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.JsonDamage;
import io.hopscope.model.SecurityGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import with the security groups' rules and shares of the interfaces and instances on a
 * second thread gives exactly what one thread gives: the same resources in the same order, the
 * same problems in the same order, for every sample snapshot, a synthetic account, and randomly
 * damaged copies of them (half of them damage the security groups, the other half any file).
 */
class ConcurrentConversionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everySampleConvertsTheSame() throws IOException {
        List<Path> snapshots = sampleSnapshots();
        assertFalse(snapshots.size() < 40, "found " + snapshots.size() + " sample snapshots");
        for (Path dir : snapshots) {
            assertSameConversion(dir);
        }
    }

    @Test
    void aSyntheticAccountConvertsTheSameAndItsRulesRanAside() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("synthetic"));
        new SyntheticAccount(5, SyntheticAccount.Scale.quotaTimes(0.02)).write(dir);
        AwsImport imported = assertSameConversion(dir);
        // The synthetic account's rules name only the prefix list it describes, so the pass ran on its own thread.
        assertTrue(imported.model().allResources().stream()
                .anyMatch(r -> r instanceof SecurityGroup g && !g.inbound().isEmpty()));
    }

    @Test
    void duplicatesAcrossTheSharesAreWarnedWhereOneThreadWarns() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("duplicates"));
        new SyntheticAccount(7, SyntheticAccount.Scale.quotaTimes(0.02)).write(dir);
        // The first interfaces and reservations again at the end: the front share reads them, the back share repeats them.
        for (String[] file : List.of(new String[] {"describe-network-interfaces.json", "NetworkInterfaces"},
                new String[] {"describe-instances.json", "Reservations"})) {
            Path path = dir.resolve(file[0]);
            JsonNode tree = JSON.readTree(path.toFile());
            com.fasterxml.jackson.databind.node.ArrayNode records = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get(file[1]);
            for (int i = 0; i < 3; i++) {
                records.add(records.get(i).deepCopy());
            }
            Files.writeString(path, JSON.writeValueAsString(tree));
        }
        AwsImport imported = assertSameConversion(dir);
        long duplicates = imported.problems().stream().filter(p -> p.message().contains("duplicate")).count();
        assertTrue(duplicates >= 6, "duplicate warnings: " + duplicates);
    }

    @Test
    void damagedSnapshotsConvertTheSame() throws IOException {
        List<Path> snapshots = new ArrayList<>(sampleSnapshots());
        Path synthetic = Files.createDirectories(tmp.resolve("synthetic"));
        new SyntheticAccount(9, SyntheticAccount.Scale.quotaTimes(0.01)).write(synthetic);
        snapshots.add(synthetic);
        Random random = new Random(13);
        int problems = 0;
        for (int round = 0; round < 200; round++) {
            Path source = snapshots.get(random.nextInt(snapshots.size()));
            Path dir = tmp.resolve("round-" + round);
            List<Path> files = copy(source, dir);
            // Half the rounds damage the security groups, whose rules are the pass that runs aside.
            List<Path> groups = files.stream().filter(f -> f.getFileName().toString().toLowerCase().contains("securitygroup")
                    || f.getFileName().toString().contains("security-groups")).toList();
            Path victim = !groups.isEmpty() && random.nextBoolean() ? groups.get(random.nextInt(groups.size()))
                    : files.get(random.nextInt(files.size()));
            JsonNode tree = JSON.readTree(victim.toFile());
            List<JsonNode> containers = new ArrayList<>();
            JsonDamage.collect(tree, containers);
            for (int n = 1 + random.nextInt(6); n > 0 && !containers.isEmpty(); n--) {
                JsonDamage.damage(containers.get(random.nextInt(containers.size())), random);
            }
            Files.writeString(victim, JSON.writeValueAsString(tree));
            problems += assertSameConversion(dir).problems().size();
        }
        assertFalse(problems < 200, "the damaged copies gave only " + problems + " problems");
    }

    /**
     * Converts the folder's snapshot on one thread, on two as an import does, and on two with
     * every pass of two records or more split (the samples are far below {@link SecondCore#SPLIT_FROM}),
     * and compares everything the import hands over.
     */
    private static AwsImport assertSameConversion(Path dir) {
        AwsSnapshot snapshot = new AwsDescribeReader().read(dir);
        AwsImport oneThread = AwsImporter.convert(snapshot, false);
        AwsImport twoThreads = AwsImporter.convert(snapshot, true);
        assertSame(oneThread, twoThreads, dir + " (two threads)");
        try (SecondCore everySplit = SecondCore.start(2)) {
            assertSame(oneThread, AwsImporter.convert(snapshot, everySplit), dir + " (every pass split)");
        }
        return twoThreads;
    }

    private static void assertSame(AwsImport oneThread, AwsImport twoThreads, String what) {
        assertEquals(oneThread.model().allResources(), twoThreads.model().allResources(), what);
        assertEquals(texts(oneThread.problems()), texts(twoThreads.problems()), what);
        assertEquals(oneThread.problems(), twoThreads.problems(), what);
        assertEquals(oneThread.refusals(), twoThreads.refusals(), what);
        assertEquals(oneThread.validated(), twoThreads.validated(), what);
    }

    private static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static List<Path> sampleSnapshots() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String samples : List.of("../shared/aws-samples", "../shared/aws-samples-v2")) {
            try (Stream<Path> list = Files.list(Path.of(samples))) {
                list.filter(Files::isDirectory).sorted().forEach(dirs::add);
            }
        }
        for (String scenarios : List.of("../shared/conformance", "../shared/conformance-v2")) {
            try (Stream<Path> list = Files.list(Path.of(scenarios))) {
                list.map(p -> p.resolve("aws")).filter(Files::isDirectory).sorted().forEach(dirs::add);
            }
        }
        return dirs;
    }

    /** Copies the snapshot's JSON files (Region folders included); the copies, sorted. */
    private static List<Path> copy(Path from, Path to) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p) && p.toString().endsWith(".json")) {
                    Path copy = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                    copies.add(copy);
                }
            }
        }
        return copies;
    }
}
