package io.hopscope.model;

import io.hopscope.model.net.Cidr;

/** The peer of a security group rule: an IPv4/IPv6 CIDR, another group, or a prefix list. */
public record SgPeer(SgPeerKind kind, Cidr cidr, String refId) {

    public SgPeer {
        if (kind == SgPeerKind.CIDR ? cidr == null : refId == null) {
            throw new IllegalArgumentException("security group peer " + kind + " needs its value");
        }
    }

    public static SgPeer cidr(Cidr cidr) {
        return new SgPeer(SgPeerKind.CIDR, cidr, null);
    }

    public static SgPeer group(String securityGroupId) {
        return new SgPeer(SgPeerKind.SECURITY_GROUP, null, securityGroupId);
    }

    public static SgPeer prefixList(String prefixListId) {
        return new SgPeer(SgPeerKind.PREFIX_LIST, null, prefixListId);
    }

    @Override
    public String toString() {
        return kind == SgPeerKind.CIDR ? cidr.toString() : refId;
    }
}
