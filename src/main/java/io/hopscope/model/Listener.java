package io.hopscope.model;

import io.hopscope.model.net.Protocol;
import java.util.List;
import java.util.Locale;

/**
 * A listener of a load balancer: the protocol and port it accepts connections on and its default
 * action [ALBL]. {@code action} is elbv2's action type ("forward", "redirect", "fixed-response",
 * ...); a forward names its target groups (one, or several with weights). Listener rules other than
 * the default action are not modelled.
 */
public record Listener(int port, String protocol, String action, List<String> targetGroupIds) {

    public static final String FORWARD = "forward";

    public Listener {
        protocol = protocol == null ? "" : protocol.toUpperCase(Locale.ROOT);
        action = action == null || action.isBlank() ? FORWARD : action;
        targetGroupIds = targetGroupIds == null ? List.of() : List.copyOf(targetGroupIds);
    }

    public Listener(int port, String protocol, String targetGroupId) {
        this(port, protocol, FORWARD, targetGroupId == null ? List.of() : List.of(targetGroupId));
    }

    public boolean forwards() {
        return FORWARD.equals(action);
    }

    /** UDP listeners take UDP; TCP_UDP both; every other protocol (HTTP, HTTPS, TCP, TLS) runs on TCP. */
    public boolean accepts(Protocol p) {
        return switch (protocol) {
            case "UDP" -> Protocol.UDP.equals(p);
            case "TCP_UDP" -> Protocol.UDP.equals(p) || Protocol.TCP.equals(p);
            default -> Protocol.TCP.equals(p);
        };
    }

    /** "HTTPS:443 -> app-tg" as a hop's rule shows it. */
    public String describe(String targets) {
        return protocol + ":" + port + " -> " + (forwards() ? targets : action);
    }
}
