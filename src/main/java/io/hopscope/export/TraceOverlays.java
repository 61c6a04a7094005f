package io.hopscope.export;

import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A trace as the overlay an exported picture draws: the shapes the request passes (from the
 * source's shape, through each hop's shape as {@link HopShapes} finds it, the one mapping the
 * canvas uses too, to the destination's), the reply's, where each is stopped, and the caption.
 * Hops with no drawn shape of their own or of a holder are left out.
 */
public final class TraceOverlays {

    private TraceOverlays() {
    }

    /** The overlay of {@code trace} on {@code picture}, the picture of the traced {@code model}. */
    public static TraceOverlay of(NetworkModel model, DiagramPicture picture, Trace trace) {
        return of(picture, new HopShapes(model), trace);
    }

    /** As {@link #of(NetworkModel, DiagramPicture, Trace)} with the model's mapping already made. */
    public static TraceOverlay of(DiagramPicture picture, HopShapes shapes, Trace trace) {
        Predicate<String> drawn = id -> picture.item(id).isPresent();
        String from = trace.query().from();
        String to = trace.query().to();
        List<String> forward = path(shapes, drawn, from, trace.forward(), to);
        String forwardBlocked = blockedAt(shapes, drawn, trace.forward());
        // Through a load balancer the request goes on past it to a target, where the reply starts.
        String replyStart = shapes.shapeOf(to, drawn);
        String replyFrom = replyStart != null && !forward.isEmpty() && forward.contains(replyStart)
                ? forward.get(forward.size() - 1) : to;
        List<String> reply = trace.reply() == null ? List.of() : path(shapes, drawn, replyFrom, trace.reply(), from);
        String replyBlocked = trace.reply() == null ? null : blockedAt(shapes, drawn, trace.reply());
        return new TraceOverlay(forward, forwardBlocked, reply, replyBlocked, TraceCaption.of(trace));
    }

    private static List<String> path(HopShapes shapes, Predicate<String> drawn, String fromId, PathResult result,
                                     String toId) {
        List<String> path = new ArrayList<>();
        add(path, shapes.shapeOf(fromId, drawn));
        for (Hop h : result.hops()) {
            add(path, shapes.shapeFor(h, drawn));
            if (h.blocks()) {
                return path;
            }
        }
        String end = shapes.shapeOf(toId, drawn);
        if (!path.contains(end)) {
            add(path, end);
        }
        return path;
    }

    private static String blockedAt(HopShapes shapes, Predicate<String> drawn, PathResult result) {
        Hop h = result.blockingHop();
        return h == null ? null : shapes.shapeFor(h, drawn);
    }

    private static void add(List<String> path, String id) {
        if (id != null && (path.isEmpty() || !path.get(path.size() - 1).equals(id))) {
            path.add(id);
        }
    }
}
