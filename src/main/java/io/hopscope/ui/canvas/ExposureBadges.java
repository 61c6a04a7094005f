package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.Label;

/**
 * Internet-exposure badges on the canvas: on every shape reachable from the internet, a small
 * label at its top-right corner with the protocols and ports that open ("tcp 80, 443"). Placed from
 * the picture's boxes after every redraw; mouse-transparent, so they never take a click.
 */
public final class ExposureBadges {
    /** Style class of one badge, for tests and the theme. */
    public static final String BADGE = "exposure-badge";

    private final DiagramCanvasView canvas;
    private final Group group = new Group();
    private final String accessiblePrefix;
    private Map<String, String> badges = Map.of();

    public ExposureBadges(DiagramCanvasView canvas, String accessiblePrefix) {
        this.canvas = canvas;
        this.accessiblePrefix = accessiblePrefix;
        group.getStyleClass().add("exposure-badges");
        group.getStylesheets().add(ExposureBadges.class.getResource(ReachMarks.STYLESHEET).toExternalForm());
        group.setMouseTransparent(true);
        group.setManaged(false);
        canvas.runAfterDraw(this::redraw);
    }

    /** Shows one badge per shape id with its text; an empty map removes them all. */
    public void show(Map<String, String> textByShape) {
        badges = new LinkedHashMap<>(textByShape);
        redraw();
    }

    /** The badges drawn now: shape id to text. */
    public Map<String, String> shown() {
        Map<String, String> out = new LinkedHashMap<>();
        group.getChildren().forEach(n -> out.put((String) n.getProperties().get(DiagramCanvasView.RESOURCE_ID), ((Label) n).getText()));
        return out;
    }

    private void redraw() {
        canvas.world().getChildren().remove(group);
        group.getChildren().clear();
        badges.forEach((id, text) -> {
            Optional<CanvasItem> item = canvas.getViewModel().getPicture().item(id);
            item.ifPresent(i -> {
                Label l = new Label(text);
                l.getStyleClass().add(BADGE);
                l.getProperties().put(DiagramCanvasView.RESOURCE_ID, id);
                l.setAccessibleText(accessiblePrefix + " " + text);
                double right = i.bounds().x() + i.bounds().width() - canvas.originX();
                double top = i.bounds().y() - canvas.originY() - 9;
                l.setLayoutY(top);
                l.layoutXProperty().bind(l.widthProperty().negate().add(right + 4));
                group.getChildren().add(l);
            });
        });
        if (!group.getChildren().isEmpty()) {
            canvas.world().getChildren().add(group);
        }
    }
}
