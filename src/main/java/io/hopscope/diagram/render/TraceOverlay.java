package io.hopscope.diagram.render;

import java.util.List;

/**
 * A trace drawn over a diagram: the shapes the request passes, in order ({@code forward}), and
 * those of the reply ({@code reply}, empty when there is none), each with the shape where it was
 * stopped ({@code null} when it arrived). Ids are shape ids (resource ids with a shape), so the
 * picture needs nothing from the engine.
 */
public record TraceOverlay(List<String> forward, String forwardBlockedAt, List<String> reply, String replyBlockedAt,
                           List<String> caption) {

    public static final TraceOverlay NONE = new TraceOverlay(List.of(), null, List.of(), null);

    /**
     * {@code caption}: lines printed under the picture (the question, the verdict of each
     * direction, the blocking rule), with a legend of the overlay's marks; empty for none.
     */
    public TraceOverlay {
        forward = List.copyOf(forward);
        reply = List.copyOf(reply);
        caption = List.copyOf(caption);
    }

    public TraceOverlay(List<String> forward, String forwardBlockedAt, List<String> reply, String replyBlockedAt) {
        this(forward, forwardBlockedAt, reply, replyBlockedAt, List.of());
    }

    public TraceOverlay withCaption(List<String> lines) {
        return new TraceOverlay(forward, forwardBlockedAt, reply, replyBlockedAt, lines);
    }
}
