package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Layout;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.SyntheticAccount;
import io.hopscope.model.NetworkModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quota-scale account (1,000 subnets, 10,000 ENIs) imports and lays out readably. The times are
 * printed for the record, not asserted: a shared CI machine makes wall-clock limits flaky.
 */
class AutoLayoutScaleTest {

    @TempDir
    Path dir;

    @Test
    void quotaScaleAccountIsLaidOutWithEveryShapeInPlace() throws IOException {
        SyntheticAccount.Summary written = new SyntheticAccount(7, SyntheticAccount.Scale.quota()).write(dir);

        long t0 = System.nanoTime();
        AwsImport imported = AwsImporter.importDirectory(dir);
        long t1 = System.nanoTime();
        NetworkModel model = imported.model();
        Layout layout = AutoLayout.layout(model);
        long t2 = System.nanoTime();
        Layout merged = AutoLayout.merge(model, layout);
        long t3 = System.nanoTime();

        System.out.printf("quota scale (%d subnets, %d ENIs, %d shapes): import %d ms, layout %d ms, merge %d ms%n",
                model.subnets().size(), model.networkInterfaces().size(), layout.shapes().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        io.hopscope.diagram.render.Drawing drawing = io.hopscope.diagram.render.DrawingBuilder.build(
                new io.hopscope.diagram.Diagram("quota", "", model, layout));
        String svg = io.hopscope.io.svg.SvgWriter.toSvg(drawing, 1);
        long t4 = System.nanoTime();
        System.out.printf("quota scale drawing: %.0f x %.0f, drawing + SVG (%d KB) %d ms%n", drawing.width(), drawing.height(),
                svg.length() / 1024, (t4 - t3) / 1_000_000);
        assertEquals(layout.shapes().size(), drawing.boxes().stream().filter(b -> !b.isBadge()).count(),
                "one box per shape, besides the SG/RT/ACL badges");
        assertEquals(written.subnets(), model.subnets().size());
        assertTrue(model.networkInterfaces().size() >= 10_000, "quota scale has 10,000 ENIs");
        LayoutInvariants.assertReadable(model, layout, "quota scale");
        assertEquals(layout.shapes(), merged.shapes(), "re-layout of the same model keeps every shape");
    }
}
