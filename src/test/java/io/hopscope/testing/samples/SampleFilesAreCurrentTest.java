package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files in {@code diagrams/} are exactly what the writer makes of the builders, and each opens
 * cleanly. When this fails after a builder change, regenerate (see {@link WriteSampleDiagrams}).
 */
class SampleFilesAreCurrentTest {

    private static final String BROKEN = "ec2-to-rds-broken-return";

    static Stream<String> samples() {
        return SampleDiagrams.all().keySet().stream();
    }

    @Test
    void diagramsFolderHoldsExactlyTheSampleDiagrams() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(WriteSampleDiagrams.DIRECTORY)) {
            // Policies (*.policy.yaml) and the labs folder live beside the samples; every diagram here is a sample.
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = SampleDiagrams.all().keySet().stream().map(n -> n + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleFileEqualsTheWritersOutputForItsBuilder(String sample) throws IOException {
        String expected = DiagramWriter.toJson(SampleDiagrams.all().get(sample).get());
        assertEquals(expected, Files.readString(WriteSampleDiagrams.fileOf(sample)),
                sample + ".json is stale: rerun WriteSampleDiagrams");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleFileLoadsWithTheBuildersShapesAndResources(String sample) {
        DiagramLoad load = DiagramReader.read(WriteSampleDiagrams.fileOf(sample));
        Diagram built = SampleDiagrams.all().get(sample).get();
        assertNotNull(load.diagram(), sample + " did not load: " + load.problems());
        assertEquals(built.layout(), load.diagram().layout(), sample);
        assertEquals(built.title(), load.diagram().title(), sample);
        assertEquals(built.description(), load.diagram().description(), sample);
        Set<Resource> loaded = Set.copyOf(load.diagram().model().allResources());
        assertEquals(List.of(), built.model().allResources().stream().filter(r -> !loaded.contains(r))
                .map(Resource::id).toList(), sample + ": resources that do not survive the file");
        assertEquals(built.model().allResources().size(), loaded.size(), sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void correctSampleLoadsWithoutAnyProblem(String sample) {
        if (sample.equals(BROKEN)) {
            return;
        }
        DiagramLoad load = DiagramReader.read(WriteSampleDiagrams.fileOf(sample));
        assertEquals(List.of(), load.problems().stream().map(Problem::toString).toList(), sample);
    }

    /** The broken sample's only problems are the app's warnings about the very NACL it gets wrong [NACL]. */
    @Test
    void brokenReturnSampleIsWarnedAboutItsDbNaclOutboundRules() {
        DiagramLoad load = DiagramReader.read(WriteSampleDiagrams.fileOf(BROKEN));
        String dbNacl = Ec2ToRdsSample.brokenReturn().dbNacl;
        assertTrue(load.problems().stream().allMatch(p -> p.severity() == Severity.WARNING
                && dbNacl.equals(p.resourceId())), load.problems().toString());
        assertTrue(load.problems().stream().anyMatch(p -> p.location().endsWith(".outbound")),
                "expected the missing ephemeral outbound rule to be reported: " + load.problems());
    }
}
