package io.hopscope.diagram;

import io.hopscope.model.net.Protocol;

/**
 * A trace question kept in the diagram file, so a shared diagram carries the checks its author
 * cared about. {@code from}/{@code to} are references as the CLI's --from/--to take them (id, Name
 * tag, service or IP); {@code protocol}, {@code port} and {@code sourcePort} may be null and then
 * take the engine's defaults (tcp, no port, the client profile's source port).
 */
public record SavedTrace(String from, String to, Protocol protocol, Integer port, Integer sourcePort) {

    public SavedTrace {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a saved trace needs a source and a destination");
        }
    }

    /** "web-1 -> orders-db tcp/3306", as the recent-traces list shows it. */
    public String describe() {
        StringBuilder sb = new StringBuilder(from).append(" -> ").append(to).append(' ')
                .append(protocol == null ? "tcp" : protocol.label());
        if (port != null) {
            sb.append('/').append(port);
        }
        if (sourcePort != null) {
            sb.append(" from port ").append(sourcePort);
        }
        return sb.toString();
    }
}
