package io.hopscope.ui.inspector;

import io.hopscope.model.Listener;

/** One listener of a load balancer: protocol, port, and the target group it forwards to or its own answer. */
public record ListenerRow(Listener listener, String protocol, String port, GroupChoice targetGroup) {
}
