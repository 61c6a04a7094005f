package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.render.TraceLeg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.util.Duration;

/**
 * The trace explorer's marks on the canvas: the path so far as dashed lines from shape to shape
 * (the dashes march in the packet's direction) and a glow on the current hop's shape. It keeps
 * what it shows by resource id, so it is drawn again after every redraw of the canvas. Lines run
 * between the picture's boxes, not the nodes, so a leg to a shape that off-screen culling has not
 * created is still drawn.
 */
final class TraceMarks {

    static final String CURRENT = "trace-current";
    static final String CURRENT_BLOCKED = "trace-current-blocked";
    private static final double REPLY_OFFSET = 6;

    private final Group group = new Group();
    private final DoubleProperty dashOffset = new SimpleDoubleProperty();
    private final Timeline march = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(dashOffset, 16)),
            new KeyFrame(Duration.seconds(0.8), new KeyValue(dashOffset, 0)));
    private List<TraceLeg> legs = List.of();
    private String currentId;
    private boolean currentBlocked;
    private Node glowing;

    TraceMarks() {
        group.getStyleClass().add("trace-overlay");
        group.setMouseTransparent(true);
        group.setManaged(false);
        march.setCycleCount(Animation.INDEFINITE);
    }

    void show(List<TraceLeg> newLegs, String newCurrentId, boolean blocked) {
        legs = List.copyOf(newLegs);
        currentId = newCurrentId;
        currentBlocked = blocked;
    }

    void clear() {
        show(List.of(), null, false);
    }

    List<TraceLeg> legs() {
        return legs;
    }

    String currentId() {
        return currentId;
    }

    /**
     * Draws the marks on top of everything else in {@code world}: lines between the picture's
     * boxes of the items (drawn with the world's origin at {@code origin}), the glow on the current
     * shape's node when it is drawn.
     */
    void drawOn(Pane world, Function<String, Optional<CanvasItem>> itemFor, Point2D origin,
                Function<String, Optional<Node>> nodeFor) {
        world.getChildren().remove(group);
        group.getChildren().clear();
        if (glowing != null) {
            glowing.getStyleClass().removeAll(CURRENT, CURRENT_BLOCKED);
            glowing = null;
        }
        List<Line> lines = new ArrayList<>();
        for (TraceLeg leg : legs) {
            Optional<CanvasItem> a = itemFor.apply(leg.fromId());
            Optional<CanvasItem> b = itemFor.apply(leg.toId());
            if (a.isPresent() && b.isPresent()) {
                Rect aBox = inWorld(a.get().bounds(), origin);
                Rect bBox = inWorld(b.get().bounds(), origin);
                lines.add(line(anchor(a.get().kind(), aBox, centre(bBox)), anchor(b.get().kind(), bBox, centre(aBox)), leg));
            }
        }
        group.getChildren().addAll(lines);
        if (currentId != null) {
            nodeFor.apply(currentId).ifPresent(n -> {
                n.getStyleClass().add(currentBlocked ? CURRENT_BLOCKED : CURRENT);
                glowing = n;
            });
        }
        if (lines.isEmpty()) {
            march.stop();
        } else {
            world.getChildren().add(group);
            march.play();
        }
    }

    private Line line(Point2D from, Point2D to, TraceLeg leg) {
        double off = leg.reply() ? REPLY_OFFSET : 0;
        Line l = new Line(from.getX() + off, from.getY() + off, to.getX() + off, to.getY() + off);
        l.getStyleClass().addAll("trace-leg", leg.allowed() ? "trace-leg-allow" : "trace-leg-deny");
        if (leg.reply()) {
            l.getStyleClass().add("trace-leg-reply");
        }
        l.getProperties().put("traceLeg", leg);
        l.strokeDashOffsetProperty().bind(dashOffset);
        return l;
    }

    private static Point2D centre(Rect r) {
        return new Point2D(r.centerX(), r.centerY());
    }

    /**
     * Cards and icons connect at their centre. A subnet or VPC is a boundary the packet crosses,
     * so a line meets it at the point of its border nearest to the other end of the leg.
     */
    private static Point2D anchor(ItemKind kind, Rect box, Point2D towards) {
        if (kind != ItemKind.SUBNET && kind != ItemKind.VPC) {
            return centre(box);
        }
        Bounds b = new BoundingBox(box.x(), box.y(), box.width(), box.height());
        double x = clamp(towards.getX(), b.getMinX(), b.getMaxX());
        double y = clamp(towards.getY(), b.getMinY(), b.getMaxY());
        if (x > b.getMinX() && x < b.getMaxX() && y > b.getMinY() && y < b.getMaxY()) {
            // The other end is inside (a workload in its subnet): go to the nearest side.
            double left = x - b.getMinX();
            double right = b.getMaxX() - x;
            double top = y - b.getMinY();
            double bottom = b.getMaxY() - y;
            double min = Math.min(Math.min(left, right), Math.min(top, bottom));
            if (min == top) {
                y = b.getMinY();
            } else if (min == bottom) {
                y = b.getMaxY();
            } else if (min == left) {
                x = b.getMinX();
            } else {
                x = b.getMaxX();
            }
        }
        return new Point2D(x, y);
    }

    private static Rect inWorld(Rect r, Point2D origin) {
        return new Rect(r.x() - origin.getX(), r.y() - origin.getY(), r.width(), r.height());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
