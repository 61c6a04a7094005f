package io.hopscope.ui.canvas;

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
 * what it shows by resource id, so it is drawn again after every redraw of the canvas.
 */
final class TraceOverlay {

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

    TraceOverlay() {
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

    /** Draws the marks on the current shapes of {@code world}, on top of everything else. */
    void drawOn(Pane world, Function<String, Optional<Node>> nodeFor) {
        world.getChildren().remove(group);
        group.getChildren().clear();
        if (glowing != null) {
            glowing.getStyleClass().removeAll(CURRENT, CURRENT_BLOCKED);
            glowing = null;
        }
        List<Line> lines = new ArrayList<>();
        for (TraceLeg leg : legs) {
            Optional<Node> a = nodeFor.apply(leg.fromId());
            Optional<Node> b = nodeFor.apply(leg.toId());
            if (a.isPresent() && b.isPresent()) {
                lines.add(line(anchor(a.get()), anchor(b.get()), leg));
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

    /** Cards and icons connect at their centre; containers at their header, which is always in view. */
    private static Point2D anchor(Node n) {
        Bounds b = n.getBoundsInParent();
        if (n.getStyleClass().contains("subnet") || n.getStyleClass().contains("vpc")) {
            return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + 16);
        }
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
