package io.hopscope.model.net;

/**
 * ICMP type and code as rules carry them; -1 means any (AWS uses FromPort=type, ToPort=code
 * in security groups and IcmpTypeCode in network ACLs).
 */
public record IcmpMatch(int type, int code) {

    public static final IcmpMatch ANY = new IcmpMatch(-1, -1);
    public static final int ECHO_REPLY = 0;
    public static final int ECHO_REQUEST = 8;
    public static final int ECHO_REQUEST_V6 = 128;
    public static final int ECHO_REPLY_V6 = 129;

    public IcmpMatch {
        if (type < -1 || type > 255 || code < -1 || code > 255) {
            throw new IllegalArgumentException("ICMP type/code out of range -1..255: " + type + "/" + code);
        }
    }

    public boolean matches(int packetType, int packetCode) {
        return (type == -1 || type == packetType) && (code == -1 || code == packetCode);
    }

    @Override
    public String toString() {
        if (type == -1) {
            return "any";
        }
        return code == -1 ? "type " + type : "type " + type + " code " + code;
    }
}
