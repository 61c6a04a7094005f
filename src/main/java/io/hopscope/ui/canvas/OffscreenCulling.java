package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;
import java.util.List;
import javafx.scene.control.ScrollPane;

/**
 * Keeps only the shapes near the viewport as nodes when a diagram is big: a scene graph of 2,000
 * labelled shapes makes every pulse and every rebuild slow, while the eye sees a few hundred at
 * most. Shapes within half a viewport of the visible area are created; shapes two viewports away
 * are dropped. A wider margin made each zoom step create hundreds of shapes nobody saw yet (zoom
 * p95 110 ms against 50 ms with half a viewport, in the frame harness). Small diagrams keep every node, so lookups and tests see the whole picture.
 */
final class OffscreenCulling {

    /** Pictures with more items than this are culled. */
    static final int THRESHOLD = 400;

    private final DiagramCanvasView view;
    private DiagramPicture picture = DiagramPicture.EMPTY;

    OffscreenCulling(DiagramCanvasView view) {
        this.view = view;
    }

    void watch(ScrollPane scrollPane, DiagramCanvasViewModel viewModel) {
        scrollPane.hvalueProperty().addListener(o -> updateIfActive());
        scrollPane.vvalueProperty().addListener(o -> updateIfActive());
        scrollPane.viewportBoundsProperty().addListener(o -> updateIfActive());
        viewModel.scaleProperty().addListener(o -> updateIfActive());
    }

    void reset(DiagramPicture newPicture) {
        picture = newPicture;
    }

    boolean active() {
        return picture.items().size() > THRESHOLD;
    }

    private void updateIfActive() {
        if (active()) {
            update();
            view.afterCulling();
        }
    }

    void update() {
        Rect visible = view.visibleCanvasRect();
        Rect near = grow(visible, 0.5);
        Rect far = grow(visible, 2);
        // Zoomed out on a big diagram, level of detail shows counts instead of workload cards,
        // so the cards are not created (or are dropped): thousands of hidden nodes still cost.
        boolean noCards = view.dropsWorkloadCards();
        List<CanvasItem> items = picture.items();
        for (CanvasItem item : items) {
            boolean isShown = view.isShapeShown(item.resourceId());
            boolean skipped = noCards && item.kind() == ItemKind.WORKLOAD;
            if (isShown && (skipped || !far.intersects(item.bounds(), 0))) {
                view.removeShapeNode(item.resourceId());
            } else if (!isShown && !skipped && near.intersects(item.bounds(), 0)) {
                view.addShapeNode(item);
            }
        }
    }

    private static Rect grow(Rect r, double viewports) {
        double dx = r.width() * viewports;
        double dy = r.height() * viewports;
        return new Rect(r.x() - dx, r.y() - dy, r.width() + 2 * dx, r.height() + 2 * dy);
    }
}
