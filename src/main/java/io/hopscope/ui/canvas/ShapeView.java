package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.render.SgBadge;
import java.util.stream.Stream;
import io.hopscope.diagram.render.IconPaths;
import javafx.event.EventHandler;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The node of one drawn resource. It carries the resource id as its node id, as the
 * {@code resourceId} property and (with the whole item) as user data, so tests and the editor's
 * gestures find the resource under the mouse without a lookup table. Each kind has its own skin.
 */
abstract class ShapeView extends Pane {

    private CanvasItem item;

    ShapeView(CanvasItem item, double originX, double originY) {
        this.item = item;
        setId(item.resourceId());
        getProperties().put(DiagramCanvasView.RESOURCE_ID, item.resourceId());
        setUserData(item);
        getStyleClass().addAll("shape", item.kind().styleClass());
        getStyleClass().addAll(item.styleClasses());
        if (item.fallback()) {
            getStyleClass().add("fallback-position");
        }
        place(originX, originY);
        Rect b = item.bounds();
        setMinSize(b.width(), b.height());
        setPrefSize(b.width(), b.height());
        setMaxSize(b.width(), b.height());
        installTooltipOnFirstHover();
    }

    CanvasItem item() {
        return item;
    }

    /** Whether this node draws {@code other} as it is, wherever it now sits. */
    boolean looksLike(CanvasItem other) {
        Rect a = item.bounds();
        Rect b = other.bounds();
        return a.width() == b.width() && a.height() == b.height()
                && item.equals(other.at(a));
    }

    /** Shows the same look at the new place of {@code moved}; drops any drag offset. */
    void moveTo(CanvasItem moved, double originX, double originY) {
        item = moved;
        setUserData(moved);
        place(originX, originY);
        setTranslateX(0);
        setTranslateY(0);
    }

    private void place(double originX, double originY) {
        relocate(item.bounds().x() - originX, item.bounds().y() - originY);
    }

    /**
     * Names get cut on small cards; the tooltip always has the full name, the id and the detail.
     * It is made when the mouse first enters: a Tooltip is a popup control, and building one for
     * each of thousands of shapes made every culling step and every redraw slower.
     */
    private void installTooltipOnFirstHover() {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                String tip = String.join("\n", Stream.of(item.title(), item.resourceId(), item.detail())
                        .filter(t -> !t.isEmpty()).distinct().toList());
                Tooltip.install(ShapeView.this, new Tooltip(tip));
            }
        };
        addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }

    static ShapeView of(CanvasItem item, double originX, double originY) {
        return switch (item.kind()) {
            case VPC -> new VpcShapeView(item, originX, originY);
            case SUBNET -> new SubnetShapeView(item, originX, originY);
            case WORKLOAD -> new WorkloadShapeView(item, originX, originY);
            case GATEWAY -> new GatewayShapeView(item, originX, originY);
            case EXTERNAL -> new ExternalShapeView(item, originX, originY);
            case INTERFACE -> new InterfaceShapeView(item, originX, originY);
            case NOTE -> new NoteShapeView(item, originX, originY);
        };
    }

    /** A region filling the given box; its look comes from CSS. */
    static Region box(String styleClass, double x, double y, double width, double height) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.relocate(x, y);
        r.setMinSize(width, height);
        r.setPrefSize(width, height);
        r.setMaxSize(width, height);
        return r;
    }

    static Label label(String text, String styleClass, double x, double y, double maxWidth) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.relocate(x, y);
        l.setMaxWidth(Math.max(0, maxWidth));
        return l;
    }

    /** The icon scaled from its 24-unit view box to {@code size}, with its top-left at (x, y). */
    static Group icon(String name, double x, double y, double size) {
        SVGPath path = new SVGPath();
        path.setContent(IconPaths.pathData(name));
        // The icon files are drawn even-odd: holes (windows, keyholes) are inner sub-paths.
        path.setFillRule(FillRule.EVEN_ODD);
        path.getStyleClass().add("icon");
        double f = size / IconPaths.VIEW_BOX;
        path.getTransforms().add(new Scale(f, f, 0, 0));
        Group g = new Group(path);
        g.setLayoutX(x);
        g.setLayoutY(y);
        g.getStyleClass().add("icon-" + name);
        return g;
    }

    /** Security groups as small pills; each knows its group so a click can select it. */
    static HBox badges(CanvasItem item, double x, double y) {
        HBox row = new HBox(4);
        row.getStyleClass().add("sg-badges");
        for (SgBadge badge : item.badges()) {
            Label l = new Label(badge.label());
            l.getStyleClass().add("sg-badge");
            l.getProperties().put(DiagramCanvasView.SECURITY_GROUP_ID, badge.securityGroupId());
            l.setMaxWidth(120);
            row.getChildren().add(l);
        }
        row.relocate(x, y);
        return row;
    }
}
