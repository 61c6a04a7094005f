package io.hopscope.ui.inspector;

import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

/** Common rules, as the AWS console offers them when adding a rule; the label comes from the bundle. */
public enum RulePreset {
    SSH(Protocol.TCP, PortRange.single(22)),
    HTTP(Protocol.TCP, PortRange.single(80)),
    HTTPS(Protocol.TCP, PortRange.single(443)),
    MYSQL(Protocol.TCP, PortRange.single(3306)),
    POSTGRESQL(Protocol.TCP, PortRange.single(5432)),
    REDIS(Protocol.TCP, PortRange.single(6379)),
    DNS(Protocol.UDP, PortRange.single(53)),
    /** Replies through a stateless NACL come back to any client's ephemeral port [NACL ephemeral]. */
    EPHEMERAL(Protocol.TCP, PortRange.EPHEMERAL_ALL_CLIENTS),
    ALL_TRAFFIC(Protocol.ALL, null);

    private final Protocol protocol;
    private final PortRange ports;

    RulePreset(Protocol protocol, PortRange ports) {
        this.protocol = protocol;
        this.ports = ports;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The ports for tcp/udp presets, null for all traffic. */
    public PortRange ports() {
        return ports;
    }

    /** The bundle key of the preset's name ("preset.ssh"). */
    public String messageKey() {
        return "preset." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
