package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Internet-exposure badges on the canvas: on every shape reachable from the internet, a small
 * label at its top-right corner with the protocols and ports that open ("tcp 80, 443"), styled by
 * how sure that is, with a tooltip that says why. Placed from the picture's boxes after every
 * redraw. A badge carries its shape's id, so a press on it selects and drags the shape.
 */
public final class ExposureBadges {
    /** Style class of one badge, for tests and the theme. */
    public static final String BADGE = "exposure-badge";

    private final DiagramCanvasView canvas;
    private final Group group = new Group();
    private Map<String, Badge> badges = Map.of();

    /** One badge: its text, the style class of its kind, and what its tooltip and accessible text say. */
    public record Badge(String text, String styleClass, String tooltip) {
    }

    public ExposureBadges(DiagramCanvasView canvas) {
        this.canvas = canvas;
        group.getStyleClass().add("exposure-badges");
        group.getStylesheets().add(ExposureBadges.class.getResource(ReachMarks.STYLESHEET).toExternalForm());
        group.setManaged(false);
        canvas.runAfterDraw(this::redraw);
    }

    /** Shows one badge per shape id; an empty map removes them all. */
    public void show(Map<String, Badge> byShape) {
        badges = new LinkedHashMap<>(byShape);
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
        badges.forEach((id, badge) -> {
            Optional<CanvasItem> item = canvas.getViewModel().getPicture().item(id);
            item.ifPresent(i -> {
                Label l = new Label(badge.text());
                l.getStyleClass().addAll(BADGE, badge.styleClass());
                l.getProperties().put(DiagramCanvasView.RESOURCE_ID, id);
                l.setAccessibleText(badge.tooltip());
                // Made on the first hover: a Tooltip is a popup control, too heavy for every badge.
                l.setOnMouseEntered(e -> {
                    if (l.getTooltip() == null) {
                        Tooltip tip = new Tooltip(badge.tooltip());
                        tip.setWrapText(true);
                        tip.setMaxWidth(420);
                        l.setTooltip(tip);
                    }
                });
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
