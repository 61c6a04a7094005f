package io.hopscope.ui.trace;

import io.hopscope.engine.ResolvedQuery;
import io.hopscope.export.HopShapes;
import io.hopscope.diagram.render.TraceLeg;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the canvas shows for the hops up to the current one: the path from the source's shape
 * through each hop's shape (request), on to the destination, and back (reply), as legs between
 * drawn shapes. Hops without a drawn shape of their own are shown on the shape that holds them
 * ({@link HopShapes}); consecutive hops on one shape make no leg.
 */
public record TracePathPlan(List<TraceLeg> legs, String currentShapeId, boolean currentBlocked) {

    public static final TracePathPlan NONE = new TracePathPlan(List.of(), null, false);

    public TracePathPlan {
        legs = List.copyOf(legs);
    }

    public static TracePathPlan of(ResolvedQuery query, List<HopRow> rows, int current, HopShapes shapes,
                                   Predicate<String> drawn) {
        if (query == null || current < 0 || current >= rows.size()) {
            return NONE;
        }
        Walk walk = new Walk();
        walk.visit(shapes.shapeOf(query.from(), drawn), true, false);
        String currentShape = null;
        for (int i = 0; i <= current; i++) {
            HopRow row = rows.get(i);
            String to = shapes.shapeOf(query.to(), drawn);
            if (row.reply() && (i == 0 || !rows.get(i - 1).reply()) && !walk.passed(to)) {
                // The request arrived: the reply starts at the destination, or at the target a load
                // balancer sent the request on to (rulebook 10), where the walk already stands.
                walk.visit(to, true, false);
            }
            String shape = shapes.shapeFor(row.hop(), drawn);
            walk.visit(shape, !row.blocks(), row.reply());
            if (shape != null) {
                currentShape = shape;
            }
        }
        return new TracePathPlan(walk.legs, currentShape, rows.get(current).blocks());
    }

    private static final class Walk {
        final List<TraceLeg> legs = new ArrayList<>();
        final java.util.Set<String> seen = new java.util.HashSet<>();
        String last;

        /** The walk went through {@code shape} and on beyond it. */
        boolean passed(String shape) {
            return shape != null && seen.contains(shape) && !shape.equals(last);
        }

        void visit(String shape, boolean allowed, boolean reply) {
            if (shape == null) {
                return;
            }
            if (shape.equals(last)) {
                if (!allowed && !legs.isEmpty() && legs.get(legs.size() - 1).toId().equals(shape)) {
                    // A drop on the shape the last leg reached turns that leg red.
                    TraceLeg prev = legs.remove(legs.size() - 1);
                    legs.add(new TraceLeg(prev.fromId(), prev.toId(), false, prev.reply()));
                }
                return;
            }
            if (last != null) {
                legs.add(new TraceLeg(last, shape, allowed, reply));
            }
            seen.add(shape);
            last = shape;
        }
    }
}
