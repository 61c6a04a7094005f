package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The reachability panel's marks on the canvas: a ring around every source and every target of the
 * rows on show, and a line along each row's path (source, the components on the way that are drawn,
 * target). Drawn from the picture's boxes after every redraw, like the trace's marks, so shapes that
 * culling has not created yet are marked too.
 */
public final class ReachMarks {
    static final String STYLESHEET = "/io/hopscope/ui/reach/reach-canvas.css";
    private static final double RING = 6;

    private final DiagramCanvasView canvas;
    private final Group group = new Group();
    private Set<String> sources = Set.of();
    private Set<String> targets = Set.of();
    private List<List<String>> paths = List.of();

    public ReachMarks(DiagramCanvasView canvas) {
        this.canvas = canvas;
        group.getStyleClass().add("reach-overlay");
        group.getStylesheets().add(ReachMarks.class.getResource(STYLESHEET).toExternalForm());
        group.setMouseTransparent(true);
        group.setManaged(false);
        canvas.runAfterDraw(this::redraw);
    }

    /** Marks these shapes and paths (resource ids); empty sets clear the marks. */
    public void show(Set<String> newSources, Set<String> newTargets, List<List<String>> newPaths) {
        sources = Set.copyOf(newSources);
        targets = Set.copyOf(newTargets);
        paths = List.copyOf(newPaths);
        redraw();
    }

    /** The shapes ringed as sources now (drawn ones only), for tests. */
    public List<String> ringedSources() {
        return group.getChildren().stream().filter(n -> n.getStyleClass().contains("reach-source-ring"))
                .map(n -> (String) n.getProperties().get(DiagramCanvasView.RESOURCE_ID)).toList();
    }

    /** How many path segments are drawn now. */
    public int pathSegments() {
        return (int) group.getChildren().stream().filter(n -> n instanceof Line).count();
    }

    private void redraw() {
        canvas.world().getChildren().remove(group);
        group.getChildren().clear();
        for (List<String> path : paths) {
            List<Rect> drawn = new ArrayList<>();
            for (String id : path) {
                box(id).ifPresent(drawn::add);
            }
            for (int i = 1; i < drawn.size(); i++) {
                Rect a = drawn.get(i - 1);
                Rect b = drawn.get(i);
                Line l = new Line(a.x() + a.width() / 2, a.y() + a.height() / 2, b.x() + b.width() / 2, b.y() + b.height() / 2);
                l.getStyleClass().add("reach-path");
                group.getChildren().add(l);
            }
        }
        for (String id : targets) {
            ring(id, "reach-target-ring");
        }
        for (String id : sources) {
            if (!targets.contains(id)) {
                ring(id, "reach-source-ring");
            }
        }
        if (!group.getChildren().isEmpty()) {
            canvas.world().getChildren().add(group);
        }
    }

    private void ring(String id, String style) {
        box(id).ifPresent(b -> {
            Rectangle r = new Rectangle(b.x() - RING, b.y() - RING, b.width() + 2 * RING, b.height() + 2 * RING);
            r.getStyleClass().add(style);
            r.getProperties().put(DiagramCanvasView.RESOURCE_ID, id);
            group.getChildren().add(r);
        });
    }

    /** The item's box in the world's coordinates, when the picture draws it. */
    private Optional<Rect> box(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<CanvasItem> item = canvas.getViewModel().getPicture().item(id);
        return item.map(i -> new Rect(i.bounds().x() - canvas.originX(), i.bounds().y() - canvas.originY(),
                i.bounds().width(), i.bounds().height()));
    }
}
