package io.hopscope.engine.fix;

import io.hopscope.edit.AddAclEntryEdit;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.RuleAction;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;

import java.util.List;

/**
 * An allow entry numbered below the deciding deny (first match wins by number [NACL]). On a reply
 * the destination port is the client's ephemeral port, so the entry opens 1024-65535, the range AWS
 * advises to cover every client [NACL ephemeral]; the peer is the other side's subnet when known.
 */
final class AclFix {
    private final ModelIndex index;

    AclFix(ModelIndex index) {
        this.index = index;
    }

    List<Edit> suggest(Hop hop, boolean onReply) {
        NetworkAcl acl = index.model().networkAcl(hop.componentId());
        if (acl == null) {
            return List.of();
        }
        boolean egress = hop.direction() == Direction.EGRESS;
        Packet p = hop.packet();
        Integer number = freeNumber(new AclIndex(acl), egress, hop.rule());
        if (number == null) {
            return List.of();
        }
        PortRange ports = null;
        IcmpMatch icmp = null;
        if (p.hasPorts()) {
            ports = onReply && p.dstPort() >= 1024 ? PortRange.EPHEMERAL_ALL_CLIENTS : PortRange.single(p.dstPort());
        } else if (p.isIcmp()) {
            icmp = new IcmpMatch(p.icmpType(), -1);
        }
        Cidr peer = peerBlock(egress ? p.dst() : p.src());
        AclEntry entry = new AclEntry(number, egress, p.protocol(), ports, icmp, peer, RuleAction.ALLOW);
        return List.of(new AddAclEntryEdit(acl.id(), entry));
    }

    /** The subnet holding the address when it is in the model, else just the address. */
    private Cidr peerBlock(IpAddress ip) {
        for (var eni : index.enisByPrivateIp(ip)) {
            Subnet s = index.subnet(eni.subnetId());
            if (s != null) {
                return ip.isIpv4() ? s.cidr() : s.ipv6Cidr() != null ? s.ipv6Cidr() : Cidr.host(ip);
            }
        }
        return Cidr.host(ip);
    }

    /** Below an explicit deny: the highest free number under it; after the final *: the next multiple of 10. */
    static Integer freeNumber(AclIndex acl, boolean egress, String decidingRule) {
        if (decidingRule == null || "*".equals(decidingRule)) {
            int max = 0;
            for (AclEntry e : acl.entries(egress)) {
                max = Math.max(max, e.ruleNumber());
            }
            int candidate = max == 0 ? 100 : Math.min(AclEntry.MAX_RULE_NUMBER, (max / 10 + 1) * 10);
            for (int n = candidate; n >= AclEntry.MIN_RULE_NUMBER; n--) {
                if (!acl.hasRuleNumber(egress, n)) {
                    return n;
                }
            }
            return null;
        }
        int deny = Integer.parseInt(decidingRule);
        for (int n = deny - 1; n >= AclEntry.MIN_RULE_NUMBER; n--) {
            if (!acl.hasRuleNumber(egress, n)) {
                return n;
            }
        }
        return null;
    }
}
