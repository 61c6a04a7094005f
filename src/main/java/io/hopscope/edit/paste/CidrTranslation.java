package io.hopscope.edit.paste;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves addresses and blocks from a VPC's blocks into the blocks of its copy, keeping the offset
 * inside the block: 10.0.1.0/24 in 10.0.0.0/16 becomes 10.7.1.0/24 in 10.7.0.0/16, and 10.0.1.10
 * becomes 10.7.1.10. Anything not wholly inside an old block (0.0.0.0/0, a peer's CIDR, a /8 that
 * covers the VPC) is left as it is.
 */
final class CidrTranslation {

    private final Map<Cidr, Cidr> blocks = new LinkedHashMap<>();

    /** Old and new block must have the same version and prefix length. */
    void map(Cidr oldBlock, Cidr newBlock) {
        if (oldBlock.version() != newBlock.version() || oldBlock.prefixLength() != newBlock.prefixLength()) {
            throw new IllegalArgumentException(oldBlock + " and " + newBlock + " are not the same size");
        }
        blocks.put(oldBlock, newBlock);
    }

    Cidr translate(Cidr cidr) {
        if (cidr == null) {
            return null;
        }
        for (Map.Entry<Cidr, Cidr> e : blocks.entrySet()) {
            if (e.getKey().contains(cidr)) {
                Cidr from = e.getKey();
                Cidr to = e.getValue();
                // Host bits of both networks are zero, so XOR swaps the network part and keeps the offset.
                return new Cidr(cidr.version(), cidr.hi() ^ from.hi() ^ to.hi(), cidr.lo() ^ from.lo() ^ to.lo(),
                        cidr.prefixLength());
            }
        }
        return cidr;
    }

    IpAddress translate(IpAddress ip) {
        if (ip == null) {
            return null;
        }
        for (Map.Entry<Cidr, Cidr> e : blocks.entrySet()) {
            if (e.getKey().contains(ip)) {
                Cidr from = e.getKey();
                Cidr to = e.getValue();
                return new IpAddress(ip.version(), ip.hi() ^ from.hi() ^ to.hi(), ip.lo() ^ from.lo() ^ to.lo());
            }
        }
        return ip;
    }
}
