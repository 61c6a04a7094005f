package io.hopscope.ui.trace;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Scene;

/** Help > Tour: brings the trace form forward and opens the tour beside the canvas. */
final class TourLauncher {

    private TourLauncher() {
    }

    static void start(TraceView view, ResourceBundle messages, Consumer<Path> opener) {
        view.focusQuery();
        Scene scene = view.getRoot().getScene();
        new TourView(view.getViewModel(), messages, opener, scene == null ? null : scene.getWindow())
                .avoiding(scene == null ? null : scene.getRoot().lookup(".diagram-canvas")).show();
    }
}
