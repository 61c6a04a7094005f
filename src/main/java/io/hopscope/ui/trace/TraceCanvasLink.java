package io.hopscope.ui.trace;

import io.hopscope.engine.Trace;
import io.hopscope.export.HopShapes;
import io.hopscope.ui.canvas.DiagramCanvasView;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Ties the trace explorer to the canvas: the current hop's overlay, picking the destination by
 * clicking a shape, and "Trace from here / to here" on a workload's or endpoint's context menu.
 */
final class TraceCanvasLink {

    static final String CONTEXT_MENU = "trace-context-menu";

    private final TraceViewModel viewModel;
    private final DiagramCanvasView canvas;
    private final ResourceBundle messages;
    private String currentShapeId;

    TraceCanvasLink(TraceViewModel viewModel, DiagramCanvasView canvas, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.canvas = canvas;
        this.messages = messages;
        viewModel.currentIndexProperty().addListener((obs, old, now) -> {
            refresh();
            // Stepping follows the packet across a big canvas; a live re-trace after an edit does
            // not move the view away from what the user is editing.
            if (currentShapeId != null) {
                canvas.revealIfHidden(currentShapeId);
            }
        });
        viewModel.traceProperty().addListener((obs, old, now) -> refresh());
        viewModel.getRows().addListener((ListChangeListener<HopRow>) c -> refresh());
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        // While picking, the canvas shows a crosshair; Esc gives up picking, as it cancels any gesture.
        viewModel.pickingDestinationProperty().addListener((obs, was, picking) -> {
            canvas.setCursor(picking ? Cursor.CROSSHAIR : null);
            canvas.showHint(picking ? messages.getString("trace.pick.hint") : null);
        });
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.pickingDestinationProperty().get()) {
                viewModel.pickingDestinationProperty().set(false);
                e.consume();
            }
        });
        // One menu on the canvas: the trace items are the first group of it.
        canvas.contextMenu().contributeFirst(this::menuItems);
    }

    void refresh() {
        Trace trace = viewModel.getTrace();
        if (trace == null) {
            currentShapeId = null;
            canvas.clearTraceOverlay();
            return;
        }
        HopShapes shapes = new HopShapes(viewModel.document().getDiagram().model());
        // "Drawn" means in the picture: on a big diagram culling may not have made the node yet.
        TracePathPlan plan = TracePathPlan.of(trace.query(), viewModel.getRows(),
                viewModel.currentIndexProperty().get(), shapes, id -> canvas.getViewModel().getPicture().item(id).isPresent());
        canvas.showTraceOverlay(plan.legs(), plan.currentShapeId(), plan.currentBlocked());
        currentShapeId = plan.currentShapeId();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !viewModel.pickingDestinationProperty().get()) {
            return;
        }
        String id = resourceUnder(e.getPickResult().getIntersectedNode());
        if (id != null && viewModel.shapePicked(id)) {
            e.consume();
        }
    }

    private java.util.List<MenuItem> menuItems(String id) {
        if (id == null || !EndpointChoices.isTraceEnd(viewModel.document().getDiagram().model(), id)) {
            return java.util.List.of();
        }
        MenuItem from = new MenuItem(messages.getString("trace.fromHere"));
        from.getStyleClass().add("trace-from-here");
        from.setOnAction(a -> viewModel.traceFrom(id));
        MenuItem to = new MenuItem(messages.getString("trace.toHere"));
        to.getStyleClass().add("trace-to-here");
        to.setOnAction(a -> viewModel.traceTo(id));
        return java.util.List.of(from, to);
    }

    private static String resourceUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(DiagramCanvasView.RESOURCE_ID);
            if (id instanceof String s) {
                return s;
            }
        }
        return null;
    }
}
