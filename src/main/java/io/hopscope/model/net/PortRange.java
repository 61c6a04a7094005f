package io.hopscope.model.net;

/** An inclusive TCP/UDP port range, 0-65535. */
public record PortRange(int from, int to) {

    public static final PortRange ALL = new PortRange(0, 65535);
    /** The range AWS advises NACLs to open for replies so that every client type is covered [NACL ephemeral]. */
    public static final PortRange EPHEMERAL_ALL_CLIENTS = new PortRange(1024, 65535);

    public PortRange {
        if (from < 0 || from > 65535 || to < 0 || to > 65535) {
            throw new IllegalArgumentException("port out of range 0-65535: " + from + "-" + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("port range starts after it ends: " + from + "-" + to);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** Parses "443", "1024-65535" or "all". */
    public static PortRange parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("all")) {
            return ALL;
        }
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                return single(Integer.parseInt(t));
            }
            return new PortRange(Integer.parseInt(t.substring(0, dash).trim()), Integer.parseInt(t.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port or port range");
        }
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    public boolean containsAll(PortRange other) {
        return other.from >= from && other.to <= to;
    }

    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    // equals/hashCode written out, as a record would generate them: see package-info.
    @Override
    public boolean equals(Object o) {
        return o instanceof PortRange other && from == other.from && to == other.to;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(from) * 31 + Integer.hashCode(to);
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
