package io.hopscope.model;

import io.hopscope.model.net.PortRange;

/**
 * The ephemeral source-port range a client picks from, which decides what a stateless NACL must
 * open for the reply. Ranges per AWS's "Ephemeral ports" section of the network ACL guide:
 * Linux 32768-61000 in AWS's text (the kernel default ip_local_port_range is 32768-60999),
 * Windows Server 2008+ 49152-65535, ELB, NAT gateway and Lambda 1024-65535; a host whose system is
 * unknown (on the internet or on premises) {@code any} 1024-65535, AWS's advice "to cover the
 * different types of clients that might initiate traffic" (rulebook 13).
 */
public enum ClientProfile {
    LINUX("linux", new PortRange(32768, 60999), 40000),
    WINDOWS("windows", new PortRange(49152, 65535), 50000),
    NAT_GATEWAY("nat", new PortRange(1024, 65535), 1024),
    ELB("elb", new PortRange(1024, 65535), 1024),
    LAMBDA("lambda", new PortRange(1024, 65535), 1024),
    // The default port stays the Windows one the internet client always used, so one shown packet does not change.
    ANY("any", new PortRange(1024, 65535), 50000);

    private final String wireName;
    private final PortRange ephemeralPorts;
    private final int defaultSourcePort;

    ClientProfile(String wireName, PortRange ephemeralPorts, int defaultSourcePort) {
        this.wireName = wireName;
        this.ephemeralPorts = ephemeralPorts;
        this.defaultSourcePort = defaultSourcePort;
    }

    public String wireName() {
        return wireName;
    }

    public PortRange ephemeralPorts() {
        return ephemeralPorts;
    }

    /** The source port a trace uses when the query gives none. */
    public int defaultSourcePort() {
        return defaultSourcePort;
    }

    public static ClientProfile fromWireName(String name) {
        for (ClientProfile p : values()) {
            if (p.wireName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown client profile '" + name + "'");
    }
}
