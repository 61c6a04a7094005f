package io.hopscope.ui.trace;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** Where a key belongs in the trace panel, and the panel's enlarge toggle. */
final class TraceKeys {
    /** The share of the window the enlarged panel gets. */
    private static final double ENLARGED = 0.8;

    private TraceKeys() {
    }

    /** Keys the focused control uses itself: typing in a field, Space pressing a button (Apply fix). */
    static boolean ownedByTarget(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl
                || e.getTarget() instanceof ButtonBase && e.getCode() == javafx.scene.input.KeyCode.SPACE;
    }

    /**
     * Whether Enter in this event should run the trace: it was typed in a field of the question
     * (a text field, an editable or plain combo box), not on a button (which fires itself) and not
     * while a combo box's list is open (where Enter picks the item).
     */
    static boolean inForm(KeyEvent e, Node form) {
        if (!(e.getTarget() instanceof Node target)) {
            return false;
        }
        boolean field = false;
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase) {
                return false;
            }
            if (n instanceof ComboBoxBase<?> box) {
                if (box.isShowing()) {
                    return false;
                }
                field = true;
            }
            if (n instanceof TextInputControl) {
                field = true;
            }
            if (n == form) {
                return field;
            }
        }
        return false;
    }

    /** The split pane holding the panel (an ancestor of it as one of its items) and which item that is. */
    private record Holder(SplitPane split, int item) {
        int divider() {
            return item > 0 ? item - 1 : 0;
        }

        /** Moves the divider by {@code share} of the split's height in the panel's favour. */
        void grow(double share) {
            double now = split.getDividerPositions()[divider()];
            double to = item > 0 ? Math.max(0.15, now - share) : Math.min(0.85, now + share);
            split.setDividerPosition(divider(), to);
        }
    }

    private static Holder holderOf(Node panel) {
        for (Node n = panel; n != null; n = n.getParent()) {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof SplitPane s) {
                    if (s.getItems().contains(n) && !s.getDividers().isEmpty()) {
                        return new Holder(s, s.getItems().indexOf(n));
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * The toggle gives the panel {@link #ENLARGED} of the split pane it sits in (the main window's
     * canvas/panel split) and gives back the old divider when pressed again.
     */
    static void enlargeWith(ToggleButton toggle, Node panel) {
        double[] before = new double[1];
        toggle.selectedProperty().addListener((obs, was, on) -> {
            Holder h = holderOf(panel);
            if (h == null) {
                return;
            }
            if (on) {
                before[0] = h.split().getDividerPositions()[h.divider()];
                h.split().setDividerPosition(h.divider(), h.item() > 0 ? 1 - ENLARGED : ENLARGED);
            } else {
                h.split().setDividerPosition(h.divider(), before[0]);
            }
        });
    }

    /**
     * While tracing the hop list is the main view: when it cannot show {@code rows} rows, the panel
     * takes that much more of the window from the canvas (never more than 85 %).
     */
    static void makeRoom(TableView<?> table, Node panel, int rows) {
        Holder h = holderOf(panel);
        if (h == null || table.getHeight() <= 0) {
            return;
        }
        Node row = table.lookup(".table-row-cell");
        double rowHeight = row instanceof Region r && r.getHeight() > 0 ? r.getHeight() : 24;
        Node header = table.lookup(".column-header-background");
        double headerHeight = header instanceof Region r && r.getHeight() > 0 ? r.getHeight() : 26;
        // Plus a horizontal scroll bar: the packet column may run past a narrow panel.
        double needed = headerHeight + rows * rowHeight + 20;
        double missing = needed - table.getHeight();
        double height = h.split().getHeight();
        if (missing > 0 && height > 0) {
            h.grow(missing / height);
        }
    }

    /** A trace appearing makes room for 8 hops (the panel keeps what the user gives it afterwards). */
    static void roomWhileTracing(TraceViewModel viewModel, TableView<?> table, Node panel) {
        viewModel.traceProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                javafx.application.Platform.runLater(() -> makeRoom(table, panel, 8));
            }
        });
    }
}
