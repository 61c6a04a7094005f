package io.hopscope.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

class TourPlacementTest {
    private static final Bounds SCREEN = new BoundingBox(0, 0, 1920, 1080);

    @Test
    void besideTheWindowWhenTheScreenHasRoom() {
        Bounds window = new BoundingBox(0, 0, 1280, 720);
        Bounds canvas = new BoundingBox(255, 50, 620, 450);
        Bounds at = TourPlacement.place(canvas, window, SCREEN, 470, 220);
        assertEquals(1288, at.getMinX());
        assertFalse(at.intersects(window));
    }

    @Test
    void underTheCanvasWhenTheWindowFillsTheScreen() {
        Bounds screen = new BoundingBox(0, 0, 1280, 720);
        Bounds canvas = new BoundingBox(255, 50, 620, 250);
        Bounds at = TourPlacement.place(canvas, screen, screen, 470, 220);
        assertEquals(308, at.getMinY());
        assertFalse(at.intersects(canvas));
    }

    @Test
    void theScreensCornerOnlyWhenNothingElseFits() {
        Bounds screen = new BoundingBox(0, 0, 800, 600);
        Bounds canvas = new BoundingBox(0, 0, 800, 600);
        Bounds at = TourPlacement.place(canvas, screen, screen, 400, 200);
        assertEquals(400, at.getMinX());
        assertEquals(400, at.getMinY());
    }
}
