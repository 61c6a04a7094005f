package io.hopscope.diagram.render;

import java.util.List;

/**
 * A trace drawn over a diagram: the shapes the request passes, in order ({@code forward}), and
 * those of the reply ({@code reply}, empty when there is none), each with the shape where it was
 * stopped ({@code null} when it arrived). Ids are shape ids (resource ids with a shape), so the
 * picture needs nothing from the engine.
 */
public record TraceOverlay(List<String> forward, String forwardBlockedAt, List<String> reply, String replyBlockedAt) {

    public static final TraceOverlay NONE = new TraceOverlay(List.of(), null, List.of(), null);

    public TraceOverlay {
        forward = List.copyOf(forward);
        reply = List.copyOf(reply);
    }
}
