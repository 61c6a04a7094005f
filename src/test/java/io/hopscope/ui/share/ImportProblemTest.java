package io.hopscope.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.check.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    private static final Path DIR = Path.of("/snapshots/prod");

    @Test
    void locationWithFileAndPathIsSplit() {
        ImportProblem p = ImportProblem.of(DIR, Problem.warning("RouteTables.json: $.RouteTables[0].Routes[3]", "unknown target"));

        assertEquals("RouteTables.json", p.file());
        assertEquals("$.RouteTables[0].Routes[3]", p.jsonPath());
        assertEquals("WARNING: unknown target", p.reason());
    }

    @Test
    void locationWithOnlyAFileHasNoPath() {
        ImportProblem p = ImportProblem.of(DIR, Problem.error("Vpcs.json", "malformed JSON"));

        assertEquals("Vpcs.json", p.file());
        assertEquals("", p.jsonPath());
    }

    @Test
    void problemWithoutLocationBelongsToTheFolder() {
        ImportProblem p = ImportProblem.of(DIR, Problem.error("", "no describe-* JSON found"));

        assertEquals(DIR.toString(), p.file());
        assertEquals(DIR + ": ERROR: no describe-* JSON found", p.toString());
    }
}
