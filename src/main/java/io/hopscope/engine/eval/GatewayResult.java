package io.hopscope.engine.eval;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;

/** A gateway's hop and the packet as it leaves the gateway (translated or unchanged). */
public record GatewayResult(Hop hop, Packet packet) {
}
