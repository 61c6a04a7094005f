package io.hopscope.diagram.render;

/**
 * One leg of a traced packet's path between two drawn shapes, for the trace overlay: green when
 * the component it leads to let the packet pass, red when it dropped it. Reply legs are drawn
 * slightly apart so the way back stays visible over the way there.
 */
public record TraceLeg(String fromId, String toId, boolean allowed, boolean reply) {
}
