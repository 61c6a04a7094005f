package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.io.importing.TerraformDiagramImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Import of a generated 10,000-resource plan (about 50 MB) in this JVM, three runs, printed; the
 * whole-process figure is measured with the jar (README). Run with
 * {@code mvn -B -o test -Dtest=TerraformImportSpeedHarness -Dhopscope.perf=true}.
 */
@EnabledIfSystemProperty(named = "hopscope.perf", matches = "true")
class TerraformImportSpeedHarness {

    @Test
    void importsTenThousandResources() throws Exception {
        Path plan = Path.of("target/tf-speed-plan.json");
        TerraformPlanGenerator.write(plan, 20);
        System.out.printf("plan: %,d bytes%n", Files.size(plan));
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            AwsDiagramImport d = TerraformDiagramImporter.importFile(plan, "speed", false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("run %d: %d ms, %s%n", run, ms, d.summary());
            assertEquals(20 * TerraformPlanGenerator.INSTANCES, d.diagram().model().workloads().size());
        }
    }
}
