package io.hopscope.ui.trace;

/** Well-known destination ports offered next to the port field. */
public enum PortPreset {
    SSH("SSH", "tcp", 22),
    HTTP("HTTP", "tcp", 80),
    HTTPS("HTTPS", "tcp", 443),
    MYSQL("MySQL", "tcp", 3306),
    POSTGRESQL("PostgreSQL", "tcp", 5432),
    REDIS("Redis", "tcp", 6379),
    DNS("DNS", "udp", 53);

    private final String label;
    private final String protocol;
    private final int port;

    PortPreset(String label, String protocol, int port) {
        this.label = label;
        this.protocol = protocol;
        this.port = port;
    }

    public String protocol() {
        return protocol;
    }

    public int port() {
        return port;
    }

    @Override
    public String toString() {
        return label + " (" + protocol + "/" + port + ")";
    }
}
