package io.hopscope.app.window;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a two-pane split's first divider at a share of its width, through window resizes. The split's
 * skin spreads a change of width over its panes in equal parts, not in proportion: a 1280-pixel window
 * narrowed to 800 left the canvas 0.43 of the room and the inspector the rest, and widening it again
 * did not give the room back. Set once before the window is shown, the first layout also clamps the
 * divider by the panes' preferred widths. So the share is set again after every change of width; the
 * share itself changes only when the user drags the divider.
 */
final class KeptDividerProportion {

    private final SplitPane split;
    private double share;

    private KeptDividerProportion(SplitPane split, double share) {
        this.split = split;
        this.share = share;
    }

    static void hold(SplitPane split, double share) {
        KeptDividerProportion kept = new KeptDividerProportion(split, share);
        split.setDividerPositions(share);
        split.widthProperty().addListener((obs, old, width) -> {
            if (width.doubleValue() > 0) {
                Platform.runLater(kept::apply);
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getTarget() instanceof Node n && kept.onDivider(n)) {
                kept.takeFromDivider();
            }
        });
    }

    /** Only while the split has its two panes: a docked lab panel brings dividers of its own. */
    private void apply() {
        if (split.getItems().size() == 2) {
            split.setDividerPositions(share);
        }
    }

    /** The divider or its grabber: a release on either ends a drag of the divider. */
    private boolean onDivider(Node target) {
        for (Node n = target; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void takeFromDivider() {
        if (split.getItems().size() == 2) {
            share = split.getDividerPositions()[0];
        }
    }
}
