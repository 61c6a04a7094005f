package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.CanvasLink;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The drawn shapes in four layers (VPCs, subnets, links, then cards and gateways on top), kept
 * across redraws: after an edit only the shapes whose look changed are rebuilt, and a shape that
 * merely moved keeps its node. Rebuilding every node was most of the cost of committing a drag on
 * a big diagram, and every new node also pays for CSS and layout.
 */
final class ShapeLayers {

    // VPCs and subnets have a layer each: a re-created shape (a resized VPC) is appended to its
    // layer, and in one shared layer a resized VPC landed on top of its subnets and hid them for
    // the rest of the session (undo and reopening kept the node where it was).
    private final Pane vpcs = layer();
    private final Pane subnets = layer();
    private final Pane links = layer();
    private final Pane cards = layer();
    private final Map<String, ShapeView> shapes = new HashMap<>();

    /** The layers, bottom first, to add to the world. */
    Node[] layers() {
        return new Node[] {vpcs, subnets, links, cards};
    }

    /** The nodes of workload cards, gateways, outside endpoints and notes. */
    Collection<Node> cardNodes() {
        return cards.getChildren();
    }

    Optional<ShapeView> shape(String resourceId) {
        return Optional.ofNullable(shapes.get(resourceId));
    }

    Collection<ShapeView> shapes() {
        return Collections.unmodifiableCollection(shapes.values());
    }

    boolean isShown(String resourceId) {
        return shapes.containsKey(resourceId);
    }

    /**
     * Brings the kept shapes up to date with {@code picture}: a shape whose item is gone or looks
     * different is dropped; one that only moved (or whose drawing origin moved) is relocated.
     */
    void keepWhatStillFits(DiagramPicture picture, double originX, double originY) {
        for (String id : Set.copyOf(shapes.keySet())) {
            CanvasItem now = picture.item(id).orElse(null);
            ShapeView shape = shapes.get(id);
            if (now != null && shape.looksLike(now)) {
                shape.moveTo(now, originX, originY);
            } else {
                hide(id);
            }
        }
    }

    /** Creates the shape of {@code item} in its layer; returns it (or the one already shown). */
    ShapeView show(CanvasItem item, double originX, double originY) {
        ShapeView shown = shapes.get(item.resourceId());
        if (shown != null) {
            return shown;
        }
        ShapeView shape = ShapeView.of(item, originX, originY);
        layerOf(item.kind()).getChildren().add(shape);
        shapes.put(item.resourceId(), shape);
        return shape;
    }

    void hide(String resourceId) {
        ShapeView shape = shapes.remove(resourceId);
        if (shape != null) {
            layerOf(shape.item().kind()).getChildren().remove(shape);
        }
    }

    /** Replaces the peering and endpoint lines: few, and cheap to rebuild. */
    void showLinks(Collection<CanvasLink> canvasLinks, double originX, double originY) {
        links.getChildren().setAll(canvasLinks.stream().map(l -> (Node) new LinkView(l, originX, originY)).toList());
    }

    /** The drawn line for a link's resource id, if any. */
    Optional<Node> link(String resourceId) {
        return links.getChildren().stream()
                .filter(n -> resourceId.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID)))
                .findFirst();
    }

    /**
     * A layer the world does not lay out: a managed layer whose bounds follow its children would
     * ask the whole world for a layout pass each time culling adds or drops a shape.
     */
    private static Pane layer() {
        Pane layer = new Pane();
        layer.setManaged(false);
        layer.setPickOnBounds(false);
        return layer;
    }

    private Pane layerOf(ItemKind kind) {
        return switch (kind) {
            case VPC -> vpcs;
            case SUBNET -> subnets;
            default -> cards;
        };
    }
}
