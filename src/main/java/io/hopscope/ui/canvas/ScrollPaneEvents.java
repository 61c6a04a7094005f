package io.hopscope.ui.canvas;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/** Routes the canvas's mouse and key events to the editing gestures. */
final class ScrollPaneEvents {

    private ScrollPaneEvents() {
    }

    static void install(CanvasEditGestures gestures) {
        DiagramCanvasView view = gestures.view();
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_RELEASED, gestures::released);
        // A filter, so the scroll pane does not take the arrow keys for scrolling first.
        view.addEventFilter(KeyEvent.KEY_PRESSED, gestures::keyPressed);
    }
}
