package io.hopscope.ui.reach;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * Gives a bottom panel's table room for a few rows when an answer arrives: in a small window the
 * panel would otherwise show its header and no row. Takes the room from the canvas above, never
 * more than 70 % of the window, and only grows (what the user dragged stays otherwise).
 */
final class PanelRoom {
    private static final double MAX_SHARE = 0.7;

    private PanelRoom() {
    }

    static void ensureRows(TableView<?> table, int rows) {
        Node child = table;
        for (Node n = table.getParent(); n != null; child = n, n = n.getParent()) {
            if (n instanceof SplitPane split && split.getOrientation() == Orientation.VERTICAL) {
                grow(split, child, table, rows);
                return;
            }
        }
    }

    private static void grow(SplitPane split, Node item, TableView<?> table, int rows) {
        int index = -1;
        for (int i = 0; i < split.getItems().size(); i++) {
            if (isInside(item, split.getItems().get(i))) {
                index = i;
            }
        }
        double height = split.getHeight();
        if (index <= 0 || height <= 0) {
            return;
        }
        double needed = 26 + rows * 24 + 16;
        double missing = needed - Math.max(0, table.getHeight());
        if (missing <= 0) {
            return;
        }
        double pos = split.getDividerPositions()[index - 1];
        split.setDividerPosition(index - 1, Math.max(1 - MAX_SHARE, pos - missing / height));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
