package io.hopscope.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ScrollPane;

/**
 * Keeps only the shapes near the viewport as nodes when a diagram is big: a scene graph of 2,000
 * labelled shapes makes every pulse and every rebuild slow, while the eye sees a few hundred at
 * most. Shapes within one viewport of the visible area are created; shapes three viewports away are
 * dropped. Small diagrams keep every node, so lookups and tests see the whole picture.
 */
final class OffscreenCulling {

    /** Pictures with more items than this are culled. */
    static final int THRESHOLD = 400;

    private final DiagramCanvasView view;
    private DiagramPicture picture = DiagramPicture.EMPTY;
    private final Map<String, ItemKind> shown = new HashMap<>();
    private int vpcs;
    private int subnets;
    private int links;

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
        shown.clear();
        vpcs = 0;
        subnets = 0;
        links = newPicture.links().size();
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
        Rect near = grow(visible, 1);
        Rect far = grow(visible, 3);
        List<CanvasItem> toAdd = new ArrayList<>();
        for (CanvasItem item : picture.items()) {
            boolean isShown = shown.containsKey(item.resourceId());
            if (!isShown && near.intersects(item.bounds(), 0)) {
                toAdd.add(item);
            } else if (isShown && !far.intersects(item.bounds(), 0)) {
                remove(item);
            }
        }
        for (CanvasItem item : toAdd) {
            add(item);
        }
    }

    private void add(CanvasItem item) {
        int index;
        if (item.kind() == ItemKind.VPC) {
            index = 0;
            vpcs++;
        } else if (item.kind() == ItemKind.SUBNET) {
            index = vpcs;
            subnets++;
        } else {
            index = vpcs + subnets + links;
        }
        view.addShapeNode(item, index);
        shown.put(item.resourceId(), item.kind());
    }

    private void remove(CanvasItem item) {
        ItemKind kind = shown.remove(item.resourceId());
        if (kind == ItemKind.VPC) {
            vpcs--;
        } else if (kind == ItemKind.SUBNET) {
            subnets--;
        }
        view.removeShapeNode(item.resourceId());
    }

    private static Rect grow(Rect r, double viewports) {
        double dx = r.width() * viewports;
        double dy = r.height() * viewports;
        return new Rect(r.x() - dx, r.y() - dy, r.width() + 2 * dx, r.height() + 2 * dy);
    }
}
