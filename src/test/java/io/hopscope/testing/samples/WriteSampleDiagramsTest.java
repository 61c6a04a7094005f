package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.io.format.DiagramWriter;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The generator, run on demand with {@code -Dhopscope.writeSamples=true}; skipped in normal builds. */
@EnabledIfSystemProperty(named = "hopscope.writeSamples", matches = "true")
class WriteSampleDiagramsTest {

    @Test
    void writesEverySampleAsTheWriterFormatsIt() throws Exception {
        assertEquals(SampleDiagrams.all().size(), WriteSampleDiagrams.writeAll());
        for (var e : SampleDiagrams.all().entrySet()) {
            assertEquals(DiagramWriter.toJson(e.getValue().get()),
                    Files.readString(WriteSampleDiagrams.fileOf(e.getKey())), e.getKey());
        }
    }
}
