package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.PrefixList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImportCommandTest {

    private static final Path SHARED = Path.of("..", "shared");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static List<String> lines(StringWriter w) {
        String s = w.toString();
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    static List<Path> awsFolders() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(SHARED.resolve("aws-samples"))) {
            s.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        try (Stream<Path> s = Files.list(SHARED.resolve("conformance"))) {
            s.map(p -> p.resolve("aws")).filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs;
    }

    @ParameterizedTest
    @MethodSource("awsFolders")
    void importedFolderIsWrittenAsADiagramTheReaderLoadsWithoutErrors(Path dir) {
        Path file = tmp.resolve("net.hopscope.json");

        assertEquals(0, run("import", dir.toString(), "-o", file.toString()), err::toString);

        DiagramLoad load = DiagramReader.read(file);
        assertTrue(load.errors().isEmpty(), () -> dir + ": " + load.errors());
        assertFalse(load.diagram().layout().shapes().isEmpty());
        List<String> stdout = lines(out);
        assertEquals(1, stdout.size(), out::toString);
        assertTrue(stdout.get(0).startsWith("imported ") && stdout.get(0).endsWith(" -> " + file), stdout.get(0));
        assertTrue(stdout.get(0).contains(" VPC"), stdout.get(0));
    }

    @Test
    void skippedInputIsOneLineEachOnStderrWithFileAndPath() {
        Path file = tmp.resolve("peering.hopscope.json");

        int code = run("import", SHARED.resolve("aws-samples/batfish-test-vpc-peering").toString(), "-o", file.toString(),
                "--title", "Peering lab");

        assertEquals(0, code);
        assertEquals(List.of("aws_configs/AvailabilityZones.json: $.AvailabilityZones: info: skipped: unknown key "
                + "AvailabilityZones"), lines(err));
        assertEquals("Peering lab", DiagramReader.read(file).diagram().title());
        assertTrue(lines(out).get(0).contains("2 peering connections"), out.toString());
    }

    @Test
    void routeToAnUndescribedManagedPrefixListImportsAsAnEmptyListWithAWarning() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("no-prefix-lists"));
        try (Stream<Path> s = Files.list(SHARED.resolve("conformance/23-s3-gateway-endpoint/aws"))) {
            for (Path p : s.filter(p -> !p.getFileName().toString().contains("prefix-list")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path file = tmp.resolve("s3.hopscope.json");

        assertEquals(0, run("import", dir.toString(), "-o", file.toString()), err::toString);

        assertTrue(err.toString().contains("warning: prefix list pl-"), err.toString());
        DiagramLoad load = DiagramReader.read(file);
        assertTrue(load.errors().isEmpty(), () -> load.errors().toString());
        List<PrefixList> lists = load.diagram().model().prefixLists();
        assertFalse(lists.isEmpty());
        assertTrue(lists.stream().allMatch(p -> p.cidrs().isEmpty()), lists.toString());
    }

    @Test
    void missingFolderExitsTwoNamingIt() {
        Path missing = tmp.resolve("nope");

        assertEquals(2, run("import", missing.toString(), "-o", tmp.resolve("x.hopscope.json").toString()));

        assertEquals(List.of("error: " + missing + ": no such directory"), lines(err));
        assertEquals("", out.toString());
    }

    @Test
    void folderWithoutAwsJsonExitsTwoAndWritesNothing() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not AWS");
        Path file = tmp.resolve("x.hopscope.json");

        assertEquals(2, run("import", empty.toString(), "-o", file.toString()));

        assertEquals(List.of("error: " + empty + ": no AWS describe-* JSON found (nothing to import)"), lines(err));
        assertFalse(Files.exists(file));
    }

    @Test
    void folderOfBrokenJsonExitsTwoAfterNamingEachFile() throws IOException {
        Path broken = Files.createDirectory(tmp.resolve("broken"));
        Files.writeString(broken.resolve("describe-vpcs.json"), "{\"Vpcs\": [");
        Path file = tmp.resolve("x.hopscope.json");

        assertEquals(2, run("import", broken.toString(), "-o", file.toString()));

        List<String> stderr = lines(err);
        assertEquals(2, stderr.size(), err::toString);
        assertTrue(stderr.get(0).startsWith("describe-vpcs.json: error: not valid JSON"), stderr.get(0));
        assertEquals("error: " + broken + ": nothing could be imported (1 error above)", stderr.get(1));
        assertFalse(Files.exists(file));
    }

    @Test
    void outputInAMissingFolderExitsTwoNamingIt() {
        Path file = tmp.resolve("no-such-folder").resolve("x.hopscope.json");

        assertEquals(2, run("import", SHARED.resolve("aws-samples/batfish-test-nat-gateway").toString(), "-o",
                file.toString()));

        List<String> stderr = lines(err);
        assertEquals(1, stderr.size(), err::toString);
        assertTrue(stderr.get(0).startsWith("error: " + file + ": cannot write"), stderr.get(0));
    }

    @Test
    void outputThatIsADirectoryExitsTwo() {
        assertEquals(2, run("import", SHARED.resolve("aws-samples/batfish-test-nat-gateway").toString(), "-o",
                tmp.toString()));
        assertEquals(List.of("error: " + tmp + ": is a directory, not a file"), lines(err));
    }
}
