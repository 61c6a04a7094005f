package io.hopscope.ui.canvas;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/** Routes the canvas's mouse events to the editing gestures, and handles its keys. */
final class ScrollPaneEvents {

    private ScrollPaneEvents() {
    }

    static void install(CanvasEditGestures gestures) {
        DiagramCanvasView view = gestures.view();
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        view.scrollPane().addEventFilter(MouseEvent.MOUSE_RELEASED, gestures::released);
        // A filter, so the scroll pane does not take the arrow keys for scrolling first.
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(gestures, e));
    }

    /** Esc cancels or deselects, Delete asks to delete, arrows move one grid cell (Ctrl: one unit). */
    static void keyPressed(CanvasEditGestures gestures, KeyEvent e) {
        CanvasEditorViewModel editor = gestures.editor();
        boolean fine = e.isShortcutDown();
        switch (e.getCode()) {
            case ESCAPE -> {
                if (!gestures.cancel()) {
                    editor.clearSelection();
                }
            }
            case DELETE, BACK_SPACE -> gestures.requestDelete();
            case LEFT -> editor.nudge(-1, 0, fine);
            case RIGHT -> editor.nudge(1, 0, fine);
            case UP -> editor.nudge(0, -1, fine);
            case DOWN -> editor.nudge(0, 1, fine);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
