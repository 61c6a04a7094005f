package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.DiagramPicture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.ui.UiTestDiagrams;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Runs without a JavaFX toolkit: view models use properties only. */
class DiagramCanvasViewModelTest {

    private final DiagramCanvasViewModel vm =
            new DiagramCanvasViewModel(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT));

    @Test
    void settingADiagramRebuildsThePicture() {
        assertTrue(vm.getPicture().isEmpty());
        vm.setDiagram(UiTestDiagrams.twoTier());
        DiagramPicture first = vm.getPicture();
        assertTrue(first.item(UiTestDiagrams.APP_VPC).isPresent());
        vm.setDiagram(Diagram.EMPTY);
        assertTrue(vm.getPicture().isEmpty());
        vm.setDiagram(UiTestDiagrams.twoTier());
        assertNotSame(first, vm.getPicture());
    }

    @Test
    void zoomStepsMultiplyAndStayWithinLimits() {
        vm.zoomIn();
        assertEquals(DiagramCanvasViewModel.ZOOM_STEP, vm.getScale(), 1e-9);
        assertEquals("120 %", vm.zoomTextBinding().get());
        vm.zoomOut();
        assertEquals(1.0, vm.getScale(), 1e-9);
        for (int i = 0; i < 50; i++) {
            vm.zoomIn();
        }
        assertEquals(DiagramCanvasViewModel.MAX_SCALE, vm.getScale(), 1e-9);
        for (int i = 0; i < 50; i++) {
            vm.zoomOut();
        }
        assertEquals(DiagramCanvasViewModel.MIN_SCALE, vm.getScale(), 1e-9);
        vm.resetZoom();
        assertEquals(1.0, vm.getScale(), 1e-9);
    }

    @Test
    void fitScalesSoTheWholePictureFitsTheViewport() {
        vm.setDiagram(UiTestDiagrams.twoTier());
        vm.fitTo(600, 400);
        double scale = vm.getScale();
        assertTrue(scale < 1.0);
        assertTrue(vm.contentWidth() * scale <= 600 + 1e-9);
        assertTrue(vm.contentHeight() * scale <= 400 + 1e-9);
        assertTrue(Math.abs(vm.contentWidth() * scale - 600) <= 1 || Math.abs(vm.contentHeight() * scale - 400) <= 1,
                "one side fills the viewport, to a pixel");
    }

    @Test
    void fittingAFreshDiagramNeverEnlargesPastActualSize() {
        vm.setDiagram(UiTestDiagrams.twoTier());
        vm.fitToAtMostActualSize(100_000, 100_000);
        assertEquals(1.0, vm.getScale(), 1e-9);
        vm.fitTo(100_000, 100_000);
        assertEquals(DiagramCanvasViewModel.MAX_SCALE, vm.getScale(), 1e-9);
    }

    @Test
    void fittingAnEmptyDiagramOrAnUnlaidViewportKeepsTheScale() {
        vm.zoomIn();
        vm.fitTo(800, 600);
        assertEquals(DiagramCanvasViewModel.ZOOM_STEP, vm.getScale(), 1e-9);
        vm.setDiagram(UiTestDiagrams.twoTier());
        vm.fitTo(0, 0);
        assertEquals(DiagramCanvasViewModel.ZOOM_STEP, vm.getScale(), 1e-9);
    }
}
