package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Layout;
import io.hopscope.io.terraform.TerraformImporter;
import io.hopscope.io.terraform.TerraformPlanGenerator;
import io.hopscope.model.NetworkModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VPCs laid on two threads give every shape the very box one thread gives it. */
class VpcBlocksTest {

    @TempDir
    Path dir;

    @Test
    void twoThreadsLayEveryBoxAsOneDoes() throws Exception {
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 6);
        NetworkModel model = TerraformImporter.importFile(plan, false).model();
        assertEquals(6, model.vpcs().size());
        ShapeTree tree = ShapeTree.of(model);
        Layout one = AutoLayout.toLayout(AutoLayout.boxes(model, tree, Integer.MAX_VALUE), List.of());
        for (int run = 0; run < 5; run++) {
            // Which thread takes which VPC varies from run to run; the boxes may not.
            assertEquals(one, AutoLayout.toLayout(AutoLayout.boxes(model, tree, 0), List.of()));
        }
        assertEquals(one, AutoLayout.layout(model));
        assertTrue(one.shapes().size() > model.workloads().size(), "every workload, subnet and VPC has a shape");
    }
}
